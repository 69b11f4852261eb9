// Leaving the reader, however it is left, gives the terminal back as it was: line editing and
// echo on, cursor shown, main screen back.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {bundled, readerPid, showsTitles, sizes, skipReason, startReader} from './riposte.js';
import {readTerminalReport, type TerminalReport} from './terminal-report.js';
import type {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
after(() => {
	for (const session of sessions) session.close();
});

const titles = bundled.map(a => a.title);
const open = async (size: {cols: number; rows: number}) => {
	const session = await startReader(size);
	sessions.push(session);
	await session.waitFor(showsTitles(titles));
	return session;
};

const restored = (report: TerminalReport) => ({
	canonical: report.canonical,
	echo: report.echo,
	cursorVisible: report.cursorVisible,
	alternateScreen: report.alternateScreen,
});
const asFound = {canonical: true, echo: true, cursorVisible: true, alternateScreen: false};

describe('leaving the reader', {skip: skipReason, concurrency: 1}, () => {
	for (const size of sizes) {
		test(`q quits with status 0 and restores the terminal at ${size.cols}×${size.rows}`, async () => {
			const session = await open(size);
			session.sendKeys('q');
			const report = await readTerminalReport(session);
			assert.equal(report.exitCode, 0, report.screen);
			assert.deepEqual(restored(report), asFound);
		});
	}

	test('ctrl-c quits with status 0 and restores the terminal', async () => {
		const session = await open({cols: 80, rows: 24});
		session.sendKeys('C-c');
		const report = await readTerminalReport(session);
		assert.equal(report.exitCode, 0, report.screen);
		assert.deepEqual(restored(report), asFound);
	});

	test('ctrl-c quits from the middle of typing a search', async () => {
		const session = await open({cols: 80, rows: 24});
		await session.press('Tab', '/');
		session.type('chin');
		await session.waitFor('chin');
		session.sendKeys('C-c');
		const report = await readTerminalReport(session);
		assert.equal(report.exitCode, 0, report.screen);
		assert.deepEqual(restored(report), asFound);
	});

	test('SIGTERM ends the reader and still restores the terminal', async () => {
		const session = await open({cols: 80, rows: 24});
		process.kill(readerPid(session), 'SIGTERM');
		const report = await readTerminalReport(session);
		// 143 = killed by SIGTERM (128 + 15) as the shell reports it; 0 if it exits on its own.
		assert.ok([0, 143].includes(report.exitCode), `exit status ${report.exitCode}`);
		assert.deepEqual(restored(report), asFound);
	});
});
