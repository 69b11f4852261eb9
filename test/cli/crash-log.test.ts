// An error riposte did not expect: one line on the terminal naming a log file, and the stack in
// that file, never on the terminal.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {reportCrash} from '../../source/cli/crash-log.js';
import {tempFolder} from '../io/temp-folder.js';

describe('an unexpected error', () => {
	test('is one line naming a log file that holds the stack', () => {
		const dir = tempFolder();
		const error = new TypeError("Cannot read properties of null (reading 'start')\nsecond line");
		const line = reportCrash(error, dir);
		const match = /^riposte: unexpected error: Cannot read properties of null \(reading 'start'\) \(the details are in (.+\.log)\)$/.exec(line);
		assert.ok(match, line);
		assert.equal(path.dirname(match[1]!), dir);
		const log = readFileSync(match[1]!, 'utf8');
		assert.match(log, /TypeError: Cannot read properties of null/);
		assert.match(log, /at .*crash-log\.test\.ts/);
	});

	test('still one line when the log cannot be written', () => {
		const dir = tempFolder();
		writeFileSync(path.join(dir, 'file'), 'x');
		const line = reportCrash(new Error('boom'), path.join(dir, 'file', 'state'));
		assert.match(line, /^riposte: unexpected error: boom \(and the details could not be saved in .*\)$/);
	});
});
