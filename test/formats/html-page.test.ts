import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyse} from '../../source/core/analyse.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {tempFolder} from '../io/temp-folder.js';
import {newsPage} from './documents.js';

describe('saved web pages', () => {
	test('a news page gives its article and the page’s own title, outlet, date, author and address', async () => {
		const dir = tempFolder({'nato.html': newsPage});
		const {articles, problems} = await loadArticles([dir]);
		assert.deepEqual(problems, []);
		const [article] = articles;
		assert.equal(article?.title, 'NATO calls China a “decisive enabler” of Russia’s war');
		assert.equal(article?.outlet, 'The Wire');
		assert.equal(article?.published, '2024-07-10', 'the date as the page wrote it, in its own time zone');
		assert.equal(article?.author, 'Jane Roe');
		assert.equal(article?.source, 'https://wire.example/2024/07/nato-china');
		assert.equal(article?.id, 'nato');
		const body = article!.body;
		assert.match(body, /^WASHINGTON — NATO leaders/);
		assert.match(body, /NATO Secretary General Jens Stoltenberg said China “cannot continue/, 'a link is its text');
		assert.match(body, /\n\nBeijing rejects the charge\n\n/, 'a heading is a paragraph of its own');
		for (const furniture of ['Skip to main content', 'Advertisement', 'Home', 'Injected', 'evil', 'Most read', 'cookies', '©', '<p>', '&ldquo;']) {
			assert.ok(!body.includes(furniture), `the body has no ${furniture}`);
		}
	});

	test('the analysis finds the claim and the response in the page', async () => {
		const dir = tempFolder({'nato.htm': newsPage});
		const [article] = (await loadArticles([dir])).articles;
		const analysis = analyse(article!);
		assert.ok(analysis.claims.some(claim => claim.speaker === 'Jens Stoltenberg'), JSON.stringify(analysis.claims.map(claim => claim.speaker)));
		assert.ok(analysis.responses.some(response => response.speaker === 'Lin Jian'), JSON.stringify(analysis.responses.map(response => response.speaker)));
	});

	test('a page with only a <time> element and no meta tags is dated by it; the <title> names it', async () => {
		const page = '<!doctype html><html><head><title>Beijing replies</title></head><body><article><time datetime="2023-02-21T10:00:00Z">21 Feb</time><p>China said the report was false and urged the United States to stop spreading rumours about its trade with Russia, a spokesperson said.</p></article></body></html>';
		const [article] = (await loadArticles([tempFolder({'p.html': page})])).articles;
		assert.equal(article?.published, '2023-02-21');
		assert.equal(article?.title, 'Beijing replies');
		assert.equal(article?.source, null);
	});

	test('a page saved under a .txt name is read as a page', async () => {
		const dir = tempFolder({'saved.txt': newsPage});
		const [article] = (await loadArticles([dir])).articles;
		assert.equal(article?.title, 'NATO calls China a “decisive enabler” of Russia’s war');
		assert.ok(!article?.body.includes('<'));
	});

	test('a page in windows-1252, as its <meta charset> says, is decoded in it', async () => {
		const text = '<html><head><meta charset="windows-1252"><title>Caf\u00e9 talks</title></head><body><article><p>\u201cWe oppose it,\u201d the minister said in the caf\u00e9 in Beijing on Tuesday, according to the ministry\u2019s statement that was published later.</p></article></body></html>';
		const bytes = Buffer.from(Array.from(text, char => ({'\u201c': 0x93, '\u201d': 0x94, '\u2019': 0x92}[char] ?? char.charCodeAt(0))));
		const {articles, problems} = await loadArticles([tempFolder({'cp.html': bytes})]);
		assert.deepEqual(problems, []);
		assert.equal(articles[0]?.title, 'Café talks');
		assert.match(articles[0]!.body, /^“We oppose it,” the minister said in the café/);
	});

	test('escape sequences in a page’s text and title are inert', async () => {
		const page = '<html><head><title>T\u001b]0;x\u0007</title></head><body><article><p>China \u001b[2Jsaid &#x1b;[31m the claims were false, a spokesperson told reporters in Beijing on Monday afternoon.</p></article></body></html>';
		const [article] = (await loadArticles([tempFolder({'esc.html': page})])).articles;
		assert.ok(isTerminalSafe(article!.title + article!.body + (article!.author ?? '')));
		assert.match(article!.body, /\^\[\[2J/);
	});
});

describe('hostile pages', () => {
	test('a page over the size limit is refused by name, and the other files load', async () => {
		const huge = `<html><body><article>${'<p>China said the accusation was groundless.</p>'.repeat(200_000)}</article></body></html>`;
		const dir = tempFolder({'huge.html': huge, 'good.md': '# Good\n\nText.'});
		const {articles, problems} = await loadArticles([dir]);
		assert.deepEqual(articles.map(article => article.title), ['Good']);
		assert.equal(problems.length, 1);
		assert.match(problems[0]!.path, /huge\.html$/);
		assert.match(problems[0]!.reason, /is a web page of \d+ MB; riposte reads pages up to 8 MB/);
	});

	test('a page nested 50,000 elements deep is read as its whole text with a notice', async () => {
		const deep = `<html><body>${'<div>'.repeat(50_000)}<p>China denied the report, a spokesperson said on Monday in Beijing.</p>${'</div>'.repeat(50_000)}</body></html>`;
		const dir = tempFolder({'deep.html': deep, 'good.md': '# Good\n\nText.'});
		const {articles, problems} = await loadArticles([dir]);
		assert.ok(articles.some(article => article.title === 'Good'));
		const page = articles.find(article => article.path.endsWith('deep.html'));
		if (page) assert.match(page.body, /China denied the report/);
		else assert.fail('the deep page is refused');
		assert.match(problems.find(problem => problem.path.endsWith('deep.html'))!.reason, /nested more than 400 elements deep/);
		for (const problem of problems) assert.ok(problem.reason.length < 300, problem.reason);
	});

	test('a page of 5,000 scripts and no article says it found none and shows no script', async () => {
		const page = `<html><body>${'<script>document.write("x"); fetch("https://evil.example")</script>'.repeat(5000)}<p>Menu</p><p>China said the report was false.</p></body></html>`;
		const {articles, problems} = await loadArticles([tempFolder({'scripts.html': page})]);
		assert.equal(articles.length, 1);
		assert.ok(!articles[0]!.body.includes('document.write'));
		assert.match(articles[0]!.body, /China said the report was false\./);
		assert.ok(problems.every(problem => problem.level === 'warning'));
	});

	test('a page with no text at all is refused with a reason', async () => {
		const {articles, problems} = await loadArticles([tempFolder({'empty.html': '<html><body><script>x()</script></body></html>', 'good.md': '# Good\n\nText.'})]);
		assert.equal(articles.length, 1);
		assert.match(problems[0]!.reason, /is a web page with no text in it/);
	});
});
