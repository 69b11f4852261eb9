import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyse} from '../../source/core/analyse.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {datelineDate} from '../../source/text/dateline.js';
import {isPageChrome} from '../../source/text/page-chrome.js';
import {tempFolder} from '../io/temp-folder.js';
import {browserCopy} from './documents.js';

describe('text copied from a browser', () => {
	test('page furniture goes, the headline is the title, the dateline the date', async () => {
		const {articles, problems} = await loadArticles([tempFolder({'copied.txt': browserCopy})]);
		assert.deepEqual(problems, []);
		const [article] = articles;
		assert.equal(article?.title, 'NATO allies call China a ‘key enabler’ of Russia’s war');
		assert.equal(article?.published, '2024-07-09');
		assert.equal(article?.body, 'Updated 9:30 AM EDT, July 9, 2024\n\nNATO leaders said China was a “decisive enabler” of Russia’s war against Ukraine.\n\nLin Jian, a Chinese Foreign Ministry spokesperson, said the accusations were groundless.');
		const analysis = analyse(article!);
		for (const statement of [...analysis.claims, ...analysis.responses]) assert.ok(!/Advertisement/.test(statement.role ?? ''));
	});

	test('a date in the front matter wins over a dateline', async () => {
		const [article] = (await loadArticles([tempFolder({'a.md': '---\npublished: 2024-07-11\n---\n# T\n\nUpdated July 9, 2024\n\nText.'})])).articles;
		assert.equal(article?.published, '2024-07-11');
	});

	// [line, is furniture]
	const lines: Array<[string, boolean]> = [
		['Skip to main content', true],
		['Advertisement', true],
		['ADVERTISEMENT', true],
		['Share', true],
		['Listen to this article', true],
		['Listen to this article · 5 min', true],
		['5 min read', true],
		['Menu', true],
		['By Jane Roe and John Doe', true],
		['We use cookies to improve your experience. By continuing you accept our policy.', true],
		['Accept all cookies', true],
		['More.', false],
		['Share prices fell in Shanghai on Monday.', false],
		['By Tuesday, the ministry had replied.', false],
		['We use the word “cookies” here only as an example, said the minister.', false],
		['NATO leaders met in Washington.', false],
	];
	for (const [line, expected] of lines) {
		test(`${expected ? 'drops' : 'keeps'} ${JSON.stringify(line)}`, () => {
			assert.equal(isPageChrome(line), expected);
		});
	}

	// [line, date]
	const datelines: Array<[string, string | null]> = [
		['Updated 9:30 AM EDT, July 9, 2024', '2024-07-09'],
		['Published 10 July 2024', '2024-07-10'],
		['July 9, 2024 at 4:05 p.m. ET', '2024-07-09'],
		['Wednesday, 10 July 2024 14:00 BST', '2024-07-10'],
		['On July 9, 2024 NATO leaders met in Washington.', null],
		['Feb 30, 2024', null],
	];
	for (const [line, date] of datelines) {
		test(`dateline ${JSON.stringify(line)} → ${date}`, () => {
			assert.equal(datelineDate(line), date);
		});
	}
});
