import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import {threeArticles} from './articles-fixture.js';
import {renderApp} from './render-app.js';

afterEach(cleanup);

describe('o opens the article’s web address', () => {
	test('with an http(s) source: the side pane shows it and o hands it to the opener, once a press', async () => {
		const fixture = threeArticles();
		const articles = fixture.articles.map(article => (article.id === 'a1' ? {...article, source: 'https://wire.example/a1'} : article));
		const opened: string[] = [];
		const app = await renderApp({...fixture, articles, onOpenUrl: url => opened.push(url)});
		assert.match(app.frame(), /o https:\/\/wire\.example\/a1/);
		await app.press('o');
		assert.deepEqual(opened, ['https://wire.example/a1']);
		assert.match(app.frame(), /Opening https:\/\/wire\.example\/a1 in the browser/);
		await app.press('o');
		assert.deepEqual(opened, ['https://wire.example/a1', 'https://wire.example/a1']);
	});

	test('without one: nothing is opened and the status line says why', async () => {
		const opened: string[] = [];
		const app = await renderApp({...threeArticles(), onOpenUrl: url => opened.push(url)});
		await app.press('o');
		assert.deepEqual(opened, []);
		assert.match(app.frame(), /This article has no web address to open/);
	});
});
