// The reader's loader lists from heads and reads bodies on demand; it must show exactly what the
// full loader shows, use its head index on a second start, and survive files that change.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {rmSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {headBytes} from '../../source/io/head-parse.js';
import {headIndexFile} from '../../source/io/head-index.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {nodeFs, type ReaderFs} from '../../source/io/loader-fs.js';
import {openLibrary} from '../../source/io/open-library.js';
import {tempFolder} from './temp-folder.js';

/** The real file system, counting the calls that read file contents, by file name. */
function countingFs() {
	const heads: string[] = [];
	const bodies: string[] = [];
	const fs: ReaderFs = {
		...nodeFs,
		readHeadSync(file, limit) {
			heads.push(path.basename(String(file)));
			return nodeFs.readHeadSync(file, limit);
		},
		readFileSync(file) {
			bodies.push(path.basename(String(file)));
			return nodeFs.readFileSync(file);
		},
		async readFile(file) {
			bodies.push(path.basename(String(file)));
			return nodeFs.readFile(file);
		},
	};
	return {fs, heads, bodies};
}

const article = (title: string, text: string) => `---\ntitle: ${title}\noutlet: Wire\npublished: 2024-03-04\n---\n${text}\n`;

/** A folder of articles and a separate cache folder for its index. */
function setUp(files: Record<string, string | Uint8Array>) {
	const dir = tempFolder(files);
	const indexFile = headIndexFile(tempFolder());
	return {dir, indexFile, open: async (fs: ReaderFs = nodeFs) => openLibrary([dir], {fs, indexFile, version: 'test'})};
}

