// Signals and job control: SIGQUIT and SIGHUP give the terminal back as SIGTERM does; ctrl-z
// stops the reader with the terminal restored, as less and vim do, and `fg` brings it back in
// raw mode with the whole frame redrawn. Exit status 1 when files were skipped.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {bundled, cliPath, readerPid, showsTitles, skipReason, startReader} from './riposte.js';
import {readTerminalReport} from './terminal-report.js';
import {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
const folders: string[] = [];
const servers: Server[] = [];
after(() => {
	for (const session of sessions) session.close();
	for (const server of servers) server.close();
	for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

const titles = bundled.map(a => a.title);
const asFound = {canonical: true, echo: true, cursorVisible: true, alternateScreen: false};

/** The state of a process from /proc: R, S, T (stopped)… */
const processState = (pid: number) => {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
};

const waitUntil = async (condition: () => boolean, what: string, timeoutMs = 10_000) => {
	const until = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
		await new Promise(resolve => setTimeout(resolve, 40));
	}
};

describe('signals end the reader and restore the terminal', {skip: skipReason, concurrency: 1}, () => {
	for (const [signal, status] of [['SIGQUIT', 131], ['SIGHUP', 129]] as const) {
		test(`${signal} leaves the alternate screen, raw mode and the hidden cursor`, async () => {
			const session = await startReader({cols: 100, rows: 30});
			sessions.push(session);
			await session.waitFor(showsTitles(titles));
			process.kill(readerPid(session), signal);
			const report = await readTerminalReport(session);
			assert.equal(report.exitCode, status, report.screen);
			assert.deepEqual({canonical: report.canonical, echo: report.echo, cursorVisible: report.cursorVisible, alternateScreen: report.alternateScreen}, asFound);
		});
	}
});

/** The reader started from an interactive shell, which has job control (the report wrapper's `sh -c` has none). */
const startInShell = async () => {
	const session = await TmuxSession.start({cols: 100, rows: 30, command: 'PS1="prompt$ " exec bash --norc --noprofile -i', cwd: os.tmpdir()});
	sessions.push(session);
	await session.waitFor('prompt$');
	session.type(`node ${cliPath}\n`);
	await session.waitFor(showsTitles(titles));
	await session.waitFor('Articles 1/5');
	return {session, pid: readerPid(session)};
};

/** After the reader is stopped: off the alternate screen, cursor shown, and the shell's stty reports cooked mode. */
const checkRestored = async (session: TmuxSession, pid: number) => {
	await waitUntil(() => processState(pid) === 'T', 'the reader is stopped');
	await session.waitFor(/Stopped/);
	assert.equal(session.info('#{alternate_on}'), '0');
	assert.equal(session.info('#{cursor_flag}'), '1');
	session.type('stty -a | tr " ;" "\\n\\n" | grep -x -e icanon -e -icanon -e echo -e -echo | tr "\\n" ,; echo\n');
	await session.waitFor(/^icanon,echo,$/m);
};

/** `fg`: the whole frame is back, in raw mode (one key, no Enter, moves the cursor); then q, status 0. */
const checkResumed = async (session: TmuxSession, pid: number) => {
	session.type('fg\n');
	await session.waitFor(showsTitles(titles));
	assert.notEqual(processState(pid), 'T');
	assert.equal(session.info('#{alternate_on}'), '1');
	session.sendKeys('j');
	await session.waitFor('Articles 2/5');
	session.sendKeys('q');
	await waitUntil(() => !existsSync(`/proc/${pid}`), 'the reader has exited');
	session.type('echo "[status $?]"\n');
	await session.waitFor('[status 0]');
};

describe('ctrl-z and fg', {skip: skipReason, concurrency: 1}, () => {
	test('ctrl-z stops the job with the screen and line editing restored; fg redraws and takes keys again', async () => {
		const {session, pid} = await startInShell();
		session.sendKeys('C-z');
		await checkRestored(session, pid);
		await checkResumed(session, pid);
	});

	test('kill -TSTP from outside stops it the same way', async () => {
		const {session, pid} = await startInShell();
		process.kill(pid, 'SIGTSTP');
		await checkRestored(session, pid);
		await checkResumed(session, pid);
	});
});

describe('files skipped in the reader', {skip: skipReason, concurrency: 1}, () => {
	test('a socket named with an escape beside a good article: named inert, title untouched, status 1', async () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-e2e-socket-'));
		folders.push(folder);
		copyFileSync(bundled[0]!.file, path.join(folder, 'good.md'));
		const socket = path.join(folder, '\u001B]0;PWNED\u0007.sock');
		const server = createServer();
		servers.push(server);
		await new Promise<void>(resolve => server.listen(socket, resolve));
		const session = await startReader({cols: 140, rows: 40}, [path.join(folder, 'good.md'), socket]);
		sessions.push(session);
		const screen = await session.waitFor(showsTitles([bundled[0]!.title]));
		assert.match(screen, /\^\[\]0;PWNED\^G\.sock/);
		assert.equal(session.info('#{pane_title}'), 'e2e-sentinel');
		session.sendKeys('q');
		const report = await readTerminalReport(session);
		assert.equal(report.exitCode, 1, report.screen);
		assert.equal(session.info('#{pane_title}'), 'e2e-sentinel');
	});
});
