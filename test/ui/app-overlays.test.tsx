import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import {describeKeys} from '../../source/state/key-help.js';
import {threeArticles} from './articles-fixture.js';
import {keys, renderApp} from './render-app.js';

afterEach(cleanup);

describe('overlays', () => {
	test('? shows every binding from the key table and ? closes it', async () => {
		const app = await renderApp({...threeArticles(), rows: 50});
		await app.press('?');
		for (const row of describeKeys()) {
			assert.ok(app.frame().includes(row.description), `help lacks ${row.description}`);
		}

		await app.press('?');
		assert.match(app.frame(), /Articles 1\/3/);
	});

	test('help scrolls when the terminal is short', async () => {
		const app = await renderApp({...threeArticles(), rows: 12});
		await app.press('?');
		assert.match(app.frame(), /Keys \(\? or esc closes\)/);
		await app.press('G');
		assert.match(app.frame(), /Body gutter: C claim sentence/);
		assert.doesNotMatch(app.frame(), /Keys \(\? or esc closes\)/);
	});

	test('c shows every claim by topic, oldest first, with responses and where each was reported', async () => {
		const app = await renderApp(threeArticles());
		await app.press('c');
		const frame = app.frame();
		// The same claim in two articles more than a year apart is two claims, not one reported twice.
		assert.match(frame, /Corpus: 4 claims \(4 reports\) in 2 topics/);
		assert.match(frame, /Support for Russia's war \(2 claims\)/);
		assert.match(frame, /Systemic, cyber and hybrid threats \(2 claims\)/);
		const older = frame.indexOf('21 Feb 2023 · Test Wire · NATO and China (b2)');
		const newer = frame.indexOf('10 Jul 2024 · Test Wire · NATO and China (a1)');
		assert.ok(older !== -1 && newer !== -1 && older < newer, frame);
		assert.match(frame, /C Jens Stoltenberg: China is a decisive enabler of the war/);
		assert.match(frame, /R Lin Jian: the accusation is groundless/);
		assert.match(frame, /no response in this article/);
		await app.press(keys.escape);
		assert.match(app.frame(), /Articles 1\/3/);
	});

	test('e picks an entity: the list narrows to articles that mention it, esc clears', async () => {
		const app = await renderApp(threeArticles());
		await app.press('e');
		assert.match(app.frame(), /Filter by entity/);
		assert.match(app.frame(), /Moscow · place · 1 article/);
		// Moscow is the seventh entity: five are in two articles each and sort first, then March.
		await app.press(...Array.from({length: 6}, () => keys.down), keys.enter);
		assert.match(app.frame(), /Articles 1\/1 · with Moscow/);
		assert.match(app.frame(), /Drills near Moscow/);
		assert.doesNotMatch(app.frame(), /NATO and China \(b2\)/);
		await app.press(keys.escape);
		assert.match(app.frame(), /Articles 1\/3/);
	});

	test('an entity also narrows the side pane to the statements that mention it', async () => {
		const app = await renderApp(threeArticles());
		await app.press('e', keys.down, keys.enter);
		assert.match(app.frame(), /with Lin Jian/);
		assert.match(app.frame(), /1 claim · 1 answered · 1 response/);
		assert.match(app.frame(), /│only Lin Jian/, "the counts that do not fit go on a second line, uncut");
	});

	test('files that failed to load are listed in a notice that x dismisses', async () => {
		const app = await renderApp({...threeArticles(), problems: [{path: 'broken.md', reason: 'not UTF-8 text'}, {path: 'odd.md', reason: 'control characters removed', level: 'warning'}]});
		assert.match(app.frame(), /1 file failed to load, 1 loaded with changes \(x or esc to dismiss\)/);
		assert.match(app.frame(), /broken\.md: not UTF-8 text/);
		assert.match(app.frame(), /NATO and China \(a1\)/);
		await app.press('x');
		assert.doesNotMatch(app.frame(), /broken\.md/);
	});

	test('the status line offers x dismiss and esc back only while there is a notice to dismiss', async () => {
		const app = await renderApp({...threeArticles(), columns: 220, problems: [{path: 'broken.md', reason: 'not UTF-8 text'}]});
		const status = () => app.frame().split('\n').at(-1) ?? '';
		assert.match(status(), /x dismiss/);
		assert.match(status(), /esc back/);
		await app.press('x');
		assert.doesNotMatch(status(), /dismiss/);
		assert.doesNotMatch(status(), /esc back/);
		assert.match(status(), /\? help/);
	});
});
