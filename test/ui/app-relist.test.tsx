// The list can change under the reader: a first start on many files shows them as they are read,
// and a start from the last list is checked after its first frame. The reader keeps its place.
import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import type {Article} from '../../source/core/types.js';
import {App} from '../../source/ui/app.js';
import {makeArticle} from '../state/fixture.js';
import {keys, now, renderApp, until} from './render-app.js';

afterEach(cleanup);

const dated = (id: string, published: string, title = `Story ${id}`): Article => makeArticle(id, {title, published, body: `The text of ${id}.`});
const newestFirst = (articles: Article[]) => [...articles].sort((a, b) => (a.published! < b.published! ? 1 : -1));

const early = [dated('m', '2024-05-01'), dated('k', '2024-03-01')];
const later = newestFirst([...early, dated('z', '2024-09-01'), dated('a', '2024-01-01'), dated('q', '2024-04-01')]);

const nothingFound = (article: Article) => ({articleId: article.id, sentences: [], entities: [], claims: [], responses: [], pairs: []});

/** The title on the row the cursor is on. */
const cursorRow = (frame: string) => /› (?:• )?(Story \w)/.exec(frame)?.[1];

describe('a list that changes under the reader', () => {
	test('while files are read the header counts them, nothing is analysed, and the complete list opens its newest article', async () => {
		const app = await renderApp({articles: early, loading: {read: 2, total: 5}, ordered: true, columns: 140, rows: 30});
		assert.match(app.frame(), /Articles 1\/2 · reading 40%…/);
		assert.deepEqual(app.analysed, []);
		app.rerender(<App now={now} problems={[]} articles={later} loading={null} ordered analyse={nothingFound}/>);
		await until(() => /Articles 1\/5/.test(app.frame()));
		assert.doesNotMatch(app.frame(), /reading/);
		assert.equal(cursorRow(app.frame()), 'Story z');
		await until(() => app.frame().includes('The text of z.'));
		assert.match(app.frame(), /The text of z\./);
	});

	test('after a key, the cursor stays on its article wherever the new list puts it', async () => {
		const app = await renderApp({articles: early, loading: {read: 2, total: 5}, ordered: true, columns: 140, rows: 30});
		await app.press(keys.down);
		assert.equal(cursorRow(app.frame()), 'Story k');
		app.rerender(<App now={now} problems={[]} articles={later} loading={null} ordered analyse={nothingFound}/>);
		await until(() => /Articles 4\/5/.test(app.frame()));
		assert.equal(cursorRow(app.frame()), 'Story k');
	});

	test('an open article whose file was read anew shows its new text; one whose file is gone gives way to the cursor\'s', async () => {
		const app = await renderApp({articles: early, ordered: true, columns: 140, rows: 30});
		await app.press(keys.enter);
		await until(() => app.frame().includes('The text of m.'));
		const rewritten = [{...early[0]!, title: 'Story m', body: 'Rewritten text.'}, early[1]!];
		app.rerender(<App now={now} problems={[]} articles={rewritten} ordered analyse={nothingFound}/>);
		await until(() => app.frame().includes('Rewritten text.'));
		assert.match(app.frame(), /Rewritten text\./);
		app.rerender(<App now={now} problems={[]} articles={[early[1]!]} ordered analyse={nothingFound}/>);
		await until(() => app.frame().includes('The text of k.'));
		assert.match(app.frame(), /Articles 1\/1/);
	});

	test('a list in reading order already is taken as it is; any other list is sorted', async () => {
		const backwards = [...later].reverse();
		const unsorted = await renderApp({articles: backwards, columns: 140, rows: 30});
		assert.equal(cursorRow(unsorted.frame()), 'Story z');
		cleanup();
		const ordered = await renderApp({articles: backwards, ordered: true, columns: 140, rows: 30});
		assert.equal(cursorRow(ordered.frame()), 'Story a');
	});
});
