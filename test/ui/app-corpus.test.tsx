import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import {linesWith, threeArticles} from './articles-fixture.js';
import {keys, renderApp} from './render-app.js';

afterEach(cleanup);

/** The selected claim's source line in the corpus view: "› date · outlet · title". */
const selectedSources = (frame: string): string[] => frame.split('\n').filter(line => /^›\s+\d/.test(line));

describe('the corpus view', () => {
	test('marks one claim, the first, and ↓ moves the mark to the next claim', async () => {
		const app = await renderApp(threeArticles());
		await app.press('c');
		assert.deepEqual(selectedSources(app.frame()).map(line => line.trim()), ['› 21 Feb 2023 · Test Wire · NATO and China (b2)']);
		await app.press(keys.down);
		assert.deepEqual(selectedSources(app.frame()).map(line => line.trim()), ['› 10 Jul 2024 · Test Wire · NATO and China (a1)']);
	});

	const cases = [
		// [what is opened, keys in the corpus, article title, the highlighted sentence's start, list row]
		['a claim in another article than the open one', [], 'NATO and China (b2)', 'C> Jens Stoltenberg said China', 'Articles 2/3'],
		['a claim in the open article', ['j'], 'NATO and China (a1)', 'C> Jens Stoltenberg said China', 'Articles 1/3'],
		['a claim far down its article, scrolled into view', ['G'], 'NATO and China (a1)', 'C> The allies also warned', 'Articles 1/3'],
	] as const;
	for (const [name, moves, title, sentence, row] of cases) {
		test(`enter on a claim opens its article with that sentence highlighted: ${name}`, async () => {
			const app = await renderApp(threeArticles());
			await app.press('c', ...moves, keys.enter);
			const frame = app.frame();
			assert.doesNotMatch(frame, /Corpus:/);
			assert.equal(linesWith(frame, `• ${title}`).length, 1, frame);
			assert.equal(linesWith(frame, sentence).length, 1, frame);
			assert.match(frame, new RegExp(row));
		});
	}
});
