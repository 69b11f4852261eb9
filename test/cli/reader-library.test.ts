// The reader's library: a start on paths seen before shows the last list at once and checks the
// files after the first frame; a first start shows the files read so far, growing; what was
// learned is saved for the next start, and a list that was never complete is not.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {openReaderLibrary, type ReaderLibrary} from '../../source/cli/reader-library.js';
import {nodeFs, type ReaderFs} from '../../source/io/loader-fs.js';
import {tempFolder} from '../io/temp-folder.js';

const article = (title: string, date: string) => `---\ntitle: ${title}\noutlet: Wire\npublished: ${date}\n---\nThe text of ${title}.\n`;

/** The real file system, counting stat calls, optionally slowed down per head read (to make slices). */
function watchedFs(slowMs = 0) {
	const calls = {stats: 0, heads: 0};
	const fs: ReaderFs = {
		...nodeFs,
		statSync(file) {
			calls.stats++;
			return nodeFs.statSync(file);
		},
		readHeadSync(file, limit) {
			calls.heads++;
			const until = performance.now() + slowMs;
			while (performance.now() < until) {
				// Busy: a slow disk, without giving the event loop a turn.
			}

			return nodeFs.readHeadSync(file, limit);
		},
	};
	return {fs, calls};
}

const titles = (library: ReaderLibrary) => library.current().articles.map(a => a.title);

/** A folder of dated articles, a cache folder, and a way to open the library on them. */
function setUp(count: number) {
	const files = Object.fromEntries(Array.from({length: count}, (_, index) => [`a${String(index).padStart(4, '0')}.md`, article(`Title ${index}`, `2024-01-${String(1 + (index % 28)).padStart(2, '0')}`)]));
	const dir = tempFolder(files);
	const cacheDir = tempFolder();
	const open = (fs: ReaderFs = nodeFs) => openReaderLibrary([dir], {version: 'test', cacheDir, cwd: '/', fs});
	/** Opens, lets it finish, saves, and returns it. */
	const run = async (fs?: ReaderFs) => {
		const library = open(fs);
		await library.first;
		library.started();
		await library.done;
		library.save();
		return library;
	};

	return {dir, cacheDir, open, run};
}

const snapshots = (cacheDir: string) => readdirSync(cacheDir).filter(name => name.startsWith('list-'));

describe('the reader library', () => {
	test('a first start lists every file, then saves the head index and a list snapshot', async () => {
		const {cacheDir, run} = setUp(3);
		const library = await run();
		assert.deepEqual(titles(library).sort(), ['Title 0', 'Title 1', 'Title 2']);
		assert.equal(library.current().progress, null);
		assert.ok(existsSync(path.join(cacheDir, 'heads.tsv')));
		assert.equal(snapshots(cacheDir).length, 1);
	});

	test('a second start shows the last list before any file is looked at, and an unchanged check changes nothing', async () => {
		const {run, open} = setUp(5);
		const before = titles(await run());
		const {fs, calls} = watchedFs();
		const library = open(fs);
		let changes = 0;
		library.subscribe(() => changes++);
		assert.deepEqual(titles(library), before);
		assert.equal(library.current().progress, null);
		await library.first;
		assert.deepEqual(calls, {stats: 0, heads: 0}, 'nothing read before the first frame');
		library.started();
		await library.done;
		assert.equal(calls.stats, 5, 'every file checked after it');
		assert.equal(changes, 0);
	});

	test('a file changed or deleted since the last start is put right by the check, and the next start shows the new list', async () => {
		const {dir, cacheDir, run, open} = setUp(4);
		await run();
		writeFileSync(path.join(dir, 'a0001.md'), article('Changed title', '2024-01-02'));
		utimesSync(path.join(dir, 'a0001.md'), 2_000_000_000, 2_000_000_000);
		rmSync(path.join(dir, 'a0002.md'));
		const library = open();
		assert.ok(titles(library).includes('Title 1') && titles(library).includes('Title 2'), 'the last list first');
		let changes = 0;
		library.subscribe(() => changes++);
		library.started();
		await library.done;
		assert.equal(changes, 1);
		assert.deepEqual(titles(library).sort(), ['Changed title', 'Title 0', 'Title 3']);
		library.save();
		assert.equal(snapshots(cacheDir).length, 1, 'the snapshot for these paths is replaced, not added to');
		assert.deepEqual(titles(open()).sort(), ['Changed title', 'Title 0', 'Title 3']);
	});

	test('a first start on many files shows the files read so far, growing, then the complete list', async () => {
		const {open} = setUp(400);
		// 0.2 ms a head: 80 ms of reading, several slices of 12 ms.
		const {fs} = watchedFs(0.2);
		const library = open(fs);
		const seen: Array<{count: number; progress: unknown}> = [];
		library.subscribe(() => seen.push({count: library.current().articles.length, progress: library.current().progress}));
		const first = await library.first;
		assert.ok(first.progress !== null, 'the first list is drawn before the reading ends');
		assert.ok(first.articles.length > 0 && first.articles.length < 400);
		assert.equal(first.progress.total, 400);
		library.started();
		await library.done;
		assert.equal(library.current().articles.length, 400);
		assert.equal(library.current().progress, null);
		assert.ok(seen.length >= 2);
		assert.deepEqual(seen.at(-1), {count: 400, progress: null});
		for (const [index, state] of seen.entries()) if (index > 0) assert.ok(state.count >= seen[index - 1]!.count);
	});

	test('stopped part-way, it keeps the heads it learned but writes no snapshot of a list that was never complete', async () => {
		const {cacheDir, open} = setUp(400);
		const {fs} = watchedFs(0.2);
		const library = open(fs);
		await library.first;
		library.stop();
		await library.ended();
		library.save();
		assert.ok(existsSync(path.join(cacheDir, 'heads.tsv')));
		assert.deepEqual(snapshots(cacheDir), []);
	});

	test('files named on the command line are read anew each start, never listed from a snapshot', async () => {
		const {dir, cacheDir} = setUp(2);
		const named = [path.join(dir, 'a0000.md'), path.join(dir, 'a0001.md')];
		const run = async () => {
			const library = openReaderLibrary(named, {version: 'test', cacheDir, cwd: '/'});
			await library.first;
			library.started();
			await library.done;
			library.save();
			return library;
		};

		await run();
		assert.deepEqual(snapshots(cacheDir), []);
		writeFileSync(named[0]!, article('Renamed', '2024-01-01'));
		const second = openReaderLibrary(named, {version: 'test', cacheDir, cwd: '/'});
		const first = await second.first;
		assert.ok(first.articles.some(a => a.title === 'Renamed'), 'the first list is read from the files');
	});
});
