// A large article analysed elsewhere (the CLI's worker): the reader shows progress in the side
// pane, keeps answering keys while the analysis is pending, draws the claims when it arrives, and
// cancels a request no longer wanted (another article opened, the reader unmounted).
import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import type {Analysis, Article} from '../../source/core/types.js';
import type {BackgroundAnalyse} from '../../source/ui/use-open-analysis.js';
import {sizeLabel} from '../../source/ui/use-open-analysis.js';
import {threeArticles} from './articles-fixture.js';
import {keys, renderApp, until} from './render-app.js';

afterEach(cleanup);

/** A background analyser for the articles `wanted` names, settled only when a test says so. */
function controlled(wanted: string[]) {
	const requests: Array<{id: string; resolve: (a: Analysis) => void; cancelled: boolean}> = [];
	const background: BackgroundAnalyse = {
		wants: (article: Article) => wanted.includes(article.id),
		run(article) {
			const request = {id: article.id, resolve: (_: Analysis) => undefined as void, cancelled: false};
			const result = new Promise<Analysis>(resolve => {
				request.resolve = resolve;
			});
			requests.push(request);
			return {result, cancel() {
				request.cancelled = true;
			}};
		},
	};
	return {background, requests};
}

describe('an analysis made in the background', () => {
	test('the side pane says how big the article is while it waits, keys work meanwhile, and the claims come when it arrives', async () => {
		const fixture = threeArticles();
		const {background, requests} = controlled(['a1']);
		const app = await renderApp({...fixture, background});
		await until(() => requests.length === 1);
		assert.equal(requests[0]?.id, 'a1');
		// Not analysed inline: the reader only asked.
		assert.deepEqual(app.analysed, []);
		const a1 = fixture.articles.find(a => a.id === 'a1')!;
		assert.match(app.frame(), new RegExp(`Finding claims… \\(${sizeLabel(a1.body.length)}\\)`));
		// Keys are handled while the analysis is pending: the list cursor moves and focus changes.
		const before = app.frame();
		await app.press('j');
		assert.notEqual(app.frame(), before);
		await app.press(keys.tab);
		assert.match(app.frame(), /Finding claims…/);
		// The analysis arrives: the counts replace the progress line.
		requests[0]!.resolve(fixture.analyses.find(a => a.articleId === 'a1')!);
		await until(() => /2 claims · 1 answered/.test(app.frame()));
		assert.match(app.frame(), /2 claims · 1 answered/);
		assert.doesNotMatch(app.frame(), /Finding claims…/);
		assert.equal(requests.length, 1);
		assert.equal(requests[0]?.cancelled, false);
	});

	test('opening another article cancels the pending request, and the small one is analysed inline', async () => {
		const fixture = threeArticles();
		const {background, requests} = controlled(['a1']);
		const app = await renderApp({...fixture, background});
		await until(() => requests.length === 1);
		// The list is newest first: a1, b2, c3. Move to b2 and open it.
		await app.press('j', keys.enter);
		await until(() => requests[0]!.cancelled);
		assert.equal(requests[0]?.cancelled, true);
		assert.ok(app.analysed.includes('b2'), `analysed inline: ${app.analysed.join(', ')}`);
		assert.doesNotMatch(app.frame(), /Finding claims…/);
	});

	test('quitting while an analysis is pending cancels it and exits', async () => {
		const fixture = threeArticles();
		const {background, requests} = controlled(['a1']);
		let exited = false;
		const app = await renderApp({...fixture, background, onExit() {
			exited = true;
		}});
		await until(() => requests.length === 1);
		await app.press('q');
		await until(() => exited && requests[0]!.cancelled);
		assert.equal(exited, true);
		assert.equal(requests[0]?.cancelled, true);
	});
});
