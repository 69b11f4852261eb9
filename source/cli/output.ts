// The one place riposte writes to standard output and standard error. Every string passes the
// sanitiser here, whoever built it (a usage error echoing argv, an OS message repeating a path,
// an export), so no caller has to remember; test/hostile/boundary.test.ts fails if any other
// file under source/ writes to the process's streams. The reader's frames go through Ink, whose
// text is made safe where it is loaded and drawn; the few sequences the reader itself sends
// (alternate screen, cursor) are named below, never built from input.
import process from 'node:process';
import {sanitizeText} from '../text/sanitize.js';

/** Where output goes. */
export type Output = {
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
};

/** The process's own streams. */
export const processOutput: Output = {stdout: process.stdout, stderr: process.stderr};

/** A write to standard output or a file that failed (ENOSPC, EPIPE, EACCES, EIO…): one line on stderr and exit 1. */
export class OutputError extends Error {
	readonly code: string | undefined;

	constructor(where: string, cause: unknown) {
		const code = (cause as {code?: unknown}).code;
		super(`could not write ${where}: ${outputReason(cause)}`);
		this.code = typeof code === 'string' ? code : undefined;
	}
}

const outputReasons: Record<string, string> = {
	EPIPE: 'the program reading it stopped early, a broken pipe',
	ENOSPC: 'no space left on the device',
	EDQUOT: 'the disk quota is used up',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'the file system is read-only',
	EISDIR: 'it is a folder',
	ENOENT: 'its folder does not exist',
	EIO: 'input/output error',
	EBADF: 'it is closed',
};

/** An output error in words, with its code for those who search for it. */
export function outputReason(error: unknown): string {
	const code = (error as {code?: unknown}).code;
	if (typeof code === 'string' && Object.hasOwn(outputReasons, code)) return `${outputReasons[code]!} (${code})`;
	return error instanceof Error ? error.message : String(error);
}

/** Writes sanitised text and waits until the stream has taken it, so exiting right after cannot cut a pipe short; a failed write rejects with an OutputError. */
export async function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
	const where = stream === process.stderr ? 'to standard error' : 'the output';
	await new Promise<void>((resolve, reject) => {
		const fail = (error: unknown) => {
			reject(new OutputError(where, error));
		};

		try {
			stream.write(sanitizeText(text), error => (error ? fail(error) : resolve()));
		} catch (error) {
			fail(error);
		}
	});
}

/** A line on stderr that must not fail in turn (stderr itself may be the broken pipe). */
export function complain(line: string): void {
	try {
		process.stderr.write(`${sanitizeText(line)}\n`, () => undefined);
	} catch {}
}

/**
 * The process's streams report write errors as events as well as through callbacks; without a
 * listener an EPIPE or ENOSPC would be thrown as an uncaught exception with a stack. The
 * callback of writeAll (or `complain`) says what happened; the listener only keeps it quiet.
 */
export function quietStreamErrors(): void {
	process.stdout.on('error', () => undefined);
	process.stderr.on('error', () => undefined);
}

/** The fixed sequences the reader sends around Ink's frames. */
const sequences = {
	enterAlternateScreen: '\u001B[?1049h',
	leaveAlternateScreen: '\u001B[?1049l',
	showCursor: '\u001B[?25h',
	clearScreen: '\u001B[2J\u001B[H',
} as const;

/** A named sequence as text, for the one writer that must hand it to Ink (a redraw after `fg`). */
export const terminalSequence = (...names: Array<keyof typeof sequences>): string => names.map(name => sequences[name]).join('');

/** Sends named terminal sequences to standard output (the only raw escapes riposte writes itself). */
export function sendTerminal(...names: Array<keyof typeof sequences>): void {
	try {
		process.stdout.write(terminalSequence(...names));
	} catch {}
}
