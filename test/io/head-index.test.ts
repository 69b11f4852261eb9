// The head index file: what is written reads back exactly (whatever a path or field holds), an
// entry is only used while size and mtime match, and a file that is not whole is not used at all.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {emptyIndex, headIndexFile, lookUp, readHeadIndex, writeHeadIndex, type FreshEntries, type IndexEntry} from '../../source/io/head-index.js';
import {tempFolder} from './temp-folder.js';

const head = (title: string, more: Partial<Extract<IndexEntry, {head: unknown}>['head']> = {}) => ({title, outlet: null, published: null, source: null, warnings: [], ...more});

// [what, path, entry]
const entries: Array<[string, string, IndexEntry]> = [
	['a plain head', '/news/a.md', {size: 10, mtimeMs: 1_700_000_000_000.25, head: head('A title', {outlet: 'Wire', published: '2024-03-04', source: 'https://example.org/a'})}],
	['a head with warnings', '/news/b.md', {size: 0, mtimeMs: 1, head: head('B', {warnings: ['front matter line 3 is not "key: value"; ignored', 'second']})}],
	['a problem', '/news/empty.md', {size: 0, mtimeMs: 2, problem: 'is empty (no text, or only white space)'}],
	['tabs, line ends and backslashes in the path and fields', '/news/odd\tname\nwith\\slash\r.md', {size: 5, mtimeMs: 3, head: head('T\\N\ttab', {outlet: '\\N', warnings: ['line\nend', '']})}],
	['an empty outlet kept apart from none', '/news/c.txt', {size: 7, mtimeMs: 4, head: head('C', {outlet: '', source: ''})}],
	['non-ASCII text', '/новости/中文.md', {size: 9, mtimeMs: 5, head: head('“Quoted” — 中国 says', {outlet: 'Ведомости'})}],
];

// The entries' paths are made up: they all count as existing unless a test says otherwise.
const written = (fresh: FreshEntries, old = emptyIndex(), version = 'v1', isThere = (_file: string) => true) => {
	const file = headIndexFile(tempFolder());
	assert.equal(writeHeadIndex(file, version, fresh, old, isThere), true);
	return file;
};

const all = (): FreshEntries => new Map(entries.map(([, key, entry]) => [key, entry]));

