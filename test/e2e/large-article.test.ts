// A large article (~8 MB, several seconds of analysis) is analysed in a worker: while the side
// pane says "Finding claims… (8.0 MB)" the reader still scrolls, `q` and ctrl-c quit and SIGTERM ends it
// at once, with the terminal restored. The quit time is measured from the key (or signal) to the
// process being gone.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {bundled, readerPid, skipReason, startReader} from './riposte.js';
import {readTerminalReport} from './terminal-report.js';
import {alive, type TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
const folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-large-'));
after(() => {
	for (const session of sessions) session.close();
	rmSync(folder, {recursive: true, force: true});
});

/** A bundled article's body repeated to ~8 MB under its own front matter. */
const largeArticle = () => {
	const text = readFileSync(bundled[0]!.file, 'utf8');
	const end = text.indexOf('\n---', 4) + 5;
	const [head, body] = [text.slice(0, end), text.slice(end)];
	const parts = [head];
	for (let size = head.length; size < 8e6; size += body.length + 2) parts.push(body, '\n\n');
	const file = path.join(folder, 'large.md');
	writeFileSync(file, parts.join(''));
	return file;
};

const file = largeArticle();
const pending = /Finding claims… \(8\.\d MB\)/;

/** Milliseconds from now until the process is gone (polled every 5 ms, up to 10 s). */
const goneAfter = async (pid: number) => {
	const start = performance.now();
	while (alive(pid) && performance.now() - start < 10_000) await delay(5);
	return performance.now() - start;
};

/** The reader on the large article, its analysis under way and the body scrolled by a key. */
const openLarge = async () => {
	const session = await startReader({cols: 120, rows: 30}, [file]);
	sessions.push(session);
	await session.waitFor(pending);
	await session.waitFor(/lines 1–/);
	// Keys work while it analyses: tab moves the focus from the list to the body, j scrolls it.
	const screen = await session.press('Tab', 'j');
	assert.match(screen, /lines 2–/, screen);
	assert.match(screen, pending, 'the analysis should still be running');
	return {session, pid: readerPid(session)};
};

describe('a large article is analysed without freezing the reader', {skip: skipReason, concurrency: 1}, () => {
	for (const [key, name] of [['q', 'q'], ['C-c', 'ctrl-c']] as const) {
		test(`${name} quits within 2 s while the analysis runs, and restores the terminal`, async () => {
			const {session, pid} = await openLarge();
			session.sendKeys(key);
			const ms = await goneAfter(pid);
			const report = await readTerminalReport(session);
			console.log(`# ${name} to exit while analysing an 8 MB article: ${Math.round(ms)} ms`);
			assert.ok(ms < 2000, `${name} took ${Math.round(ms)} ms`);
			assert.equal(report.exitCode, 0, report.screen);
			assert.equal(report.canonical && report.echo && report.cursorVisible && !report.alternateScreen, true, report.screen);
		});
	}

	test('SIGTERM ends it within 2 s while the analysis runs, and restores the terminal', async () => {
		const {session, pid} = await openLarge();
		process.kill(pid, 'SIGTERM');
		const ms = await goneAfter(pid);
		const report = await readTerminalReport(session);
		console.log(`# SIGTERM to exit while analysing an 8 MB article: ${Math.round(ms)} ms`);
		assert.ok(ms < 2000, `SIGTERM took ${Math.round(ms)} ms`);
		assert.equal(report.exitCode, 143, report.screen);
		assert.equal(report.canonical && report.echo && report.cursorVisible && !report.alternateScreen, true, report.screen);
	});
});
