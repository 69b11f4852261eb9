// Writes that never leave half a file: write a temporary file beside the target, then rename it
// over the target (rename is atomic within one file system).
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** Replaces `file` with `text` atomically, creating its folder if needed. */
export function writeFileAtomic(file: string, text: string): void {
	mkdirSync(path.dirname(file), {recursive: true});
	const temporary = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
	try {
		writeFileSync(temporary, text, {mode: 0o600});
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}
