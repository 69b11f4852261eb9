import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {loadArticles} from '../../source/io/load-articles.js';
import {baseOf, safeName} from '../../source/io/read-file.js';
import {parseHead} from '../../source/io/head-parse.js';
import {sanitizeLine} from '../../source/text/sanitize.js';
import {bundledArticlesDir} from '../../source/io/bundled.js';
import {tempFolder} from './temp-folder.js';

const folder = tempFolder;

describe('loadArticles formats', () => {
	test('reads Markdown front matter into the article fields', async () => {
		const dir = folder({'a.md': '---\ntitle: "The Title"\noutlet: Wire\npublished: 2024-01-02\nsource: orig.txt\n---\nThe Title\n\nBody text.\n'});
		const {articles, problems} = await loadArticles([dir]);
		assert.deepEqual(problems, []);
		assert.deepEqual(articles, [
			{id: 'a', path: path.join(dir, 'a.md'), title: 'The Title', outlet: 'Wire', published: '2024-01-02', source: 'orig.txt', body: 'Body text.'},
		]);
	});

	test('takes the first # heading as the title of Markdown without front matter', async () => {
		const dir = folder({'b.markdown': 'Kicker line\n\n# Real Heading #\n\nText.'});
		const [article] = (await loadArticles([dir])).articles;
		assert.equal(article?.title, 'Real Heading');
		assert.equal(article?.outlet, null);
		assert.equal(article?.published, null);
	});

	test('takes the first non-empty line of a .txt file as its title and drops it from the body', async () => {
		const dir = folder({'c.txt': '\n\n  A Plain Title  \nFirst paragraph.\n'});
		const [article] = (await loadArticles([dir])).articles;
		assert.equal(article?.title, 'A Plain Title');
		assert.equal(article?.body, 'First paragraph.');
	});

	test('reads a .txt file that starts with --- as text, not front matter', async () => {
		const dir = folder({'d.txt': '---\ntitle: not front matter\n'});
		const [article] = (await loadArticles([dir])).articles;
		assert.equal(article?.title, '---');
	});

	test('a .txt file that starts with +++ or --- front matter is read as text, with a notice naming the file', async () => {
		for (const [name, text] of [['toml.txt', '+++\ntitle = "T"\ndate = 2024-07-10\n+++\nNATO said China must stop.\n'], ['yaml.txt', '---\ntitle: T\n---\nNATO said China must stop.\n']] as const) {
			const dir = folder({[name]: text});
			const {articles, problems} = await loadArticles([dir]);
			assert.match(articles[0]!.body, /NATO said China must stop/);
			assert.deepEqual(problems.map(problem => problem.path), [path.join(dir, name)]);
			assert.match(problems[0]!.reason, /front matter, which riposte reads in \.md files only/);
			const head = parseHead(Buffer.from(text), true, 'text');
			assert.deepEqual(head && 'head' in head ? head.head.warnings : null, [problems[0]!.reason], 'the listed head gives the same notice');
		}
	});

	test('a .txt file whose first line is a rule of dashes gets no front matter notice', async () => {
		const dir = folder({'rule.txt': '---\nA line of prose.\n---\nMore prose.\n'});
		assert.deepEqual((await loadArticles([dir])).problems, []);
	});

	test('walks folders recursively for article files only, skipping hidden folders, and says what it skipped', async () => {
		const dir = folder({
			'top.md': 'Top\n\ntext',
			'sub/deeper/low.TXT': 'Low\ntext',
			'sub/notes.json': '{}',
			'.DS_Store': 'x',
			'.git/hidden.md': 'Hidden\ntext',
		});
		const {articles, problems} = await loadArticles([dir]);
		assert.equal(problems.length, 1);
		assert.equal(problems[0]?.path, dir);
		assert.equal(problems[0]?.level, 'warning');
		assert.match(problems[0]!.reason, /^skipped 1 file that is not an article file \(sub\/notes\.json\): in folders riposte reads \.md, .*name a file on the command line/);
		assert.deepEqual(articles.map(article => article.id).sort(), ['low', 'top']);
	});

	test('reads a file named explicitly whatever its extension', async () => {
		const dir = folder({'notes.text': 'Named Explicitly\nbody'});
		const {articles} = await loadArticles([path.join(dir, 'notes.text')]);
		assert.equal(articles[0]?.title, 'Named Explicitly');
	});

	test('reads one article from stdin for -', async () => {
		const {articles, problems} = await loadArticles(['-'], {readStdin: async () => Buffer.from('---\ntitle: Piped\n---\nFrom a pipe.')});
		assert.deepEqual(problems, []);
		assert.equal(articles[0]?.title, 'Piped');
		assert.equal(articles[0]?.path, '-');
		assert.match(articles[0]?.id ?? '', /^stdin-[\da-f]{8}$/);
	});

	test('reports a second - instead of reading stdin twice', async () => {
		const {articles, problems} = await loadArticles(['-', '-'], {readStdin: async () => Buffer.from('T\nx')});
		assert.equal(articles.length, 1);
		assert.match(problems[0]?.reason ?? '', /more than once/);
	});
});

