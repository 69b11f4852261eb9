// Where riposte keeps its files, following the XDG base-directory spec. RIPOSTE_STATE_DIR and
// RIPOSTE_CACHE_DIR override both, so tests and benches never touch a real home folder. The
// library of fetched articles follows XDG_DATA_HOME.
import os from 'node:os';
import path from 'node:path';

type Env = Record<string, string | undefined>;

/** An XDG base directory: $VAR when it is an absolute path (as the spec requires), else ~/fallback. */
function xdg(env: Env, variable: string, fallback: string): string {
	const value = env[variable];
	return value && path.isAbsolute(value) ? value : path.join(os.homedir(), fallback);
}

/** The folder for the reader's position: $RIPOSTE_STATE_DIR, else $XDG_STATE_HOME/riposte (~/.local/state/riposte). */
export function stateDir(env: Env = process.env): string {
	return env['RIPOSTE_STATE_DIR'] || path.join(xdg(env, 'XDG_STATE_HOME', path.join('.local', 'state')), 'riposte');
}

/** The folder for cached analyses: $RIPOSTE_CACHE_DIR, else $XDG_CACHE_HOME/riposte (~/.cache/riposte). */
export function cacheDir(env: Env = process.env): string {
	return env['RIPOSTE_CACHE_DIR'] || path.join(xdg(env, 'XDG_CACHE_HOME', '.cache'), 'riposte');
}

/** The library of fetched articles: $XDG_DATA_HOME/riposte/library (~/.local/share/riposte/library). */
export function libraryDir(env: Env = process.env): string {
	return path.join(xdg(env, 'XDG_DATA_HOME', path.join('.local', 'share')), 'riposte', 'library');
}
