import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {loadArticles} from '../../source/io/load-articles.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {tempFolder} from '../io/temp-folder.js';
import {atomFeed, jsonFeed, rssFeed} from './documents.js';

describe('feeds', () => {
	test('RSS 2.0: one article per item, full content when there is one, the feed title as outlet', async () => {
		const {articles, problems} = await loadArticles([tempFolder({'wire.rss': rssFeed})]);
		assert.equal(articles.length, 2);
		const full = articles.find(article => article.source === 'https://wire.example/a')!;
		assert.equal(full.title, 'NATO says China enables Russia’s war');
		assert.equal(full.outlet, 'Wire World');
		assert.equal(full.published, '2024-07-10');
		assert.equal(full.author, 'Jane Roe');
		assert.deepEqual(full.tags, ['China', 'NATO']);
		assert.equal(full.body, 'NATO Secretary General Jens Stoltenberg said China was a “decisive enabler” of Russia’s war.\n\nLin Jian, a Chinese Foreign Ministry spokesperson, said China firmly opposes the accusation.');
		const summary = articles.find(article => article.source === 'https://wire.example/b')!;
		assert.equal(summary.body, 'Summary from the feed; the full article is at https://wire.example/b.\n\nChina’s foreign ministry denied the claims.');
		assert.equal(summary.published, '2024-07-11');
		assert.ok(isTerminalSafe(summary.title), 'an escape in an item title is inert');
		assert.deepEqual(new Set(articles.map(article => article.id)), new Set(['wire-1', 'wire-2']));
		assert.equal(problems.length, 1);
		assert.match(problems[0]!.reason, /1 of 2 items carries only a summary/);
	});

	test('Atom: content, else the summary marked as one; item dates and authors', async () => {
		const {articles} = await loadArticles([tempFolder({'atom.xml': atomFeed})]);
		const [first, second] = [...articles].sort((a, b) => a.title.localeCompare(b.title));
		assert.equal(second?.title, 'Allies press China');
		assert.equal(second?.body, 'The allies said China must stop supplying Russia.');
		assert.equal(second?.published, '2024-07-09');
		assert.equal(second?.author, 'Ann Lee');
		assert.equal(second?.outlet, 'Atom Wire');
		assert.equal(first?.title, 'A summary only');
		assert.match(first!.body, /^Summary from the feed; the full article is at https:\/\/atom\.example\/2\.\n\nOnly this summary\.$/);
	});

	test('JSON Feed, named on the command line as .json', async () => {
		const dir = tempFolder({'feed.json': jsonFeed});
		const {articles, problems} = await loadArticles([`${dir}/feed.json`]);
		assert.deepEqual(problems, []);
		assert.equal(articles[0]?.title, 'China responds');
		assert.equal(articles[0]?.outlet, 'JSON Wire');
		assert.equal(articles[0]?.author, 'Q. Writer');
		assert.equal(articles[0]?.body, 'China said the accusation was groundless.\n\nIt urged NATO to stop.');
	});

	test('a feed piped to standard input is read as a feed', async () => {
		const {articles} = await loadArticles(['-'], {readStdin: async () => Buffer.from(rssFeed)});
		assert.equal(articles.length, 2);
	});

	test('XML that is no feed is refused with the fix, and the rest loads', async () => {
		const {articles, problems} = await loadArticles([tempFolder({'sitemap.xml': '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', 'good.md': '# Good\n\nText.'})]);
		assert.equal(articles.length, 1);
		assert.match(problems[0]!.reason, /is not a feed riposte can read .*riposte reads RSS, Atom and JSON Feed/);
	});
});

describe('hostile feeds', () => {
	test('a feed of 10,000 items reads the first 1,000, says so, and loses nothing else', async () => {
		const items = Array.from({length: 10_000}, (_, index) => `<item><title>Item ${index}</title><link>https://x.example/${index}</link><description>China said item ${index} was false.</description><content:encoded><![CDATA[<p>China said item ${index} was false.</p>]]></content:encoded></item>`).join('');
		const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title>${items}</channel></rss>`;
		const {articles, problems} = await loadArticles([tempFolder({'big.rss': feed, 'good.md': '# Good\n\nText.'})]);
		assert.equal(articles.length, 1001);
		assert.ok(articles.some(article => article.title === 'Good'));
		assert.ok(problems.some(problem => /has 10,000 items; the first 1,000 are read/.test(problem.reason)));
	});

	test('an entity bomb in a feed is not expanded into memory', async () => {
		const entities = ['<!ENTITY a "aaaaaaaaaa">', ...Array.from({length: 9}, (_, index) => `<!ENTITY ${String.fromCharCode(98 + index)} "${`&${String.fromCharCode(97 + index)};`.repeat(10)}">`)].join('');
		const feed = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>Bomb</title><item><title>&j;</title><description>&j;</description></item></channel></rss>`;
		const {articles, problems} = await loadArticles([tempFolder({'bomb.rss': feed, 'good.md': '# Good\n\nText.'})]);
		assert.ok(articles.some(article => article.title === 'Good'));
		const bomb = articles.find(article => article.path.endsWith('bomb.rss'));
		assert.ok(!bomb || bomb.body.length < 1_000_000, 'not expanded to 10^10 characters');
		assert.ok(bomb || problems.some(problem => problem.path.endsWith('bomb.rss')));
	});
});
