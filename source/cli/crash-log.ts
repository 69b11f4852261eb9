// An error riposte did not expect: the stack goes to a log file in the state folder, and the
// terminal gets one line naming it, never the stack (which would also repeat minified source).
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {stateDir} from '../io/app-dirs.js';
import {packageVersion} from '../io/bundled.js';

/** Writes the error's details to a new log file and returns the one line to print. */
export function reportCrash(error: unknown, dir: string = stateDir()): string {
	const message = error instanceof Error ? error.message : String(error);
	const details = error instanceof Error ? (error.stack ?? message) : message;
	const file = path.join(dir, `crash-${new Date().toISOString().replaceAll(':', '-')}-${process.pid}.log`);
	try {
		mkdirSync(dir, {recursive: true});
		writeFileSync(file, `riposte ${version()} · node ${process.version} · ${process.platform}\nargv: ${JSON.stringify(process.argv.slice(2))}\n\n${details}\n`, {mode: 0o600});
		return `riposte: unexpected error: ${firstLine(message)} (the details are in ${file})`;
	} catch {
		return `riposte: unexpected error: ${firstLine(message)} (and the details could not be saved in ${dir})`;
	}
}

const version = () => {
	try {
		return packageVersion();
	} catch {
		return 'unknown';
	}
};

const firstLine = (text: string) => text.split('\n', 1)[0]!.slice(0, 300);