describe('the head index file', () => {
	const file = written(all());

	for (const [what, key, entry] of entries) {
		test(`reads back ${what} exactly`, () => {
			assert.deepEqual(lookUp(readHeadIndex(file, 'v1'), key, entry.size, entry.mtimeMs), entry);
		});
	}

	test('entries are found looked up in written order, in reverse, and past keys it does not hold', () => {
		const sequences = [entries, [...entries].reverse(), entries.flatMap(item => [['', `${item[1]}.gone`, item[2]] as const, item])];
		for (const sequence of sequences) {
			const index = readHeadIndex(file, 'v1');
			for (const [, key, entry] of sequence) {
				const expected = key.endsWith('.gone') ? undefined : entry;
				assert.deepEqual(lookUp(index, key, entry.size, entry.mtimeMs), expected, key);
			}
		}
	});

	test('an entry is not used once the file size or modification time differ', () => {
		const index = readHeadIndex(file, 'v1');
		const [, key, entry] = entries[0]!;
		assert.equal(lookUp(index, key, entry.size + 1, entry.mtimeMs), undefined);
		assert.equal(lookUp(index, key, entry.size, entry.mtimeMs + 0.001), undefined);
		assert.equal(lookUp(index, '/news/unknown.md', entry.size, entry.mtimeMs), undefined);
	});

	test('writing it removes the JSON index of earlier versions from the same folder', () => {
		const dir = tempFolder({'heads.json': '{"version":"old","entries":{}}', 'other.json': '{}'});
		assert.equal(writeHeadIndex(headIndexFile(dir), 'v1', all(), emptyIndex()), true);
		assert.deepEqual(readdirSync(dir).sort(), ['heads.tsv', 'other.json']);
	});

	test('an index written by another version is not used', () => {
		assert.equal(readHeadIndex(file, 'v2').lines.size, 0);
	});

	test('a missing, cut short, padded or foreign file is not used at all', () => {
		const file = written(all());
		const text = readFileSync(file, 'utf8');
		const broken = [
			text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1), // last line dropped
			text.slice(0, -5), // cut inside the last line
			`${text}/news/extra.md\t1\t1\th\tExtra\t\\N\t\\N\t\\N\n`,
			'{"version":"v1","entries":{}}',
			'',
		];
		for (const junk of broken) {
			writeFileSync(file, junk);
			assert.equal(readHeadIndex(file, 'v1').lines.size, 0, JSON.stringify(junk.slice(-40)));
		}

		assert.equal(readHeadIndex(`${file}.missing`, 'v1').lines.size, 0);
	});

	test('a damaged line is a miss, not a wrong head', () => {
		const damaged = written(new Map([['/news/a.md', entries[0]![2]]]));
		const text = readFileSync(damaged, 'utf8');
		for (const line of ['/news/a.md\t10\t1700000000000.25\th\tOnly a title\n', '/news/a.md\t10\t1700000000000.25\tx\tA\t\\N\t\\N\t\\N\n', '/news/a.md\tten\t1700000000000.25\th\tA\t\\N\t\\N\t\\N\n']) {
			writeFileSync(damaged, `${text.slice(0, text.indexOf('\n') + 1)}${line}`);
			assert.equal(lookUp(readHeadIndex(damaged, 'v1'), '/news/a.md', 10, 1_700_000_000_000.25), undefined, line);
		}
	});

	test('this run\'s entries come first, unchanged lines are copied as they were, and other folders\' entries are kept', () => {
		const old = readHeadIndex(written(all()), 'v1');
		const [, keptKey, keptEntry] = entries[0]!;
		const fresh: FreshEntries = new Map<string, IndexEntry | number>([
			['/other/new.md', {size: 1, mtimeMs: 1, head: head('New')}],
			[keptKey, old.lines.get(keptKey)!],
		]);
		const next = readHeadIndex(written(fresh, old), 'v1');
		assert.deepEqual([...next.lines.keys()].slice(0, 2), ['/other/new.md', keptKey]);
		assert.equal(next.lines.size, entries.length + 1);
		assert.deepEqual(lookUp(next, keptKey, keptEntry.size, keptEntry.mtimeMs), keptEntry);
		for (const [, key, entry] of entries) assert.deepEqual(lookUp(next, key, entry.size, entry.mtimeMs), entry);
	});

	test('older entries of files that no longer exist are dropped when the index is written', () => {
		const dir = tempFolder({'kept.md': 'x'});
		const kept = path.join(dir, 'kept.md');
		const old = readHeadIndex(written(new Map<string, IndexEntry | number>([[kept, {size: 1, mtimeMs: 1, head: head('Kept')}], [path.join(dir, 'gone.md'), {size: 1, mtimeMs: 1, head: head('Gone')}]])), 'v1');
		const file = headIndexFile(tempFolder());
		assert.equal(writeHeadIndex(file, 'v1', new Map(), old), true);
		assert.deepEqual([...readHeadIndex(file, 'v1').lines.keys()], [kept]);
	});

	test('a corrupt file is marked corrupt, another version\'s is not', () => {
		const file = written(all());
		assert.equal(readHeadIndex(file, 'v2').corrupt, undefined);
		writeFileSync(file, 'garbage\n');
		assert.equal(readHeadIndex(file, 'v1').corrupt, true);
	});

	test('a line holding a control, a bidi override or a date that is not one is dropped and counted', () => {
		const damaged = written(new Map([['/news/a.md', entries[0]![2]]]));
		const text = readFileSync(damaged, 'utf8');
		const header = text.slice(0, text.indexOf('\n') + 1);
		for (const title of ['\u001B]0;PWNED\u0007', '\u009B2J', 'A\u202Eevil', 'A\\rB']) {
			writeFileSync(damaged, `${header}/news/a.md\t10\t1700000000000.25\th\t${title}\t\\N\t\\N\t\\N\n`);
			const index = readHeadIndex(damaged, 'v1');
			assert.equal(lookUp(index, '/news/a.md', 10, 1_700_000_000_000.25), undefined, title);
			assert.equal(index.bad, 1);
		}

		writeFileSync(damaged, `${header}/news/a.md\t10\t1700000000000.25\th\tA\t\\N\tyesterday\t\\N\n`);
		assert.equal(lookUp(readHeadIndex(damaged, 'v1'), '/news/a.md', 10, 1_700_000_000_000.25), undefined);
	});
});
