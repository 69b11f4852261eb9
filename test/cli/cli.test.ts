import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describeKeys} from '../../source/state/key-help.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {tempFolder} from '../io/temp-folder.js';
import {root, runCli, skipReason, testHome} from './run-cli.js';

const folder = tempFolder;

const bundledCount = 5;
const good = '---\ntitle: A Good Article\noutlet: Wire\npublished: 2024-05-01\n---\nNATO said China must stop supporting Russia. China denied it.\n';
const hostile = '---\ntitle: "Evil \u001B]0;pwned\u0007 title"\n---\nNATO said \u001B[2J China \u009B31m must stop.\u202E \u001B]52;c;aGk=\u0007 China\'s foreign ministry said "the claims are groundless."\n';

type ExportDoc = {schema: string; articles: Array<{id: string; path: string; title: string; body: string}>};

describe('riposte --help, --version and usage errors', {skip: skipReason}, () => {
	test('--version prints the version from package.json', () => {
		const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string};
		const run = runCli(['--version']);
		assert.equal(run.status, 0);
		assert.equal(run.stdout, `riposte ${version}\n`);
	});

	test('--help lists the commands, the article formats and every key from the key table', () => {
		const run = runCli(['--help']);
		assert.equal(run.status, 0);
		for (const words of ['riposte export', '--format json|markdown', '--output FILE', 'front matter', '.txt', 'NO_COLOR', 'RIPOSTE_STATE_DIR']) {
			assert.ok(run.stdout.includes(words), `help mentions ${words}`);
		}

		for (const row of describeKeys()) {
			assert.ok(run.stdout.includes(row.keys) && run.stdout.includes(row.description), `help lists ${row.keys}`);
		}
	});

	// [arguments, what stderr says]
	const usage: Array<[string[], RegExp]> = [
		[['--bogus'], /unknown option --bogus/],
		[['export', '--format', 'yaml'], /unknown format "yaml"/],
		[['export', '--output'], /option --output needs a value/],
		[['articles', '--format', 'json'], /go with the export command/],
	];
	for (const [args, message] of usage) {
		test(`${args.join(' ')} is a usage error with status 2`, () => {
			const run = runCli(args);
			assert.equal(run.status, 2);
			assert.match(run.stderr, message);
			assert.match(run.stderr, /riposte --help/);
			assert.equal(run.stdout, '');
		});
	}
});

describe('riposte export', {skip: skipReason}, () => {
	test('exports the bundled articles as JSON with status 0, from any working directory', () => {
		const run = runCli(['export', '--format', 'json'], {cwd: tmpdir()});
		assert.equal(run.status, 0, run.stderr);
		assert.equal(run.stderr, '');
		const doc = JSON.parse(run.stdout) as ExportDoc;
		assert.equal(doc.schema, 'riposte/analysis@1');
		assert.equal(doc.articles.length, bundledCount);
	});

	test('exports Markdown naming every article', () => {
		const dir = folder({'good.md': good});
		const run = runCli(['export', dir, '--format', 'markdown']);
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stdout, /A Good Article/);
	});

	test('exports what loads and exits 1 when some files fail, naming them on stderr', () => {
		const dir = folder({'good.md': good, 'empty.md': '', 'binary.md': Buffer.from([0, 1, 2, 0])});
		const run = runCli(['export', dir, path.join(dir, 'missing.md')]);
		assert.equal(run.status, 1);
		for (const name of ['empty.md', 'binary.md', 'missing.md']) assert.match(run.stderr, new RegExp(`skipped .*${name}`));
		assert.deepEqual((JSON.parse(run.stdout) as ExportDoc).articles.map(article => article.title), ['A Good Article']);
	});

	test('exits 1 with no output when nothing could be read', () => {
		const run = runCli(['export', path.join(tmpdir(), 'riposte-no-such-folder')]);
		assert.equal(run.status, 1);
		assert.equal(run.stdout, '');
		assert.match(run.stderr, /does not exist/);
	});

	test('--output writes the file and nothing to stdout', () => {
		const dir = folder({'good.md': good});
		const file = path.join(dir, 'out', 'analysis.json');
		const run = runCli(['export', dir, '--output', file]);
		assert.equal(run.status, 0, run.stderr);
		assert.equal(run.stdout, '');
		assert.equal((JSON.parse(readFileSync(file, 'utf8')) as ExportDoc).articles.length, 1);
	});

	test('reads one article from stdin for -', () => {
		const run = runCli(['export', '-'], {input: good});
		assert.equal(run.status, 0, run.stderr);
		const [article] = (JSON.parse(run.stdout) as ExportDoc).articles;
		assert.equal(article?.path, '-');
		assert.equal(article?.title, 'A Good Article');
	});

	for (const format of ['json', 'markdown']) {
		test(`a hostile article exports as ${format} with no control sequence from the input`, () => {
			const dir = folder({'hostile.md': hostile});
			const run = runCli(['export', dir, '--format', format]);
			assert.equal(run.status, 0, run.stderr);
			assert.ok(isTerminalSafe(run.stdout));
			assert.doesNotMatch(run.stdout, /\u001B|\u0007|\u009B/);
			assert.match(run.stdout, /\^\[\]0;pwned\^G/);
		});
	}
});

describe('riposte when output is not a terminal', {skip: skipReason}, () => {
	test('prints a plain listing of the bundled articles and a hint, and exits 0', () => {
		const run = runCli([]);
		assert.equal(run.status, 0, run.stderr);
		const lines = run.stdout.split('\n').filter(line => / — \d+ claims?, \d+ responses?$/.test(line));
		assert.equal(lines.length, bundledCount);
		assert.match(run.stdout, /riposte export/);
		assert.doesNotMatch(run.stdout, /\u001B/);
		assert.doesNotMatch(run.stderr, /raw mode/i);
	});

	test('lists an article piped to - ', () => {
		const run = runCli(['-'], {input: good});
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stdout, /^A Good Article · Wire · 2024-05-01 — \d+ claims?, \d+ responses?$/m);
	});

	test('names bad files on stderr and still lists the rest', () => {
		const dir = folder({'good.md': good, 'empty.md': ''});
		const run = runCli([dir]);
		assert.equal(run.status, 0);
		assert.match(run.stderr, /skipped .*empty\.md: is empty/);
		assert.match(run.stdout, /A Good Article/);
	});

	test('exits 1 and says why when no article could be read', () => {
		const run = runCli([path.join(tmpdir(), 'riposte-no-such-file.md')]);
		assert.equal(run.status, 1);
		assert.equal(run.stdout, '');
		assert.match(run.stderr, /does not exist[\s\S]*no article could be read/);
	});

	test('writes nothing to the real state or cache folders', () => {
		runCli([]);
		assert.equal(existsSync(path.join(testHome, '.cache')), false);
		assert.equal(existsSync(path.join(testHome, '.local')), false);
	});
});
