// The caches are input like any article: a list snapshot or head index edited by someone else
// (a control sequence in a title, a line that names /etc/passwd, garbage) is named once on the
// notice line, not used, and written anew; a file that names no article is never read for one.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {openReaderLibrary, type ReaderLibrary} from '../../source/cli/reader-library.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {tempFolder} from '../io/temp-folder.js';

const article = (title: string) => `---\ntitle: ${title}\noutlet: Wire\npublished: 2024-01-02\n---\nThe text of ${title}.\n`;

function setUp() {
	const dir = tempFolder({'a.md': article('Title A'), 'b.md': article('Title B')});
	const cacheDir = tempFolder();
	const open = () => openReaderLibrary([dir], {version: 'test', cacheDir, cwd: '/', fs: undefined});
	const run = async () => {
		const library = open();
		await library.first;
		library.started();
		await library.done;
		library.save();
		// Notes reach listeners after the current turn.
		await new Promise(resolve => setImmediate(resolve));
		return library;
	};

	const snapshot = () => path.join(cacheDir, readdirSync(cacheDir).find(name => name.startsWith('list-'))!);
	return {dir, cacheDir, open, run, snapshot};
}

/** Rewrites a snapshot's article lines with `edit`, with the header's byte counts put right, as a careful attacker would. */
function editSnapshot(file: string, edit: (fields: string[]) => void) {
	const text = readFileSync(file, 'utf8');
	const [headerLine, ...rest] = text.split('\n');
	const header = headerLine!.split('\t');
	const count = Number(header[2]);
	const ids = rest.slice(0, count);
	const lines = rest.slice(count, count * 2).map(line => {
		const fields = line.split('\t');
		edit(fields);
		return fields.join('\t');
	});
	const problems = rest.slice(count * 2);
	const idText = `${ids.join('\n')}\n`;
	const lineText = `${lines.join('\n')}\n`;
	header[4] = String(Buffer.byteLength(idText));
	header[5] = String(Buffer.byteLength(lineText));
	writeFileSync(file, `${header.join('\t')}\n${idText}${lineText}${problems.join('\n')}`);
}

const notices = (library: ReaderLibrary) => library.current().problems.filter(problem => problem.level === 'warning').map(problem => `${path.basename(problem.path)}: ${problem.reason}`);

describe('a list snapshot edited by someone else', () => {
	test('a line whose file is /etc/passwd never shows that file; the snapshot is named and written anew', async () => {
		const {run, open, snapshot} = setUp();
		await run();
		// Fields after the id line: shown path, file, format, named, real path, title…
		editSnapshot(snapshot(), fields => {
			fields[1] = '/etc/passwd';
			fields[4] = '/etc/passwd';
		});
		const library = open();
		const first = await library.first;
		for (const listed of first.articles) assert.doesNotMatch(listed.body, /root:/);
		library.started();
		await library.done;
		await new Promise(resolve => setImmediate(resolve));
		assert.deepEqual(library.current().articles.map(a => a.title).sort(), ['Title A', 'Title B']);
		assert.ok(notices(library).some(line => /^list-.*\.tsv: is corrupt/.test(line)), JSON.stringify(notices(library)));
		library.save();
		assert.doesNotMatch(readFileSync(snapshot(), 'utf8'), /passwd/);
	});

	test('a title holding OSC 0, OSC 8, BEL, U+009B or U+202E is never listed as it stands', async () => {
		for (const title of ['\u001B]0;PWNED\u0007', '\u001B]8;;http://evil\u001B\\x', 'a\u0007b', '\u009B2J', 'abc\u202Eevil']) {
			const {run, open, snapshot} = setUp();
			// eslint-disable-next-line no-await-in-loop
			await run();
			editSnapshot(snapshot(), fields => {
				fields[5] = title;
			});
			const library = open();
			// eslint-disable-next-line no-await-in-loop
			const first = await library.first;
			for (const listed of first.articles) assert.ok(isTerminalSafe(listed.title) && isTerminalSafe(listed.path), JSON.stringify(listed.title));
			library.started();
			// eslint-disable-next-line no-await-in-loop
			await library.done;
			assert.deepEqual(library.current().articles.map(a => a.title).sort(), ['Title A', 'Title B']);
		}
	});

	test('garbage in place of the snapshot is named once and the folder read as on a first start', async () => {
		const {run, snapshot} = setUp();
		await run();
		writeFileSync(snapshot(), 'riposte-list-2\tnot what was written\n');
		const library = await run();
		assert.deepEqual(library.current().articles.map(a => a.title).sort(), ['Title A', 'Title B']);
		assert.equal(notices(library).filter(line => /^list-.*: is corrupt/.test(line)).length, 1);
	});
});

describe('a head index edited by someone else', () => {
	test('garbage is named on the notice line and the index written anew', async () => {
		const {run, cacheDir} = setUp();
		await run();
		writeFileSync(path.join(cacheDir, 'heads.tsv'), 'not an index\n');
		// A start without its snapshot reads the folder, and with it the index.
		for (const name of readdirSync(cacheDir)) if (name.startsWith('list-')) writeFileSync(path.join(cacheDir, name), '');
		const library = await run();
		assert.deepEqual(library.current().articles.map(a => a.title).sort(), ['Title A', 'Title B']);
		assert.ok(notices(library).some(line => /^heads\.tsv: is corrupt/.test(line)), JSON.stringify(notices(library)));
		assert.match(readFileSync(path.join(cacheDir, 'heads.tsv'), 'utf8'), /^riposte-heads-1\t/);
	});

	test('a title with an escape in an entry is dropped, the head read from the file again, and the entry counted', async () => {
		const {run, cacheDir} = setUp();
		await run();
		const index = path.join(cacheDir, 'heads.tsv');
		writeFileSync(index, readFileSync(index, 'utf8').replace('\tTitle A\t', '\t\u001B]0;PWNED\u0007\t'));
		for (const name of readdirSync(cacheDir)) if (name.startsWith('list-')) writeFileSync(path.join(cacheDir, name), '');
		const library = await run();
		assert.deepEqual(library.current().articles.map(a => a.title).sort(), ['Title A', 'Title B']);
		assert.ok(notices(library).some(line => /^heads\.tsv: had 1 malformed entry/.test(line)), JSON.stringify(notices(library)));
		assert.doesNotMatch(readFileSync(index, 'utf8'), /PWNED/);
	});
});
