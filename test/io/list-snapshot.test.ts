// The list snapshot: what the reader listed reads back exactly (whatever a path or field holds),
// lazily (only ids until a field is asked for), and a file that is not whole, or another
// version's, is not used at all.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Article, LoadResult} from '../../source/core/types.js';
import {LazyArticle, type BodyContext} from '../../source/io/lazy-body.js';
import {describable, readSnapshot, sameList, snapshotFile, writeSnapshot} from '../../source/io/list-snapshot.js';
import {nodeFs} from '../../source/io/loader-fs.js';
import {openLibrary} from '../../source/io/open-library.js';
import {headIndexFile} from '../../source/io/head-index.js';
import {tempFolder} from './temp-folder.js';

const context = (): BodyContext & {late: unknown[]} => {
	const late: unknown[] = [];
	return {fs: nodeFs, report: problem => late.push(problem), late};
};

const fields = (article: Article) => ({id: article.id, path: article.path, title: article.title, outlet: article.outlet, published: article.published, source: article.source});

/** Opens `dir` with the reader's loader, as the reader does before it writes a snapshot. */
async function listed(dir: string): Promise<LoadResult> {
	return openLibrary([dir], {indexFile: headIndexFile(tempFolder()), version: 'test'});
}

describe('the list snapshot', () => {
	test('reads back the articles in order, with every list field, and the problems', async () => {
		const dir = tempFolder({
			'a.md': '---\ntitle: "Tab\there, back\\\\slash"\noutlet: Wire\npublished: 2024-03-04\nsource: https://example.org/a\n---\nBody of A.\n',
			'b.md': '---\ntitle: B\npublished: 2024-13-45\n---\nBody of B.\n', // a bad date: a warning
			'sub/中文 名.txt': '“Quoted” — 中国 says\n\nBody of C.\n',
			'empty.md': '   \n',
			'c.markdown': '# Heading title\n\nBody.\n',
		});
		const result = await listed(dir);
		assert.ok(result.problems.length >= 2, 'the fixture has a warning and a skipped file');
		const file = snapshotFile(tempFolder(), [dir], '/work');
		assert.equal(writeSnapshot(file, 'v1', result), true);
		const back = readSnapshot(file, 'v1', context())!;
		assert.deepEqual(back.articles.map(a => fields(a)), result.articles.map(a => fields(a)));
		assert.deepEqual(back.problems, result.problems);
		for (const [index, article] of back.articles.entries()) assert.equal(article.body, result.articles[index]!.body);
	});

	test('only ids are read at first: a line damaged after them gives an unreadable article when it is opened, not a throw', async () => {
		const result = await listed(tempFolder({'a.md': '---\ntitle: A\n---\nBody.\n', 'b.md': '---\ntitle: B\n---\nBody.\n'}));
		const file = snapshotFile(tempFolder(), ['x'], '/');
		writeSnapshot(file, 'v1', result);
		// The first article's line (after the header and the two ids), its tabs made spaces: same size, no fields.
		const lines = readFileSync(file, 'utf8').split('\n');
		lines[3] = lines[3]!.replaceAll('\t', ' ');
		writeFileSync(file, lines.join('\n'));
		const back = readSnapshot(file, 'v1', context())!;
		assert.deepEqual(back.articles.map(a => a.id), result.articles.map(a => a.id));
		assert.match(back.articles[0]!.body, /could not be read/);
		assert.equal(back.articles[1]!.title, result.articles[1]!.title);
	});

	test('a missing, cut short, padded, foreign or other version\'s file is not used at all', async () => {
		const result = await listed(tempFolder({'a.md': '---\ntitle: A\n---\nBody.\n', 'b.md': '---\ntitle: B\n---\nBody.\n'}));
		const file = snapshotFile(tempFolder(), ['x'], '/');
		writeSnapshot(file, 'v1', result);
		const text = readFileSync(file, 'utf8');
		assert.equal(readSnapshot(file, 'v2', context()), null);
		const older = text.replace('riposte-list-2', 'riposte-list-1');
		for (const junk of [text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1), text.slice(0, -3), `${text}extra\tline\te\n`, '', older, 'riposte-list-2\tv1\t0\t0\t0\t0\n']) {
			writeFileSync(file, junk);
			assert.equal(readSnapshot(file, 'v1', context()), null, JSON.stringify(junk.slice(-30)));
		}

		assert.equal(readSnapshot(`${file}.missing`, 'v1', context()), null);
	});

	test('the file depends on the paths as typed and the folder they were typed in', () => {
		const dir = '/cache';
		assert.equal(snapshotFile(dir, ['news'], '/a'), snapshotFile(dir, ['news'], '/a'));
		assert.notEqual(snapshotFile(dir, ['news'], '/a'), snapshotFile(dir, ['news'], '/b'));
		assert.notEqual(snapshotFile(dir, ['news'], '/a'), snapshotFile(dir, ['news', 'more'], '/a'));
		assert.notEqual(snapshotFile(dir, ['a b'], '/a'), snapshotFile(dir, ['a', 'b'], '/a'));
	});

	test('articles from standard input (or anything not read from a file) are not written', () => {
		const plain: Article = {id: 'stdin-1', path: '-', title: 'T', outlet: null, published: null, source: null, body: 'B'};
		assert.equal(describable([plain]), false);
		assert.equal(writeSnapshot(snapshotFile(tempFolder(), ['-'], '/'), 'v1', {articles: [plain], problems: []}), false);
		assert.equal(writeSnapshot(snapshotFile(tempFolder(), [], '/'), 'v1', {articles: [], problems: []}), false);
	});

	test('only the newest eight snapshots are kept in the cache folder', async () => {
		const result = await listed(tempFolder({'a.md': '---\ntitle: A\n---\nBody.\n'}));
		const dir = tempFolder({'heads.tsv': 'kept'});
		for (let index = 0; index < 10; index++) {
			const file = snapshotFile(dir, [`p${index}`], '/');
			writeSnapshot(file, 'v1', result);
			utimesSync(file, 1_000_000 + index, 1_000_000 + index);
		}

		writeSnapshot(snapshotFile(dir, ['p9'], '/'), 'v1', result);
		const names = readdirSync(dir);
		assert.equal(names.filter(name => name.startsWith('list-')).length, 8);
		assert.ok(names.includes('heads.tsv'));
		assert.ok(!names.includes(path.basename(snapshotFile(dir, ['p0'], '/'))), 'the oldest went first');
		assert.ok(!names.includes(path.basename(snapshotFile(dir, ['p1'], '/'))));
	});

	test('two lists are the same when their articles\' list fields, order and problems are', () => {
		const make = (title: string) => new LazyArticle(`/n/${title}.md`, title, {title, outlet: null, published: null, source: null, warnings: []}, {path: `/n/${title}.md`, format: 'markdown', named: false}, context()).named(title);
		const list = (...titles: string[]): LoadResult => ({articles: titles.map(title => make(title)), problems: []});
		assert.equal(sameList(list('a', 'b'), list('a', 'b')), true);
		assert.equal(sameList(list('a', 'b'), list('b', 'a')), false);
		assert.equal(sameList(list('a', 'b'), list('a')), false);
		assert.equal(sameList(list('a'), {...list('a'), problems: [{path: 'x', reason: 'y'}]}), false);
		assert.equal(sameList({...list('a'), problems: [{path: 'x', reason: 'y'}]}, {...list('a'), problems: [{path: 'x', reason: 'y', level: 'error'}]}), true);
		assert.equal(sameList({...list('a'), problems: [{path: 'x', reason: 'y'}]}, {...list('a'), problems: [{path: 'x', reason: 'y', level: 'warning'}]}), false);
	});
});