describe('the reader loader', () => {
	test('lists the same articles and problems as the full loader, and each lazy body equals the loaded body (bundled articles)', async () => {
		const full = await loadArticles([]);
		const library = await openLibrary([], {indexFile: headIndexFile(tempFolder()), version: 'test'});
		assert.deepEqual(library.problems, full.problems);
		assert.equal(library.articles.length, full.articles.length);
		for (const [index, lazy] of library.articles.entries()) assert.deepEqual({...lazy, body: lazy.body}, full.articles[index]);
		assert.deepEqual(library.late, []);
	});

	test('reads no body before one is asked for, and each body once', async () => {
		const {open} = setUp({'a.md': article('A', 'Body of A.'), 'b.md': article('B', 'Body of B.')});
		const {fs, bodies} = countingFs();
		const library = await open(fs);
		assert.deepEqual(bodies, []);
		const a = library.articles.find(item => item.title === 'A')!;
		assert.equal(a.body, 'Body of A.');
		assert.equal(a.body, 'Body of A.');
		assert.deepEqual(bodies, ['a.md']);
	});

	test('takes every head from the index on a second start, opening no article file', async () => {
		const {open} = setUp({'a.md': article('A', 'one'), 'b.txt': 'B title\ntwo', 'empty.md': ''});
		const first = countingFs();
		const before = await open(first.fs);
		before.saveIndex();
		assert.deepEqual(first.heads.sort(), ['a.md', 'b.txt', 'empty.md']);
		const second = countingFs();
		const after = await open(second.fs);
		assert.deepEqual(second.heads, []);
		assert.deepEqual(second.bodies, []);
		assert.deepEqual(after.articles.map(item => item.title), before.articles.map(item => item.title));
		assert.deepEqual(after.problems, before.problems);
	});

	test('reads a file again when its size or modification time changed', async () => {
		const {dir, open} = setUp({'a.md': article('Old title', 'one'), 'b.md': article('B', 'two')});
		(await open()).saveIndex();
		writeFileSync(path.join(dir, 'a.md'), article('New title', 'one, longer now'));
		utimesSync(path.join(dir, 'b.md'), new Date(), new Date(Date.now() + 5000));
		const {fs, heads} = countingFs();
		const library = await open(fs);
		assert.deepEqual(heads.sort(), ['a.md', 'b.md']);
		assert.ok(library.articles.some(item => item.title === 'New title'));
	});

	test('a file deleted since the index was written is not listed, and a new one is read from its head', async () => {
		const {dir, open} = setUp({'a.md': article('Gone', 'one'), 'b.md': article('Stays', 'two')});
		(await open()).saveIndex();
		rmSync(path.join(dir, 'a.md'));
		writeFileSync(path.join(dir, 'c.md'), article('Arrived', 'three'));
		const {fs, heads} = countingFs();
		const library = await open(fs);
		assert.deepEqual(heads, ['c.md']);
		assert.deepEqual(library.articles.map(item => item.title).sort(), ['Arrived', 'Stays']);
		assert.deepEqual(library.problems, []);
	});

	test('a file changed to the same size keeps no stale title (its modification time differs)', async () => {
		const {dir, open} = setUp({'a.md': article('Title one', 'body')});
		(await open()).saveIndex();
		writeFileSync(path.join(dir, 'a.md'), article('Title two', 'body'));
		utimesSync(path.join(dir, 'a.md'), new Date(), new Date(Date.now() + 60_000));
		const library = await open();
		assert.deepEqual(library.articles.map(item => item.title), ['Title two']);
	});

	test('ignores a corrupt index and writes a good one in its place', async () => {
		const {indexFile, open} = setUp({'a.md': article('A', 'one')});
		(await open()).saveIndex();
		for (const junk of ['{"version": "test", "entries": {"/x": {"size": "no"}', 'null', '{"version":"test","entries":{"/a":{"size":1,"mtimeMs":2,"head":{"title":3}}}}']) {
			writeFileSync(indexFile, junk);
			const {fs, heads} = countingFs();
			const library = await open(fs);
			assert.deepEqual(library.articles.map(item => item.title), ['A']);
			assert.deepEqual(heads, ['a.md']);
			library.saveIndex();
			const second = countingFs();
			await open(second.fs);
			assert.deepEqual(second.heads, [], 'the rewritten index is used');
		}
	});

	test('a file removed after start-up gives a body that says so and a problem, not a crash', async () => {
		const {dir, open} = setUp({'a.md': article('A', 'one'), 'b.md': article('B', 'two')});
		const library = await open();
		rmSync(path.join(dir, 'a.md'));
		const a = library.articles.find(item => item.title === 'A')!;
		assert.match(a.body, /could not be read: .*a\.md does not exist/);
		assert.deepEqual(library.late, [{path: path.join(dir, 'a.md'), reason: 'does not exist (no such file or folder)'}]);
		assert.equal(library.articles.find(item => item.title === 'B')?.body, 'two');
	});

	test('a file emptied after start-up gives a body that says why', async () => {
		const {dir, open} = setUp({'a.md': article('A', 'one')});
		const library = await open();
		writeFileSync(path.join(dir, 'a.md'), '');
		assert.match(library.articles[0]!.body, /is empty/);
		assert.equal(library.late.length, 1);
	});

	test('invalid UTF-8 past the head is reported when the body is read, with the bytes shown as U+FFFD', async () => {
		const padding = 'China denied it.\n'.repeat(Math.ceil(headBytes / 17));
		const bytes = Buffer.concat([Buffer.from(article('Late', padding)), Buffer.from([0x43, 0xe9, 0x0a])]);
		const {dir, open} = setUp({'late.md': bytes});
		const library = await open();
		assert.deepEqual(library.problems, []);
		assert.ok(library.articles[0]!.body.endsWith('C\uFFFD'));
		assert.deepEqual(library.late, [{path: path.join(dir, 'late.md'), reason: (await loadArticles([dir])).problems[0]!.reason, level: 'warning'}]);
	});
});

