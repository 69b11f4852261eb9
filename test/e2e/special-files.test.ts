// A FIFO named on the command line used to leave a blank screen until something wrote to it.
// Now the wait is said on the terminal, ctrl-c ends it, and what is written opens in the reader.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFile} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {bundled, readerPid, skipReason, startReader} from './riposte.js';
import {readTerminalReport} from './terminal-report.js';
import type {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
const folders: string[] = [];
after(() => {
	for (const session of sessions) session.close();
	for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

const fifo = () => {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-e2e-fifo-'));
	folders.push(folder);
	const file = path.join(folder, 'pipe.md');
	assert.equal(spawnSync('mkfifo', [file]).status, 0);
	return file;
};

describe('a FIFO named on the command line', {skip: skipReason, concurrency: 1}, () => {
	test('the reader says it is waiting, then opens what is written', async () => {
		const file = fifo();
		const session = await startReader({cols: 120, rows: 30}, [file]);
		sessions.push(session);
		await session.waitFor(/waiting for something to write to it/);
		// Opening it for writing completes because riposte has it open for reading.
		const article = bundled[0]!;
		await new Promise<void>((resolve, reject) => {
			writeFile(file, readFileSync(article.file), error => (error ? reject(error) : resolve()));
		});
		await session.waitFor(article.title.slice(0, 14));
		session.sendKeys('q');
		assert.equal((await readTerminalReport(session)).exitCode, 0);
	});

	test('SIGINT (ctrl-c) while it waits ends riposte with the terminal as it was', async () => {
		const file = fifo();
		const session = await startReader({cols: 120, rows: 30}, ['export', file]);
		sessions.push(session);
		await session.waitFor(/waiting for something to write to it/);
		// What ctrl-c does before raw mode, sent to riposte alone: from the terminal it would also end
		// the shell that prints the report.
		process.kill(readerPid(session), 'SIGINT');
		const report = await readTerminalReport(session);
		assert.equal(report.exitCode, 130, report.screen);
		assert.equal(report.canonical && report.echo && !report.alternateScreen, true);
	});
});
