// Writing the output: a full disk, a closed pipe or a refused write is one line on stderr and
// status 1, never a stack trace; --output treats its target as a shell redirect would.
import {spawn, spawnSync} from 'node:child_process';
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {Writable} from 'node:stream';
import {runExport} from '../../source/cli/export.js';
import {tempFolder} from '../io/temp-folder.js';
import {cliPath, runEnv, skipReason} from './run-cli.js';

const good = '---\ntitle: A Good Article\n---\nNATO said China must stop supporting Russia. China denied it.\n';

/** Runs the CLI through a shell so its stdout can be redirected. */
const shell = (script: string, env: Record<string, string> = {}) =>
	spawnSync('bash', ['-c', script], {encoding: 'utf8', env: {...runEnv, ...env, RIPOSTE: `"${process.execPath}" "${cliPath}"`}, timeout: 30_000});

/** One line on stderr, no stack trace, no source. */
const oneLine = (stderr: string) => {
	assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
	assert.doesNotMatch(stderr, /\n\s+at |Error:|node:internal/, stderr);
};

describe('output that cannot be written', {skip: skipReason || !existsSync('/dev/full')}, () => {
	for (const args of ['export', 'export --format markdown', '--help', '--version', '']) {
		test(`riposte ${args || '(listing)'} > /dev/full is one line and status 1`, () => {
			const run = shell(`eval "$RIPOSTE ${args}" > /dev/full; echo "status $?" >&2`);
			const [message, status] = run.stderr.trimEnd().split('\n').slice(-2);
			assert.equal(status, 'status 1', run.stderr);
			assert.match(message!, /^riposte: could not write the output: no space left on the device \(ENOSPC\)$/);
			oneLine(run.stderr.replace(/status \d+\n$/, ''));
		});
	}

	test('a reader that stops early (export | head) is one line and status 1', () => {
		const run = shell('set -o pipefail; eval "$RIPOSTE export" | head -c 1 > /dev/null; echo "status $?"');
		assert.match(run.stdout, /status 1/);
		assert.match(run.stderr, /^riposte: could not write the output: the program reading it stopped early, a broken pipe \(EPIPE\)\n$/);
	});

	test('--output into a folder that refuses it is one line and status 1', () => {
		const dir = tempFolder({'good.md': good});
		const run = shell(`eval "$RIPOSTE export ${dir} --output ${dir}"; echo "status $?" >&2`);
		assert.match(run.stderr, /could not write .*: it is a folder \(EISDIR\)\nstatus 1\n$/);
		oneLine(run.stderr.replace(/status \d+\n$/, ''));
	});
});

describe('a refused write (EACCES) on standard output', () => {
	test('is one line naming the problem, and status 1', async () => {
		const dir = tempFolder({'good.md': good});
		const refusing = new Writable({
			write(_chunk, _encoding, done) {
				done(Object.assign(new Error('EACCES: permission denied, write'), {code: 'EACCES'}));
			},
		});
		refusing.on('error', () => undefined);
		let stderr = '';
		const collect = new Writable({
			write(chunk: Buffer, _encoding, done) {
				stderr += chunk.toString();
				done();
			},
		});
		const run = runExport({paths: [dir], format: 'json', output: null}, {analyse: article => ({articleId: article.id, sentences: [], entities: [], claims: [], responses: [], pairs: []}), format: () => ['{}']}, {stdout: refusing, stderr: collect});
		await assert.rejects(run, /could not write the output: permission denied \(EACCES\)/);
		assert.equal(stderr, '');
	});
});

describe('--output as a shell redirect would', {skip: skipReason}, () => {
	test('a missing folder is made, and stderr says so; an existing one is not mentioned', () => {
		const dir = tempFolder({'good.md': good});
		const file = path.join(dir, 'out', 'deeper', 'new.json');
		const run = shell(`eval "$RIPOSTE export ${dir}/good.md --output ${file}"`);
		assert.equal(run.status, 0, run.stderr);
		assert.ok(existsSync(file));
		assert.equal(run.stderr, `riposte: made the folder ${path.join(dir, 'out')} for ${file}\n`);
		const again = shell(`eval "$RIPOSTE export ${dir}/good.md --output ${file}"`);
		assert.equal(again.status, 0, again.stderr);
		assert.equal(again.stderr, '');
	});

	test('a new file gets the umask (0666 less it), and no temporary file is left', () => {
		const dir = tempFolder({'good.md': good});
		const file = path.join(dir, 'new.json');
		const run = shell(`umask 027; eval "$RIPOSTE export ${dir}/good.md --output ${file}"`);
		assert.equal(run.status, 0, run.stderr);
		assert.equal(statSync(file).mode & 0o777, 0o640);
		assert.deepEqual(readdirSync(dir).sort(), ['good.md', 'new.json']);
	});

	test('an existing file is replaced whole and keeps its permissions', () => {
		const dir = tempFolder({'good.md': good, 'old.json': 'old'});
		const file = path.join(dir, 'old.json');
		spawnSync('chmod', ['0604', file]);
		const run = shell(`eval "$RIPOSTE export ${dir}/good.md --output ${file}"`);
		assert.equal(run.status, 0, run.stderr);
		assert.equal(statSync(file).mode & 0o777, 0o604);
		assert.match(readFileSync(file, 'utf8'), /A Good Article/);
	});

	test('a symbolic link stays a link and its target gets the export', () => {
		const dir = tempFolder({'good.md': good, 'real/target.json': 'old'});
		const link = path.join(dir, 'link.json');
		symlinkSync(path.join(dir, 'real', 'target.json'), link);
		const run = shell(`eval "$RIPOSTE export ${dir}/good.md --output ${link}"`);
		assert.equal(run.status, 0, run.stderr);
		assert.ok(lstatSync(link).isSymbolicLink());
		assert.equal(readlinkSync(link), path.join(dir, 'real', 'target.json'));
		assert.match(readFileSync(path.join(dir, 'real', 'target.json'), 'utf8'), /A Good Article/);
	});

	// A device node of the test's own (a second /dev/null), never a real one: a program that
	// renamed over its target would replace the system's /dev/null for everyone.
	test('a device is written through, never renamed over', {skip: process.getuid?.() === 0 ? false : 'making a device node needs root'}, () => {
		const dir = tempFolder({'good.md': good});
		const device = path.join(dir, 'null');
		assert.equal(spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status, 0);
		const run = shell(`eval "$RIPOSTE export ${dir}/good.md --output ${device}"`);
		assert.equal(run.status, 0, run.stderr);
		assert.ok(lstatSync(device).isCharacterDevice());
		assert.equal(readFileSync(device, 'utf8'), '');
	});

	test('a FIFO is written through to whoever reads it', async () => {
		const dir = tempFolder({'good.md': good});
		const fifo = path.join(dir, 'out.fifo');
		assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
		const reader = spawn('cat', [fifo]);
		let read = '';
		reader.stdout.on('data', (chunk: Buffer) => {
			read += chunk.toString();
		});
		const closed = new Promise(resolve => reader.on('close', resolve));
		try {
			const run = shell(`eval "$RIPOSTE export ${dir}/good.md --output ${fifo}"`);
			assert.equal(run.status, 0, run.stderr);
			// Replaced by a regular file, the FIFO would never give the reader its end.
			assert.ok(lstatSync(fifo).isFIFO());
			await closed;
			assert.match(read, /A Good Article/);
		} finally {
			reader.kill();
		}
	});
});