describe('heads that need the whole file', () => {
	const long = 'Lead paragraph without a heading. '.repeat(Math.ceil(headBytes / 34));
	// [case, file name, content]
	const cases: Array<[string, string, string]> = [
		['a Markdown heading past the head is the title', 'late-heading.md', `${long}\n\n# The Late Heading\n\ntext`],
		['front matter longer than the head is read whole', 'long-fm.md', `---\ntitle: Long\nnote: ${'x'.repeat(headBytes)}\n---\ntext`],
		['a first line longer than the head is the title', 'long-line.txt', `${'y'.repeat(headBytes + 10)}\nbody`],
		['only white space in the head, text after it', 'blank-head.txt', `${' \n'.repeat(headBytes)}Real title\nbody`],
	];
	for (const [what, name, content] of cases) {
		test(`${what}, as the full loader reads it`, async () => {
			const {dir, open} = setUp({[name]: content});
			const full = await loadArticles([dir]);
			const library = await open();
			assert.deepEqual(library.problems, full.problems);
			// Body and marks are getters of a lazily read article: copied by hand.
			assert.deepEqual(library.articles.map(item => ({...item, body: item.body, ...(item.marks ? {marks: item.marks} : {})})), full.articles);
		});
	}

	test('bad files found from the head give the same problems as the full loader', async () => {
		const binary = Buffer.concat([Buffer.from('x'.repeat(headBytes)), Buffer.from([0, 1, 2])]);
		const {dir, open} = setUp({
			'good.md': article('Good', 'text'),
			'empty.md': '',
			'blank.txt': ' \n\t\n',
			'binary.md': Buffer.from([0x89, 0x50, 0, 0, 1]),
			'binary-later.md': Buffer.concat([Buffer.from('x\n'.repeat(100)), Buffer.from([0]), binary]),
			'open.md': '---\ntitle: x\nbody',
			'only-fm.md': '---\ntitle: x\n---\n\n',
			'bad-date.md': '---\ntitle: D\npublished: 2024-13-45\n---\ntext',
		});
		const full = await loadArticles([dir]);
		const library = await open();
		assert.equal(full.problems.length, 7);
		assert.deepEqual(library.problems, full.problems);
		assert.deepEqual(library.articles.map(item => item.title), full.articles.map(item => item.title));
	});

	test('a file named on the command line is read whole, as before', async () => {
		const dir = tempFolder({'named.text': 'Named\nbody'});
		const library = await openLibrary([path.join(dir, 'named.text')], {indexFile: headIndexFile(tempFolder()), version: 'test'});
		assert.equal(Object.getOwnPropertyDescriptor(library.articles[0], 'body')?.value, 'body');
	});
});

describe('reading in slices', () => {
	const files = Object.fromEntries(Array.from({length: 300}, (_, index) => [`a${String(index).padStart(3, '0')}.md`, article(`Title ${index}`, `Body ${index}.`)]));

	test('reports growing lists between slices, each in reading order, and ends with the list read at once', async () => {
		const {dir, indexFile} = setUp(files);
		const whole = await openLibrary([dir], {indexFile: headIndexFile(tempFolder()), version: 'test'});
		const reports: Array<{read: number; total: number; ids: string[]}> = [];
		let pauses = 0;
		const library = await openLibrary([dir], {
			indexFile,
			version: 'test',
			// Every file is a slice of its own: the smallest pace there is.
			pacing: {sliceMs: 0, report(partial, read, total) {
				pauses++;
				if (pauses % 50 === 1) reports.push({read, total, ids: partial().articles.map(a => a.id)});
			}},
		});
		assert.ok(reports.length >= 4, `reports: ${reports.length}`);
		for (const [index, report] of reports.entries()) {
			assert.equal(report.total, 300);
			assert.equal(report.ids.length, report.read);
			assert.deepEqual(report.ids, whole.articles.map(a => a.id).filter(id => report.ids.includes(id)), 'in the order of the whole list');
			if (index > 0) assert.ok(report.read > reports[index - 1]!.read);
		}

		assert.deepEqual(library.articles.map(a => a.id), whole.articles.map(a => a.id));
		assert.deepEqual(library.problems, whole.problems);
	});

	test('the event loop runs between slices', async () => {
		const {dir, indexFile} = setUp(files);
		let ticks = 0;
		const timer = setInterval(() => ticks++, 0);
		let ticksAtReports = 0;
		await openLibrary([dir], {indexFile, version: 'test', pacing: {sliceMs: 0, report() {
			ticksAtReports = ticks;
		}}});
		clearInterval(timer);
		assert.ok(ticksAtReports > 0, 'timers fired while the files were read');
	});

	test('an aborted read stops at its next pause with what it has read', async () => {
		const {dir, indexFile} = setUp(files);
		const stop = new AbortController();
		let reports = 0;
		const library = await openLibrary([dir], {indexFile, version: 'test', pacing: {sliceMs: 0, signal: stop.signal, report() {
			if (++reports === 10) stop.abort();
		}}});
		assert.ok(library.articles.length > 0 && library.articles.length < 300, `read ${library.articles.length}`);
	});
});
