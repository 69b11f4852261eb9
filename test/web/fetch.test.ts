import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fetchUrl} from '../../source/web/fetch-url.js';
import {resolveInputs} from '../../source/web/fetch-inputs.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {tempFolder} from '../io/temp-folder.js';
import {newsPage, rssFeed} from '../formats/documents.js';
import {serve, startServer} from './server.js';

const limits = {timeoutMs: 2000, maxBytes: 1024 * 1024, maxRedirects: 5};

describe('fetching addresses', async () => {
	const {base} = await startServer({
		'/page': serve('text/html; charset=utf-8', newsPage),
		'/feed': serve('application/rss+xml', rssFeed),
		'/feed-as-xml': serve('application/xml', rssFeed),
		'/pdf': serve('application/pdf', '%PDF-1.4'),
		'/json': serve('application/json', '{"a": 1}'),
		'/big': serve('text/html', `<html><body>${'x'.repeat(2 * 1024 * 1024)}</body></html>`),
		'/latin': serve('text/html; charset=windows-1252', Buffer.from('<html><head><title>Caf\xe9</title></head><body><article><p>The minister said in the caf\xe9 that China rejects the report, which was published on Monday in full.</p></article></body></html>', 'latin1')),
		'/slow'() {}, // Never answers.
		'/loop'(_request, response) {
			response.writeHead(302, {location: '/loop'});
			response.end();
		},
		...Object.fromEntries(Array.from({length: 5}, (_, index) => [`/hop${index}`, (_request: unknown, response: import('node:http').ServerResponse) => {
			response.writeHead(301, {location: index === 4 ? '/page' : `/hop${index + 1}`});
			response.end();
		}])),
		'/to-file'(_request, response) {
			response.writeHead(302, {location: 'file:///etc/passwd'});
			response.end();
		},
	});

	test('a page is fetched by its content type', async () => {
		const fetched = await fetchUrl(`${base}/page`, limits);
		assert.equal(fetched.kind, 'html');
		assert.equal(fetched.charset, 'utf-8');
		assert.equal(fetched.url, `${base}/page`);
	});

	test('five redirects are followed; the address it ended at is kept', async () => {
		const fetched = await fetchUrl(`${base}/hop0`, limits);
		assert.equal(fetched.url, `${base}/page`);
	});

	// [path, reason]
	const failures: Array<[string, RegExp]> = [
		['/loop', /was redirected more than 5 times \(a redirect loop\?\); nothing was read/],
		['/missing', /answered 404 Not Found; nothing was read/],
		['/pdf', /is application\/pdf, not a web page, feed or text/],
		['/big', /is larger than 1 MB; riposte fetches pages and feeds up to that size/],
		['/slow', /did not answer within 2 seconds/],
		['/to-file', /redirects to file:, which riposte does not fetch/],
	];
	for (const [where, reason] of failures) {
		test(`${where} fails with a reason`, async () => {
			await assert.rejects(fetchUrl(`${base}${where}`, limits), reason);
		});
	}

	test('only http and https are fetched; a refused connection is named', async () => {
		await assert.rejects(fetchUrl('ftp://example.com/x', limits), /is a ftp: address; riposte fetches only http and https addresses/);
		await assert.rejects(fetchUrl('file:///etc/passwd', limits), /only http and https/);
		await assert.rejects(fetchUrl('http://127.0.0.1:9/', limits), /refused the connection|could not be fetched/);
	});

	test('a page and a feed are kept in the library as Markdown with front matter; failures name the address; paths stay', async () => {
		const library = tempFolder();
		const other = tempFolder({'mine.md': '# Mine\n\nText.'});
		const when = new Date('2026-01-02T03:04:05Z');
		const resolved = await resolveInputs([`${base}/page`, path.join(other, 'mine.md'), `${base}/feed`, `${base}/loop`], {libraryDir: library, limits, now: () => when});
		assert.equal(resolved.paths.length, 4, 'one page, one path, two feed items');
		assert.equal(resolved.paths[1], path.join(other, 'mine.md'));
		assert.equal(readdirSync(library).length, 3);
		const loop = resolved.problems.find(problem => problem.path === `${base}/loop`);
		assert.match(loop!.reason, /redirect loop/);
		const page = readFileSync(resolved.paths[0]!, 'utf8');
		assert.match(page, /^---\ntitle: NATO calls China a “decisive enabler” of Russia’s war\noutlet: The Wire\npublished: 2024-07-10\nauthor: Jane Roe\nsource: https:\/\/wire\.example\/2024\/07\/nato-china\nfetched: 2026-01-02T03:04:05\.000Z\n---\n/);
		// Read back from the library, it is the article as fetched: same body, same fields.
		const [kept] = (await loadArticles([resolved.paths[0]!])).articles;
		const [direct] = (await loadArticles([tempFolder({'p.html': newsPage})])).articles;
		assert.equal(kept?.body, direct?.body);
		assert.equal(kept?.title, direct?.title);
		assert.equal(kept?.source, direct?.source);
		// Offline, `riposte` with no paths reads the bundled articles and the library.
		const all = await loadArticles([], {libraryDir: library});
		assert.equal(all.articles.length, 5 + 3);
		assert.deepEqual(all.problems, []);
	});

	test('fetching the same address again replaces its file instead of adding one', async () => {
		const library = tempFolder();
		await resolveInputs([`${base}/page`], {libraryDir: library, limits});
		await resolveInputs([`${base}/page`], {libraryDir: library, limits});
		assert.equal(readdirSync(library).length, 1);
	});

	test('a feed served as application/xml is found by its content; a JSON that is no feed is refused', async () => {
		const library = tempFolder();
		const resolved = await resolveInputs([`${base}/feed-as-xml`, `${base}/json`], {libraryDir: library, limits});
		assert.equal(resolved.paths.length, 2);
		assert.match(resolved.problems.find(problem => problem.path.endsWith('/json'))!.reason, /neither a web page nor a feed/);
	});

	test('the charset in the Content-Type header decodes the page', async () => {
		const library = tempFolder();
		const resolved = await resolveInputs([`${base}/latin`], {libraryDir: library, limits});
		const [article] = (await loadArticles(resolved.paths)).articles;
		assert.equal(article?.title, 'Café');
		assert.match(article!.body, /in the café/);
	});
});
