// A storm of resizes, from tiny to huge, must leave a live reader that still answers keys, and a
// terminal too small to draw in gets a message instead of a garbled frame.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as delay} from 'node:timers/promises';
import {bundled, showsTitles, skipReason, startReader} from './riposte.js';
import {readTerminalReport} from './terminal-report.js';
import type {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
after(() => {
	for (const session of sessions) session.close();
});

const titles = bundled.map(a => a.title);
const tooSmall = /too small/i;

// 30 sizes spread over 20×6 … 300×100, both extremes included, in a scrambled order.
const storm = Array.from({length: 30}, (_, i) => ({
	cols: i === 0 ? 20 : i === 1 ? 300 : 20 + ((i * 97) % 281),
	rows: i === 0 ? 6 : i === 1 ? 100 : 6 + ((i * 31) % 95),
}));

describe('resizing', {skip: skipReason, concurrency: 1}, () => {
	test('after 30 quick resizes the reader is alive, answers keys and quits cleanly', async () => {
		const session = await startReader({cols: 120, rows: 40});
		sessions.push(session);
		await session.waitFor(showsTitles(titles));
		for (const size of storm) {
			session.resize(size.cols, size.rows);
			await delay(15);
		}

		session.resize(120, 40);
		await session.waitFor(showsTitles(titles));
		assert.equal(session.status().dead, false);
		session.sendKeys('?');
		await session.waitFor(screen => !showsTitles(titles)(screen) || /help/i.test(screen));
		session.sendKeys('?');
		await session.waitFor(showsTitles(titles));
		session.sendKeys('q');
		const report = await readTerminalReport(session);
		assert.equal(report.exitCode, 0, report.screen);
		assert.deepEqual([report.canonical, report.echo, report.cursorVisible, report.alternateScreen], [true, true, true, false]);
	});

	test('a terminal too small to draw in shows a "too small" message, and the reader comes back when it grows', async () => {
		const session = await startReader({cols: 120, rows: 40});
		sessions.push(session);
		await session.waitFor(showsTitles(titles));
		session.resize(20, 6);
		const small = await session.waitFor(tooSmall);
		// Nothing is drawn past the edge of a tiny terminal: every line fits in 20 columns.
		assert.ok(small.split('\n').every(line => line.length <= 20), small);
		session.resize(100, 30);
		await session.waitFor(showsTitles(titles));
	});
});