describe('loadArticles order and ids', () => {
	test('sorts newest first, undated last, then by title', async () => {
		const fm = (title: string, date: string) => `---\ntitle: ${title}\npublished: ${date}\n---\ntext`;
		const dir = folder({'1.md': fm('Old', '2020-01-01'), '2.md': fm('Undated', ''), '3.md': fm('B New', '2024-05-05'), '4.md': fm('A New', '2024-05-05')});
		const {articles} = await loadArticles([dir]);
		assert.deepEqual(articles.map(article => article.title), ['A New', 'B New', 'Old', 'Undated']);
	});

	test('gives duplicate file names distinct, stable ids', async () => {
		const dir = folder({'x/same.md': 'One\na', 'y/same.txt': 'Two\nb', 'same-2.md': 'Three\nc'});
		const first = await loadArticles([dir]);
		const second = await loadArticles([path.join(dir, 'y'), path.join(dir, 'x'), path.join(dir, 'same-2.md')]);
		const ids = (result: typeof first) => Object.fromEntries(result.articles.map(article => [article.title, article.id]));
		assert.deepEqual(ids(first), {One: 'same', Two: 'same-3', Three: 'same-2'});
		assert.deepEqual(ids(second), ids(first));
	});

	test('loads a file reached twice only once', async () => {
		const dir = folder({'a.md': 'A\ntext'});
		const {articles} = await loadArticles([dir, path.join(dir, 'a.md')]);
		assert.equal(articles.length, 1);
	});
});

describe('bundled articles', () => {
	test('no paths loads the bundled articles folder, found from the program file not the working directory', async () => {
		const cwd = process.cwd();
		process.chdir(tmpdir());
		try {
			const {articles, problems} = await loadArticles([]);
			assert.deepEqual(problems, []);
			assert.equal(articles.length, 5);
		} finally {
			process.chdir(cwd);
		}
	});

	test('resolves ../articles next to a built dist/cli.js', () => {
		const root = path.resolve(bundledArticlesDir(), '..');
		assert.equal(bundledArticlesDir(`file://${path.join(root, 'dist', 'cli.js')}`), path.join(root, 'articles'));
	});
});

describe('formats found in a folder', () => {
	// [file name, format it is read in]: the extension decides, in any case.
	const cases: Array<[string, 'markdown' | 'text']> = [['a.md', 'markdown'], ['b.MD', 'markdown'], ['c.Markdown', 'markdown'], ['d.txt', 'text'], ['e.TXT', 'text'], ['f.Txt', 'text']];
	for (const [name, format] of cases) {
		test(`${name} in a folder is read as ${format}`, async () => {
			const dir = folder({[name]: '# Heading\n\nBody.'});
			const [article] = (await loadArticles([dir])).articles;
			assert.equal(article?.title, format === 'markdown' ? 'Heading' : '# Heading');
		});
	}
});

describe('paths of files found in a folder', () => {
	test('are what path.join gives, however the folder is written', async () => {
		const dir = folder({'sub/a.md': '# A\ntext', 'sub/b.txt': 'B\ntext'});
		const cwd = process.cwd();
		process.chdir(dir);
		try {
			for (const spelling of ['sub', 'sub/', './sub', 'sub/../sub', `${dir}/sub`, `${dir}//sub/`, '.']) {
				const {articles} = await loadArticles([spelling]);
				const expected = spelling === '.' ? ['sub/a.md', 'sub/b.txt'].map(name => path.join('.', name)) : ['a.md', 'b.txt'].map(name => path.join(spelling, name));
				assert.deepEqual(articles.map(article => article.path).sort(), expected.sort(), spelling);
			}
		} finally {
			process.chdir(cwd);
		}
	});
});

describe('names shown for files', () => {
	// Every kind of text sanitizeLine changes, and plain names it leaves alone.
	const names = ['/news/plain-name_1.md', 'with space.txt', 'tab\there.md', 'line\nend.md', 'esc\u001B[31m.md', 'del\u007F.md', 'c1\u0085.md', 'bidi\u202Eevil.md', 'zero\u200Bwidth.md', 'ünïcode.md', '中文.md', 'emoji😀.md', 'lone\uD800.md', ''];
	for (const name of names) {
		test(`safeName gives what sanitizeLine gives for ${JSON.stringify(name)}`, () => {
			assert.equal(safeName(name), sanitizeLine(name));
		});
	}

	test('the id base of a file with an odd name is display-safe', () => {
		assert.equal(baseOf('/news/esc\u001B[31m.MD'), 'esc^[[31m');
	});
});

describe('an address typed without its scheme', () => {
	test('is named as missing, with how to fetch it', async () => {
		const {problems} = await loadArticles(['wire.example/2024/07/nato-china']);
		assert.equal(problems[0]?.reason, 'does not exist (no such file or folder); to fetch a web page, give its full address: https://wire.example/2024/07/nato-china');
	});

	test('a missing file name is only missing', async () => {
		const {problems} = await loadArticles(['no-such-file.md']);
		assert.equal(problems[0]?.reason, 'does not exist (no such file or folder)');
	});
});
