// Runs the built program (dist/cli.js) as a child process with its own temporary home, state and
// cache folders (removed after the test file), so CLI tests never write to the real home folders.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {tempFolder} from '../io/temp-folder.js';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built program under test. */
export const cliPath = path.join(root, 'dist', 'cli.js');
/** Why the CLI tests cannot run, or false. */
export const skipReason: string | false = existsSync(cliPath) ? false : 'dist/cli.js is missing: run `npm run build` first';

const home = tempFolder();

/** The environment every run gets: a temporary home, XDG and riposte folders inside it. */
export const runEnv: Record<string, string | undefined> = {
	...process.env,
	HOME: home,
	XDG_STATE_HOME: path.join(home, 'state'),
	XDG_CACHE_HOME: path.join(home, 'cache'),
	RIPOSTE_STATE_DIR: path.join(home, 'riposte-state'),
	RIPOSTE_CACHE_DIR: path.join(home, 'riposte-cache'),
};

/** What a run produced. */
export type Run = {status: number | null; stdout: string; stderr: string};

/** Runs `node dist/cli.js ...args` with piped stdio (so stdout is not a terminal). */
export function runCli(args: string[], options: {input?: string | Buffer; cwd?: string; env?: Record<string, string>} = {}): Run {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: options.cwd ?? root,
		input: options.input ?? '',
		encoding: 'utf8',
		timeout: 30_000,
		env: {...runEnv, ...options.env},
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** The temporary home the runs use (tests check nothing else was written). */
export const testHome = home;
