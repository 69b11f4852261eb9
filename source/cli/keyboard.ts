// Where the reader's keys come from. Normally stdin; when stdin carries an article (`riposte -`)
// or is piped, the controlling terminal is opened directly, as less does. No terminal at all
// (CI, `riposte | cat`) means no reader: the CLI prints a listing instead.
import {openSync} from 'node:fs';
import tty from 'node:tty';

/** A terminal to read keys from and whether riposte opened it (and so must close it), or null. */
export type Keyboard = {stream: NodeJS.ReadStream; opened: boolean};

/** The keyboard for the reader, or null when there is no terminal to read keys from. */
export function openKeyboard(stdinTaken: boolean): Keyboard | null {
	if (!stdinTaken && process.stdin.isTTY) return {stream: process.stdin, opened: false};
	try {
		const stream = new tty.ReadStream(openSync('/dev/tty', 'r'));
		return stream.isTTY ? {stream: stream as unknown as NodeJS.ReadStream, opened: true} : null;
	} catch {
		return null;
	}
}
