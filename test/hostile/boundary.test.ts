// The one writing boundary: nothing under source/ writes to the process's streams except
// source/cli/output.ts (which sanitises), and what reaches stderr from argv or the OS is inert.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {root, runCli, skipReason} from '../cli/run-cli.js';
import {tempFolder} from '../io/temp-folder.js';

const boundary = path.join('source', 'cli', 'output.ts');
// The evaluation scripts are a developer's tool, not part of the program (not in dist/cli.js).
const notShipped = path.join('source', 'eval');

/** Ways to write to a terminal stream without the boundary. */
const bypasses: Array<[string, RegExp]> = [
	['console output', /\bconsole\.(?:log|error|warn|info|debug|trace|dir|table)\b/],
	['a write to stdout or stderr', /\b(?:stdout|stderr)\s*\.\s*write\b/],
	['stdout or stderr taken from process', /\{[^}]*\b(?:stdout|stderr)\b[^}]*\}\s*=\s*process\b/],
	['a write to file descriptor 1 or 2', /\bwrite(?:Sync)?\(\s*[12]\s*,/],
];

function sourceFiles(dir: string): string[] {
	return readdirSync(path.join(root, dir), {withFileTypes: true}).flatMap(entry => {
		const relative = path.join(dir, entry.name);
		if (entry.isDirectory()) return relative === notShipped ? [] : sourceFiles(relative);
		return /\.tsx?$/.test(entry.name) ? [relative] : [];
	});
}

describe('one writing boundary', () => {
	test('no file under source/ but cli/output.ts writes to stdout or stderr', () => {
		const offenders: string[] = [];
		for (const file of sourceFiles('source')) {
			if (file === boundary) continue;
			const text = readFileSync(path.join(root, file), 'utf8');
			for (const [what, pattern] of bypasses) if (pattern.test(text)) offenders.push(`${file}: ${what}`);
		}

		assert.deepEqual(offenders, []);
	});

	test('the check itself finds a bypass', () => {
		for (const line of ['console.error(x)', 'process.stderr.write(x)', 'const {stdout} = process;', 'fs.writeSync(2, x)']) {
			assert.ok(bypasses.some(([, pattern]) => pattern.test(line)), line);
		}
	});
});

const osc0 = '\u001B]0;PWNED\u0007';
const osc52 = '\u001B]52;c;cHduZWQ=\u0007';

describe('argv and OS messages on stderr', {skip: skipReason}, () => {
	const cases: Array<[string, string[]]> = [
		['an unknown option holding an OSC 0', [`--${osc0}`]],
		['a short option holding an OSC 0', [`-${osc0}`]],
		['an OSC 52 --format', ['export', '--format', osc52]],
		['an 8-bit CSI and a bidi override in --format', ['export', '--format', '\u009B2J\u202Eevil']],
	];
	for (const [what, args] of cases) {
		test(`${what} is a usage error shown inert`, () => {
			const run = runCli(args);
			assert.equal(run.status, 2, run.stderr);
			assert.ok(isTerminalSafe(run.stderr), JSON.stringify(run.stderr));
			assert.match(run.stderr, /\^\[|<U\+009B>/);
		});
	}

	test('a file name with an escape in a folder is named inert, and the good article still exports', () => {
		const dir = tempFolder({'good.md': '---\ntitle: Good\n---\nNATO said China must stop.\n', [`${osc0}.md`]: ''});
		const run = runCli(['export', dir]);
		assert.equal(run.status, 1);
		assert.ok(isTerminalSafe(run.stderr), JSON.stringify(run.stderr));
		assert.match(run.stderr, /\^\[\]0;PWNED\^G\.md: is empty/);
		assert.match(run.stdout, /"title": "Good"/);
	});

	test('an OS error message that repeats a hostile path is inert', () => {
		const dir = tempFolder({'good.md': '---\ntitle: Good\n---\nNATO said China must stop.\n'});
		// A link to itself: the OS message (ELOOP) would repeat the name; a dangling link says ENOENT.
		const loop = path.join(dir, `${osc0}.md`);
		symlinkSync(loop, loop);
		writeFileSync(path.join(dir, 'other.txt'), 'x');
		const run = runCli(['export', path.join(dir, 'good.md'), loop, `${dir}/${osc52}`]);
		assert.equal(run.status, 1);
		assert.ok(isTerminalSafe(run.stderr), JSON.stringify(run.stderr));
		assert.match(run.stdout, /"title": "Good"/);
	});
});
