// Issue 5: bad input never loses the rest. Each bad file sits in a folder next to a good one;
// the good one must load and the bad one must give a problem that names it and says why.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, mkdirSync, symlinkSync} from 'node:fs';
import path from 'node:path';
import {loadArticles} from '../../source/io/load-articles.js';
import {nodeFs, readLimited} from '../../source/io/loader-fs.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {tempFolder} from '../io/temp-folder.js';


const good = '---\ntitle: Good Article\n---\nGood text.\n';

/** A folder holding good.md and one bad file with the given bytes. */
function withBad(name: string, bytes: Uint8Array | string): {dir: string; bad: string} {
	const dir = tempFolder({'good.md': good, [name]: bytes});
	return {dir, bad: path.join(dir, name)};
}

const utf16 = (text: string, endian: 'le' | 'be') => {
	const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
	return endian === 'le' ? le : Buffer.from(le.map((_byte, index) => le[index ^ 1]!));
};

// [case, file name, bytes, reason the problem gives]
const rejected: Array<[string, string, Uint8Array | string, RegExp]> = [
	['an empty file', 'empty.md', '', /is empty/],
	['a file of white space only', 'blank.txt', ' \n\t\n \r\n', /is empty/],
	['a binary file', 'binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /binary file/],
	['front matter never closed', 'open.md', '---\ntitle: x\nbody', /no closing ---/],
	['front matter with no text under it', 'only-fm.md', '---\ntitle: x\n---\n\n', /no article text/],
];

describe('bad files are reported and the rest still loads', () => {
	for (const [what, name, bytes, reason] of rejected) {
		test(`${what} gives a problem naming the file`, async () => {
			const {dir, bad} = withBad(name, bytes);
			const {articles, problems} = await loadArticles([dir]);
			assert.deepEqual(articles.map(article => article.title), ['Good Article']);
			assert.equal(problems.length, 1);
			assert.equal(problems[0]?.path, bad);
			assert.match(problems[0]?.reason ?? '', reason);
			assert.notEqual(problems[0]?.level, 'warning');
		});
	}

	// [case, file name, bytes, expected title, expected body, warning or null]
	const loaded: Array<[string, string, Uint8Array | string, string, string, RegExp | null]> = [
		['invalid UTF-8 is decoded with U+FFFD and a notice', 'latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x78]), 'Caf\uFFFD', 'x', /not valid UTF-8/],
		['UTF-16 LE with a BOM is decoded', 'le.txt', utf16('Title LE\nbody', 'le'), 'Title LE', 'body', null],
		['UTF-16 BE with a BOM is decoded', 'be.txt', utf16('Title BE\nbody', 'be'), 'Title BE', 'body', null],
		['a UTF-8 BOM is stripped', 'bom.md', '\uFEFF---\ntitle: BOM\n---\ntext', 'BOM', 'text', null],
		['CRLF line ends become LF', 'crlf.txt', 'Title\r\nline one\r\nline two\r\n', 'Title', 'line one\nline two', null],
		['a bad date is dropped with a notice', 'date.md', '---\ntitle: Dated\npublished: 2024-13-45\n---\ntext', 'Dated', 'text', /"published" is not a date/],
		['hostile front matter (a code tag, an alias to nothing) is refused whole, the text kept', 'yaml.md', '---\ntitle: !!js/function "x"\n<<: *alias\n---\nHostile\ntext', 'Hostile', 'text', /not valid YAML/],
		['escape sequences in the title and body are made inert', 'esc.md', '---\ntitle: "\\u001b]0;pwn\\u0007T"\n---\nA\u001B[2Jb\u009Bc', '^[]0;pwn^GT', 'A^[[2Jb<U+009B>c', null],
		['raw escapes in a title are inert', 'esc2.txt', 'T\u001B]0;x\u0007\nbody', 'T^[]0;x^G', 'body', null],
	];
	for (const [what, name, bytes, title, body, warning] of loaded) {
		test(what, async () => {
			const {dir, bad} = withBad(name, bytes);
			const {articles, problems} = await loadArticles([dir]);
			assert.equal(articles.length, 2);
			const article = articles.find(candidate => candidate.path === bad);
			assert.equal(article?.title, title);
			assert.equal(article?.body, body);
			assert.ok(isTerminalSafe(article.title + article.body));
			if (warning) {
				assert.ok(problems.length > 0);
				assert.ok(problems.every(problem => problem.level === 'warning' && problem.path === bad));
				assert.ok(problems.some(problem => warning.test(problem.reason)), JSON.stringify(problems));
			} else {
				assert.deepEqual(problems, []);
			}
		});
	}

	test('a 20 MB article loads', async () => {
		const paragraph = 'China said the accusation was groundless, a spokesperson told reporters. '.repeat(20) + '\n\n';
		const {dir, bad} = withBad('huge.txt', `Huge\n${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))}`);
		const {articles, problems} = await loadArticles([dir]);
		assert.deepEqual(problems, []);
		assert.ok((articles.find(article => article.path === bad)?.body.length ?? 0) > 20 * 1024 * 1024 - 100);
	});

	test('a 1 MB line with no spaces loads, with its title shortened', async () => {
		const {dir, bad} = withBad('long.md', `# ${'x'.repeat(1024 * 1024)}\n${'y'.repeat(1024 * 1024)}`);
		const {articles} = await loadArticles([dir]);
		const article = articles.find(candidate => candidate.path === bad);
		assert.ok((article?.title.length ?? 0) <= 200);
		assert.ok(article?.title.endsWith('…'));
		assert.equal(article?.body.length, 2 * 1024 * 1024 + 3);
	});

	test('a long title of emoji is shortened without splitting a character', async () => {
		const {dir, bad} = withBad('emoji.txt', `${'😀'.repeat(300)}\nbody`);
		const {articles} = await loadArticles([dir]);
		const title = articles.find(candidate => candidate.path === bad)?.title ?? '';
		assert.ok(isTerminalSafe(title));
		assert.match(title, /^(?:😀)+…$/u);
	});

	test('a file over the size limit is refused without reading it', async () => {
		const {dir, bad} = withBad('big.txt', 'x');
		const fs = {...nodeFs, stat: async (file: string) => Object.assign(await nodeFs.stat(file), file === bad ? {size: 65 * 1024 * 1024} : {})};
		const {articles, problems} = await loadArticles([dir], {fs});
		assert.equal(articles.length, 1);
		assert.deepEqual(problems, [{path: bad, reason: 'is 65 MB; riposte reads files up to 64 MB'}]);
	});

	test('an unreadable file (EACCES) is reported as permission denied', async () => {
		const {dir, bad} = withBad('locked.md', 'Locked\ntext');
		// Root reads any file, so the permission error is injected at the one call that would fail.
		const fs = {
			...nodeFs,
			readFile: async (file: string) =>
				file === bad ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})) : nodeFs.readFile(file),
		};
		const {articles, problems} = await loadArticles([dir], {fs});
		assert.equal(articles.length, 1);
		assert.deepEqual(problems, [{path: bad, reason: 'cannot be read: permission denied'}]);
	});

	test('a file made unreadable with chmod is reported', {skip: process.getuid?.() === 0 ? 'running as root, who can read any file; the injected EACCES test covers this' : false}, async () => {
		const {dir, bad} = withBad('locked.md', 'Locked\ntext');
		chmodSync(bad, 0o000);
		const {articles, problems} = await loadArticles([dir]);
		assert.equal(articles.length, 1);
		assert.deepEqual(problems, [{path: bad, reason: 'cannot be read: permission denied'}]);
	});

	test('a symbolic link loop in a folder is reported and the walk ends', async () => {
		const {dir} = withBad('other.md', 'Other\ntext');
		mkdirSync(path.join(dir, 'sub'));
		symlinkSync(dir, path.join(dir, 'sub', 'back-to-top'));
		symlinkSync(path.join(dir, 'self'), path.join(dir, 'self'));
		const {articles, problems} = await loadArticles([dir]);
		assert.equal(articles.length, 2);
		const reasons = Object.fromEntries(problems.map(problem => [path.relative(dir, problem.path), problem.reason]));
		assert.match(reasons['self'] ?? '', /symbolic link that leads back to itself/);
		assert.match(reasons[path.join('sub', 'back-to-top')] ?? '', /link back into a folder already read/);
	});

	test('a folder with no articles and a missing path are reported next to one that loads', async () => {
		const {dir} = withBad('readme.json', '{}');
		const empty = tempFolder();
		const missing = path.join(dir, 'nope.md');
		const {articles, problems} = await loadArticles([empty, missing, path.join(dir, 'good.md')]);
		assert.equal(articles.length, 1);
		assert.deepEqual(problems, [
			{path: empty, reason: 'has no article files in it (.md, .markdown, .txt, .html, .htm, .rss, .atom, .xml)'},
			{path: missing, reason: 'does not exist (no such file or folder)'},
		]);
	});

	test('a file name with escape sequences is shown inert in the problem', async () => {
		const {dir} = withBad('evil\u001B]0;x\u0007.md', '');
		const {problems} = await loadArticles([dir]);
		assert.equal(problems[0]?.path, path.join(dir, 'evil^[]0;x^G.md'));
	});
});

describe('standard input', () => {
	test('a pipe that runs past the size limit is refused with a reason', async () => {
		async function * endless() {
			for (;;) yield new Uint8Array(1024 * 1024);
		}

		const {articles, problems} = await loadArticles(['-'], {readStdin: async () => readLimited(endless(), 64 * 1024 * 1024)});
		assert.deepEqual(articles, []);
		assert.deepEqual(problems, [{path: '-', reason: 'is larger than the limit; riposte reads files up to 64 MB'}]);
	});
});
