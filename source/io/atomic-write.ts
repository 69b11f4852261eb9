// Writes that never leave half a file: write a temporary file beside the target, then rename it
// over the target (rename is atomic within one file system).
import {closeSync, fchmodSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats} from 'node:fs';
import path from 'node:path';

/** Replaces `file` with `text` atomically, creating its folder if needed (caches and state: private, 0600). */
export function writeFileAtomic(file: string, text: string): void {
	mkdirSync(path.dirname(file), {recursive: true});
	replace(file, text, 0o600, false);
}

/** Text to write: one string, or pieces written in turn (a large export, never held whole). */
export type Chunks = string | Iterable<string>;

/** Writes every piece of `text` to an open descriptor. */
function writeChunks(descriptor: number, text: Chunks): void {
	for (const chunk of typeof text === 'string' ? [text] : text) writeSync(descriptor, chunk);
}

/** Writes `text` to a temporary file beside `file` with `mode`, then renames it over `file`. */
function replace(file: string, text: Chunks, mode: number, exact: boolean): void {
	const temporary = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
	try {
		// `wx`: never through a link or over something already there. The mode passes the umask;
		// an exact mode (the file being replaced) is set on the open descriptor, which it does not.
		const descriptor = openSync(temporary, 'wx', mode);
		try {
			if (exact) fchmodSync(descriptor, mode);
			writeChunks(descriptor, text);
		} finally {
			closeSync(descriptor);
		}

		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

const statOrNull = (file: string, read: (file: string) => Stats): Stats | null => {
	try {
		return read(file);
	} catch (error) {
		if ((error as {code?: unknown}).code === 'ENOENT') return null;
		throw error;
	}
};

/**
 * `--output FILE`, as a shell redirect would treat FILE, but never half written: a pipe, device
 * or other special file is written through (nothing is renamed over /dev/null); a symbolic link
 * is followed and its target replaced; a regular file is replaced atomically and keeps its
 * permissions; a new file (and its folder) gets the user's umask (0666 less umask, as `>` gives). Throws the OS
 * error when it cannot.
 */
export function writeOutputFile(file: string, text: Chunks): {madeFolder: string | null} {
	const link = statOrNull(file, lstatSync);
	const target = link === null ? null : statOrNull(file, statSync);
	// A pipe, a device, a socket, a folder (which fails as EISDIR): whatever the open finds.
	// A dangling link: the open creates the file it points at, as `>` does.
	if ((target !== null && !target.isFile()) || (link !== null && target === null)) {
		const descriptor = openSync(file, 'w');
		try {
			writeChunks(descriptor, text);
		} finally {
			closeSync(descriptor);
		}

		return {madeFolder: null};
	}

	if (target === null) {
		// A new file's folder is made (a redirect would fail instead); the caller says so.
		const made = mkdirSync(path.dirname(file), {recursive: true});
		replace(file, text, 0o666, false);
		return {madeFolder: made ?? null};
	}

	replace(link!.isSymbolicLink() ? realpathSync(file) : file, text, target.mode & 0o7777, true);
	return {madeFolder: null};
}
