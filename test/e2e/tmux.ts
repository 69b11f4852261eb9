// Drives a program in a real terminal: a private tmux server per session, sized explicitly, with
// every state/cache/config directory pointed into a temporary folder so the user's home is
// never touched. tmux is the terminal emulator; we read its screen, modes and pane status.
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';

/** True when a tmux binary is on PATH; e2e tests skip with a message otherwise. */
export const hasTmux = spawnSync('tmux', ['-V'], {stdio: 'ignore'}).status === 0;

/** Why e2e tests are skipped, or false when they can run. */
export const skipReason: string | false = hasTmux ? false : 'tmux is not installed (apt-get install tmux); end-to-end tests skipped';

/** How to start a session. */
export type SessionOptions = {
	cols: number;
	rows: number;
	/** A shell command line run by /bin/sh in the pane. */
	command: string;
	cwd?: string;
	env?: Record<string, string>;
};

/** Quotes one word for /bin/sh. */
export function shellQuote(word: string): string {
	return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Sessions not yet closed: closed when the process exits, whatever the tests did. */
const open = new Set<TmuxSession>();
process.on('exit', () => {
	for (const session of open) session.close();
});

/** What to wait for: text on screen, a pattern, or any test of the screen. */
export type Expectation = string | RegExp | ((screen: string) => boolean);

const matches = (screen: string, expected: Expectation): boolean =>
	typeof expected === 'string' ? screen.includes(expected)
		: expected instanceof RegExp ? expected.test(screen)
			: expected(screen);

/** One program running in one tmux pane on a private server. */
export class TmuxSession {
	/** Starts the server, sizes the window, then runs the command with the isolated environment. */
	static async start(options: SessionOptions): Promise<TmuxSession> {
		const home = mkdtempSync(path.join(os.tmpdir(), 'riposte-e2e-'));
		const session = new TmuxSession(`riposte-e2e-${process.pid}-${TmuxSession.count++}`, home);
		const env: Record<string, string> = {
			TERM: 'xterm-256color',
			HOME: path.join(home, 'home'),
			XDG_CONFIG_HOME: path.join(home, 'config'),
			XDG_CACHE_HOME: path.join(home, 'cache'),
			XDG_STATE_HOME: path.join(home, 'state'),
			XDG_DATA_HOME: path.join(home, 'data'),
			RIPOSTE_STATE_DIR: path.join(home, 'riposte-state'),
			RIPOSTE_CACHE_DIR: path.join(home, 'riposte-cache'),
			...options.env,
		};
		for (const dir of ['home', 'config', 'cache', 'state', 'data']) mkdirSync(path.join(home, dir));
		session.watchdog();
		// A placeholder first, so options (no status line, keep dead panes) are in force before
		// the real program starts and the program sees its final size from its first frame.
		session.tmux('new-session', '-d', '-s', 'e2e', '-x', String(options.cols), '-y', String(options.rows), 'sleep 600');
		session.tmux('set-option', '-g', 'status', 'off');
		session.tmux('set-option', '-g', 'remain-on-exit', 'on');
		session.tmux('set-option', '-g', 'window-size', 'manual');
		session.tmux('resize-window', '-t', 'e2e', '-x', String(options.cols), '-y', String(options.rows));
		session.tmux('select-pane', '-t', 'e2e', '-T', 'e2e-sentinel');
		const environment = Object.entries(env).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
		session.tmux('respawn-pane', '-k', '-t', 'e2e', '-c', options.cwd ?? process.cwd(), ...environment, options.command);
		return session;
	}

	private static count = 0;
	private closed = false;

	/** The private server's socket name (tmux -L). */
	readonly socket: string;
	/** Holds the isolated home, state and cache directories; removed on close. */
	readonly tempDir: string;

	private constructor(socket: string, tempDir: string) {
		this.socket = socket;
		this.tempDir = tempDir;
	}

	/** Runs one tmux command against this session's private server and returns its output. */
	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {encoding: 'utf8', env: this.serverEnv()});
	}

	/**
	 * The server (and so every pane) starts from a clean environment: the test runner's own
	 * FORCE_COLOR, NO_COLOR or CI (Ink draws only a last frame under CI) must not leak in.
	 */
	private serverEnv(): NodeJS.ProcessEnv {
		return {PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: path.join(this.tempDir, 'home')};
	}

	/** Sends tmux key names ("j", "Down", "BTab", "Enter", "C-c", "Space"). */
	sendKeys(...keys: string[]): void {
		this.tmux('send-keys', '-t', 'e2e', ...keys);
	}

	/**
	 * Presses keys one at a time at a person's pace: after each key, waits for the screen (colours
	 * included) to change, up to changeMs, then for it to settle, so no two keys reach the
	 * program in one read (typing.test.ts covers that case). A key that changes nothing costs
	 * changeMs and is not an error here; the caller checks what the screen shows.
	 */
	async press(...keys: string[]): Promise<string> {
		for (const key of keys) {
			const before = this.capture(true);
			this.sendKeys(key);
			const until = Date.now() + 2000;
			while (Date.now() < until && this.capture(true) === before) await delay(30);
			await this.settle(100);
		}

		return this.capture();
	}

	/** Types text literally. */
	type(text: string): void {
		this.tmux('send-keys', '-t', 'e2e', '-l', text);
	}

	/** The visible screen as text (with colour codes when escapes is true). */
	capture(escapes = false): string {
		return this.tmux('capture-pane', '-p', '-t', 'e2e', ...(escapes ? ['-e'] : []));
	}

	/** A tmux format about the pane, e.g. "#{pane_title}", "#{cursor_flag}". */
	info(format: string): string {
		return this.tmux('display-message', '-p', '-t', 'e2e', format).trimEnd();
	}

	/** Polls the screen until it meets the expectation; fails with the last screen shown. */
	async waitFor(expected: Expectation, timeoutMs = 15_000): Promise<string> {
		const until = Date.now() + timeoutMs;
		let screen = '';
		for (;;) {
			screen = this.capture();
			if (matches(screen, expected)) return screen;
			if (Date.now() > until) break;
			await delay(40);
		}
		throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(expected)}; screen was:\n${screen}`);
	}

	/** Waits until the screen (colours included) stops changing for quietMs; returns its text. */
	async settle(quietMs = 250, timeoutMs = 10_000): Promise<string> {
		const until = Date.now() + timeoutMs;
		let last = this.capture(true);
		let since = Date.now();
		while (Date.now() < until) {
			await delay(40);
			const now = this.capture(true);
			if (now !== last) {
				last = now;
				since = Date.now();
			} else if (Date.now() - since >= quietMs) {
				return now;
			}
		}
		return last;
	}

	/** Resizes the terminal; the program gets SIGWINCH. */
	resize(cols: number, rows: number): void {
		this.tmux('resize-window', '-t', 'e2e', '-x', String(cols), '-y', String(rows));
	}

	/** Whether the pane's process has exited, and its status. */
	status(): {dead: boolean; code: number | null} {
		const [dead, code] = this.info('#{pane_dead} #{pane_dead_status}').split(' ');
		return {dead: dead === '1', code: code ? Number(code) : null};
	}

	/** Waits for the pane's process to exit and returns its status code. */
	async waitForExit(timeoutMs = 10_000): Promise<number | null> {
		const until = Date.now() + timeoutMs;
		let deadSince: number | null = null;
		while (Date.now() < until) {
			const {dead, code} = this.status();
			if (dead && code !== null) return code;
			if (dead) {
				deadSince ??= Date.now();
				// tmux 3.3a now and then misses the SIGCHLD of a pane's process: the pane is dead (its
				// terminal closed) but the process stays a zombie and the status never comes (seen
				// about 1 run in 10 with `read; exit 3`, in CI too). Any other child exiting makes the
				// server reap every zombie (waitpid(WAIT_ANY)), so run a job that ends at once.
				if (Date.now() - deadSince > 100) this.tmux('run-shell', 'true');
				if (Date.now() - deadSince > 2000) return null;
			}
			await delay(40);
		}
		throw new Error(`pane still running after ${timeoutMs} ms; screen was:\n${this.capture()}`);
	}

	/** The pid of the pane's first process (the shell running the command). */
	panePid(): number {
		return Number(this.info('#{pane_pid}'));
	}

	/** Pids of the direct children of a process, read from /proc. */
	childPids(parent: number): number[] {
		const children: number[] = [];
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			try {
				// Field 4 of stat is the parent pid; the command name (field 2) may hold spaces.
				const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
				const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
				if (ppid === parent) children.push(Number(entry));
			} catch {
				// The process exited while we looked.
			}
		}
		return children;
	}

	/** Stops the private server and removes its socket and the temporary directory. */
	close(): void {
		if (this.closed) return;
		this.closed = true;
		open.delete(this);
		// The program saves its position and head index as it ends (SIGHUP from kill-server), into
		// the temporary directory: wait for it to be gone before removing that directory.
		const running = this.runningPids();
		spawnSync('tmux', ['-L', this.socket, '-f', '/dev/null', 'kill-server'], {stdio: 'ignore'});
		waitUntilGone(running, 3000);
		const uid = process.getuid?.() ?? 0;
		rmSync(path.join(process.env['TMUX_TMPDIR'] ?? '/tmp', `tmux-${uid}`, this.socket), {force: true});
		rmSync(this.tempDir, {recursive: true, force: true, maxRetries: 5, retryDelay: 50});
	}

	/** The pane's process and its children, if the server still runs. */
	private runningPids(): number[] {
		try {
			const pane = this.panePid();
			return [pane, ...this.childPids(pane)];
		} catch {
			return [];
		}
	}

	/**
	 * If the test process dies without cleaning up (killed, timed out), a detached watcher stops
	 * this server, so no reader is left running in a forgotten terminal.
	 */
	private watchdog(): void {
		open.add(this);
		const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; tmux -L '${this.socket}' -f /dev/null kill-server 2>/dev/null; rm -rf '${this.tempDir}'`;
		spawn('sh', ['-c', script], {detached: true, stdio: 'ignore'}).unref();
	}
}

/** True while the process exists. */
export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Blocks until none of `pids` is alive, or `timeoutMs` has passed. */
function waitUntilGone(pids: number[], timeoutMs: number): void {
	const until = Date.now() + timeoutMs;
	const pause = new Int32Array(new SharedArrayBuffer(4));
	while (pids.some(pid => alive(pid)) && Date.now() < until) Atomics.wait(pause, 0, 0, 20);
}
