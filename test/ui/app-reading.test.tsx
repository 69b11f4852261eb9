import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import {linesWith, threeArticles} from './articles-fixture.js';
import {keys, renderApp, until} from './render-app.js';

afterEach(cleanup);

describe('reading an article', () => {
	test('the list shows title, outlet, date and age, newest first', async () => {
		const app = await renderApp(threeArticles());
		const frame = app.frame();
		assert.match(frame, /Test Wire · 10 Jul 2024 · 2 yr ago/);
		assert.match(frame, /Other Outlet · 24 Mar 2022/);
		const row = (title: string) => frame.split('\n').findIndex(line => line.includes(title));
		assert.ok(row('NATO and China (a1)') < row('NATO and China (b2)'));
		assert.ok(row('NATO and China (b2)') < row('Drills near Moscow'));
	});

	test('only the newest article is analysed before any key', async () => {
		const app = await renderApp(threeArticles());
		assert.deepEqual(app.analysed, ['a1']);
	});

	test('the first frame lists the articles before the body is read or analysed; text and claims follow a tick later', async () => {
		const app = await renderApp(threeArticles());
		const first = app.frames[0] ?? '';
		assert.match(first, /NATO and China \(a1\)/);
		assert.match(first, /Finding claims…/);
		assert.doesNotMatch(first, /Jens Stoltenberg/);
		assert.match(app.frame(), /2 claims · 1 answered/);
	});

	test('nothing is analysed until what the analysis needs is loaded; then the open article is', async () => {
		let loaded!: () => void;
		const prepare = async () => new Promise<void>(resolve => {
			loaded = resolve;
		});
		const app = await renderApp({...threeArticles(), prepare});
		assert.deepEqual(app.analysed, []);
		assert.match(app.frame(), /Finding claims…/);
		loaded();
		await until(() => app.analysed.length > 0);
		assert.deepEqual(app.analysed, ['a1']);
		await until(() => /2 claims · 1 answered/.test(app.frame()));
		assert.match(app.frame(), /2 claims · 1 answered/);
	});

	test('a failed load shows as the analysis failing, and the text still opens', async () => {
		const app = await renderApp({...threeArticles(), prepare: async () => Promise.reject(new Error('no core')), analyse() {
			throw new Error('the analysis is not loaded yet');
		}});
		await until(() => /Analysis failed/.test(app.frame()));
		assert.match(app.frame(), /Analysis failed: the analysis is not load/);
		assert.match(app.frame(), /Jens Stoltenberg said China/);
	});

	test('keys go only to the focused pane: j moves the list, not the body', async () => {
		const app = await renderApp(threeArticles());
		await app.press('j');
		assert.match(app.frame(), /Articles 2\/3/);
		assert.equal(linesWith(app.frame(), 'lines 1–').length, 1);
	});

	test('enter opens the article under the cursor', async () => {
		const app = await renderApp(threeArticles());
		await app.press(keys.down, keys.enter);
		assert.equal(linesWith(app.frame(), 'Test Wire · 21 Feb 2023 · 3 yr ago · lines 1–').length, 1);
		assert.deepEqual(app.analysed, ['a1', 'b2']);
	});

	test('the side pane counts claims, pairs each with its response and says when there is none', async () => {
		const app = await renderApp(threeArticles());
		const frame = app.frame();
		assert.match(frame, /2 claims · 1 answered · 1 response/);
		assert.match(frame, /C1 Jens Stoltenberg/);
		assert.match(frame, /R1 Lin Jian[^\n]*\n[^\n]*answers claim 1\b/);
		assert.match(frame, /C2 NATO/);
		assert.match(frame, /no answer in this article/);
	});

	test('] selects a claim and marks its sentence; r jumps to the response and back', async () => {
		const app = await renderApp(threeArticles());
		await app.press(keys.enter, ']');
		assert.equal(linesWith(app.frame(), 'C> Jens Stoltenberg said China').length, 1);
		await app.press('r');
		assert.equal(linesWith(app.frame(), 'R> Lin Jian said the accusation').length, 1);
		assert.match(app.frame(), /›\s+R1 Lin Jian/);
		await app.press('r');
		assert.equal(linesWith(app.frame(), 'C> Jens Stoltenberg said China').length, 1);
	});

	test('from the claims pane, enter jumps to the selected statement in the body', async () => {
		const app = await renderApp(threeArticles());
		await app.press(keys.tab, keys.tab, 'j', 'j', keys.enter);
		assert.equal(linesWith(app.frame(), 'C> The allies also warned about cyber').length, 1);
		await app.press('r');
		assert.match(app.frame(), /claim 2 has no answer in this article {2}/);
	});

	test('space and b page the body, G and g go to the end and back', async () => {
		const app = await renderApp({...threeArticles(), rows: 20});
		const shown = () => {
			const [, first, last, total] = /lines (\d+)–(\d+)\/(\d+)/.exec(app.frame()) ?? [];
			return {first: Number(first), last: Number(last), total: Number(total)};
		};

		await app.press(keys.enter);
		const page = shown().last;
		await app.press(' ');
		assert.equal(shown().first, page, 'a page down keeps the last line of the page in view');
		await app.press('b');
		assert.equal(shown().first, 1);
		await app.press('G');
		assert.equal(shown().last, shown().total);
		await app.press('g');
		assert.equal(shown().first, 1);
	});

	test('/ searches the body; n and N step through matches; esc cancels typing', async () => {
		const app = await renderApp(threeArticles());
		await app.press(keys.enter, '/', 'f', 'i', 'l');
		assert.match(app.frame(), /\/fil/);
		await app.press('l', 'e', 'r', keys.enter);
		assert.match(app.frame(), /match 1 of 30/);
		await app.press('n');
		assert.match(app.frame(), /match 2 of 30/);
		await app.press('N', 'N');
		assert.match(app.frame(), /match 30 of 30/);
		await app.press('/', 'x', keys.escape);
		assert.doesNotMatch(app.frame(), /\/x/);
	});
});
