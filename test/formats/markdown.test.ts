import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyse} from '../../source/core/analyse.js';
import {markdownToText} from '../../source/formats/markdown-text.js';
import path from 'node:path';
import {loadArticles} from '../../source/io/load-articles.js';
import {openLibrary} from '../../source/io/open-library.js';
import {toAnalysisExport} from '../../source/report/export-json.js';
import {tempFolder} from '../io/temp-folder.js';
import {hugoPost} from './documents.js';

describe('Markdown read as Markdown', () => {
	test('links are their text, emphasis its words, headings their own paragraph, images and HTML tags gone', () => {
		const text = markdownToText('# A *big* [headline](https://x)\n\nNATO Secretary General [Mark Rutte](https://nato.int "NATO") said **this** and `that`.\n![photo](p.jpg)\n\n- one\n- two &amp; three\n\n> quoted <span>words</span>\n\n[ref]: https://example.com');
		assert.equal(text, 'A big headline\n\nNATO Secretary General Mark Rutte said this and that.\n\n• one\n\n• two & three\n\nquoted words');
	});

	test('prose with no Markdown in it is kept byte for byte (a bracketed [word] is no link)', () => {
		const prose = 'He said “we did [adapt]”, officials added.\nA second line.\n\n\nAnother paragraph.';
		assert.equal(markdownToText(prose), prose);
	});

	test('a Hugo post: front matter fields, the Markdown link no longer hides the speaker', async () => {
		const dir = tempFolder({'post.md': hugoPost});
		const {articles, problems} = await loadArticles([dir]);
		assert.deepEqual(problems, []);
		const [article] = articles;
		assert.equal(article?.title, 'NATO singles out China');
		assert.equal(article?.published, '2024-07-10');
		assert.equal(article?.author, 'Jane Roe');
		assert.deepEqual(article?.tags, ['China', 'NATO']);
		assert.equal(article?.body, 'NATO Secretary General Mark Rutte said China is a decisive enabler of the war.\n\nBeijing\'s answer\n\nA Chinese Foreign Ministry spokesperson, Lin Jian, said the claim was groundless.');
		const analysis = analyse(article!);
		assert.ok(analysis.claims.some(claim => claim.speaker === 'Mark Rutte'), JSON.stringify(analysis.claims));
	});

	test('the export’s offsets point into the plain body', async () => {
		const dir = tempFolder({'post.md': hugoPost});
		const [article] = (await loadArticles([dir])).articles;
		const [exported] = toAnalysisExport([{article: article!, analysis: analyse(article!)}]).articles;
		assert.equal(exported?.author, 'Jane Roe');
		assert.deepEqual(exported?.tags, ['China', 'NATO']);
		for (const item of [...exported!.claims, ...exported!.responses, ...exported!.entities]) {
			assert.equal(exported!.body.slice(item.start, item.end), item.text);
		}

		assert.ok(!exported!.body.includes('](') && !exported!.body.includes('**'));
	});

	test('the reader’s list (from heads) has the fields the full read has: inline Markdown in a heading, a dateline', async () => {
		const dir = tempFolder({
			'h.md': `# The *real* [title](x)\n\n${'Text. '.repeat(5000)}`,
			'copied.txt': `Skip to main content\nA Copied Headline\nUpdated 9:30 AM EDT, July 9, 2024\n\n${'China said the claim was false. '.repeat(500)}`,
		});
		const full = (await loadArticles([dir])).articles;
		const listed = (await openLibrary([dir], {version: 'test', indexFile: path.join(tempFolder(), 'heads.tsv')})).articles;
		const fields = (articles: typeof full) => articles.map(({id, title, published}) => ({id, title, published}));
		assert.deepEqual(fields(listed), fields(full));
		assert.deepEqual(fields(full).map(article => [article.title, article.published]).sort(), [['A Copied Headline', '2024-07-09'], ['The real title', null]]);
	});

	test('TOML front matter (+++) is read', async () => {
		const dir = tempFolder({'toml.md': '+++\ntitle = "From TOML"\ndate = 2024-07-10\n+++\n\nBody.'});
		const [article] = (await loadArticles([dir])).articles;
		assert.equal(article?.title, 'From TOML');
		assert.equal(article?.published, '2024-07-10');
	});

	test('a wrong-typed front-matter value is named and dropped; the file still loads', async () => {
		const dir = tempFolder({'bad.md': '---\ntitle: [not, text]\ndate: 2024-07-10\n---\n\n# Heading Title\n\nBody.'});
		const {articles, problems} = await loadArticles([dir]);
		assert.equal(articles[0]?.title, 'Heading Title');
		assert.equal(articles[0]?.published, '2024-07-10');
		assert.match(problems[0]!.reason, /front matter "title" is a list; riposte expects text; ignored/);
		assert.equal(problems[0]!.level, 'warning');
	});
});

describe('hostile Markdown', () => {
	// [what, text]: markup the parser would take minutes or a deep recursion on.
	const hostile: Array<[string, string]> = [
		['20,000 stars around a word', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`],
		['quotes nested 10,000 deep', `${'>'.repeat(10_000)} x`],
		['a list nested 700 deep', Array.from({length: 700}, (_, index) => `${' '.repeat(index * 2)}- x`).join('\n')],
		['a 600 KB file', 'China said *no*.\n\n'.repeat(40_000)],
	];
	for (const [what, text] of hostile) {
		test(`${what}: shown as written with a notice; the other files load`, async () => {
			const dir = tempFolder({'bad.md': `# Hostile\n\n${text}`, 'good.md': '# Good\n\nText.'});
			const {articles, problems} = await loadArticles([dir]);
			assert.deepEqual(articles.map(article => article.title).sort(), ['Good', 'Hostile']);
			const notice = problems.find(problem => problem.path.endsWith('bad.md'));
			assert.equal(notice?.level, 'warning');
			assert.match(notice!.reason, /shown as written/);
		});
	}
});
