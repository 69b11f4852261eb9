import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {parseInvocation, type Invocation} from '../../source/cli/args.js';
import {colorEnabled} from '../../source/cli/color.js';

describe('parseInvocation', () => {
	// [argv, invocation]
	const table: Array<[string[], Invocation]> = [
		[[], {command: 'read', paths: []}],
		[['a.md', 'folder', '-'], {command: 'read', paths: ['a.md', 'folder', '-']}],
		[['--help'], {command: 'help'}],
		[['-h', 'x'], {command: 'help'}],
		[['--version'], {command: 'version'}],
		[['export'], {command: 'export', paths: [], format: 'json', output: null}],
		[['export', 'articles', '--format', 'markdown', '--output', 'out.md'], {command: 'export', paths: ['articles'], format: 'markdown', output: 'out.md'}],
		[['export', '-f', 'json', '-o', 'o.json', 'a', 'b'], {command: 'export', paths: ['a', 'b'], format: 'json', output: 'o.json'}],
		[['export', '--', '--odd-name.md'], {command: 'export', paths: ['--odd-name.md'], format: 'json', output: null}],
		[['--bogus'], {command: 'usage-error', message: 'unknown option --bogus'}],
		[['-z'], {command: 'usage-error', message: 'unknown option -z'}],
		[['export', '--format'], {command: 'usage-error', message: 'option --format needs a value'}],
		[['export', '--format', 'yaml'], {command: 'usage-error', message: 'unknown format "yaml" (use json or markdown)'}],
		[['a.md', '--format', 'json'], {command: 'usage-error', message: '--format and --output go with the export command: riposte export PATH… --format json'}],
	];
	for (const [argv, expected] of table) {
		test(`reads ${JSON.stringify(argv)} as ${expected.command}`, () => {
			assert.deepEqual(parseInvocation(argv), expected);
		});
	}
});

describe('colorEnabled', () => {
	// [env, stdout is a terminal, colour]
	const table: Array<[Record<string, string>, boolean, boolean]> = [
		[{}, true, true],
		[{}, false, false],
		[{TERM: 'dumb'}, true, false],
		[{NO_COLOR: '1'}, true, false],
		[{NO_COLOR: ''}, true, true],
		[{NO_COLOR: '1', FORCE_COLOR: '1'}, true, false],
		[{FORCE_COLOR: '1'}, false, true],
		[{FORCE_COLOR: ''}, false, true],
		[{FORCE_COLOR: '0'}, true, false],
		[{FORCE_COLOR: 'false'}, true, false],
	];
	for (const [env, tty, expected] of table) {
		test(`is ${expected ? 'on' : 'off'} for ${JSON.stringify(env)} when output ${tty ? 'is' : 'is not'} a terminal`, () => {
			assert.equal(colorEnabled(env, tty), expected);
		});
	}
});
