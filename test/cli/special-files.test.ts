// Pipes, devices and sockets: a pipe named on the command line is read as a stream (as - is), a
// device or socket is refused with a message, and in a folder any of them is skipped with a note,
// never a blank hang.
import {spawn, spawnSync} from 'node:child_process';
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {tempFolder} from '../io/temp-folder.js';
import {cliPath, runCli, runEnv, skipReason} from './run-cli.js';

const good = '---\ntitle: A Good Article\n---\nNATO said China must stop supporting Russia. China denied it.\n';

const mkfifo = (file: string) => assert.equal(spawnSync('mkfifo', [file]).status, 0);

describe('special files', {skip: skipReason}, () => {
	test('a FIFO in a folder is skipped with a note; the folder\'s articles export, status 0', () => {
		const dir = tempFolder({'good.md': good});
		mkfifo(path.join(dir, 'pipe.md'));
		const run = runCli(['export', dir]);
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stderr, /^riposte: note: .*pipe\.md: is a named pipe \(FIFO\), not an article file; skipped\n$/);
		assert.match(run.stdout, /A Good Article/);
	});

	test('a character device named on the command line is refused with a message, beside a good article', () => {
		const dir = tempFolder({'good.md': good});
		const run = runCli(['export', path.join(dir, 'good.md'), '/dev/zero']);
		assert.equal(run.status, 1);
		assert.match(run.stderr, /skipped \/dev\/zero: is a character device, not an article; riposte reads files, folders, pipes and -/);
		assert.match(run.stdout, /A Good Article/);
	});

	test('a FIFO named on the command line is read as a stream once its writer comes', async () => {
		const dir = tempFolder();
		const fifo = path.join(dir, 'pipe.md');
		mkfifo(fifo);
		const child = spawn(process.execPath, [cliPath, 'export', fifo], {env: runEnv});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const status = new Promise<number | null>(resolve => child.on('close', resolve));
		// Opening a FIFO for writing waits for its reader: riposte is reading it.
		writeFileSync(fifo, good);
		assert.equal(await status, 0, stderr);
		assert.match(stdout, /A Good Article/);
		// Not a terminal: no waiting line in a log.
		assert.equal(stderr, '');
	});
});
