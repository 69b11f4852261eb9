// The harness is tested against tiny shell programs first, so a failing riposte test means
// riposte misbehaved, not the harness.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readTerminalReport, withTerminalReport} from './terminal-report.js';
import {skipReason, TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
const open = async (command: string, cols = 100, rows = 30) => {
	const session = await TmuxSession.start({cols, rows, command});
	sessions.push(session);
	return session;
};

after(() => {
	for (const session of sessions) session.close();
});

describe('tmux harness', {skip: skipReason, concurrency: 1}, () => {
	test('the program sees the size it was started with, then each resize', async () => {
		const session = await open(`stty size; read line; stty size; exec sleep 600`, 100, 30);
		await session.waitFor('30 100');
		session.resize(90, 20);
		session.sendKeys('Enter');
		await session.waitFor('20 90');
	});

	test('keys typed reach the program and its exit status is reported', async () => {
		const session = await open(`read line; echo "got[$line]"; exit 3`);
		session.type('hello');
		session.sendKeys('Enter');
		assert.equal(await session.waitForExit(), 3);
		assert.match(session.capture(), /got\[hello\]/);
	});

	test('the environment points state and cache into a temporary directory', async () => {
		const session = await open(`echo "home=$HOME state=$RIPOSTE_STATE_DIR term=$TERM"; exec sleep 600`);
		const screen = await session.waitFor('term=');
		assert.match(screen, new RegExp(`home=${session.tempDir}/home state=${session.tempDir}/riposte-state term=xterm-256color`));
	});

	test('the test runner\'s colour and CI settings do not reach the program', async () => {
		const saved = {ci: process.env['CI'], force: process.env['FORCE_COLOR']};
		process.env['CI'] = 'true';
		process.env['FORCE_COLOR'] = '0';
		try {
			const session = await open(`echo "ci=[$CI] force=[$FORCE_COLOR] no=[$NO_COLOR]"; exec sleep 600`);
			await session.waitFor('ci=[] force=[] no=[]');
		} finally {
			for (const [name, value] of [['CI', saved.ci], ['FORCE_COLOR', saved.force]] as const) {
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
			}
		}
	});

	test('a terminal left in raw mode, cursor hidden, on the alternate screen is detected', async () => {
		const broken = await open(withTerminalReport(['sh', '-c', `stty -icanon -echo; printf '\\033[?25l\\033[?1049h'`]));
		const report = await readTerminalReport(broken);
		assert.deepEqual(
			{canonical: report.canonical, echo: report.echo, cursor: report.cursorVisible, alternate: report.alternateScreen},
			{canonical: false, echo: false, cursor: false, alternate: true},
		);
	});

	test('a well-behaved program leaves the terminal as it found it', async () => {
		const clean = await open(withTerminalReport(['sh', '-c', `printf 'drawn'; exit 0`]));
		const report = await readTerminalReport(clean);
		assert.deepEqual(
			{exit: report.exitCode, canonical: report.canonical, echo: report.echo, cursor: report.cursorVisible, alternate: report.alternateScreen},
			{exit: 0, canonical: true, echo: true, cursor: true, alternate: false},
		);
	});
});
