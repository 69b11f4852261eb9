// Test helper: temporary folders with files in them, removed when the test file ends. Tests
// write only here, never to a real home folder.
import {after} from 'node:test';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const made: string[] = [];
// Registered when a test file imports this helper, so the hook belongs to the file, not to one test.
after(() => {
	for (const dir of made) rmSync(dir, {recursive: true, force: true});
});

/** A new temporary folder holding `files` (relative name → content), removed after the test file. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'riposte-test-'));
	made.push(dir);
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
		writeFileSync(path.join(dir, name), content);
	}

	return dir;
}
