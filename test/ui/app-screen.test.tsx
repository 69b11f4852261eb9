import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import stringWidth from 'string-width';
import {makeAnalysis, makeArticle} from '../state/fixture.js';
import {threeArticles} from './articles-fixture.js';
import {keys, renderApp} from './render-app.js';

afterEach(cleanup);

/** Lines of a frame wider than the terminal (should be none). */
const overflow = (frame: string, columns: number) => frame.split('\n').filter(line => stringWidth(line) > columns);

/** Articles whose titles and bodies mix CJK, emoji, combining marks and a very long URL. */
function hostileText() {
	const body = [
		'外交部发言人林剑表示，北约的指责毫无根据。中方始终坚持客观公正立场，从未向冲突任何一方提供致命性武器。',
		'Emoji 🇨🇳🇺🇦👩‍👩‍👧🙅‍♂️ and combining marks: Zoë, café, ǹ̶o̷t̸ h̵e̶r̷e̶ — all in one line of text that keeps going.',
		`See https://example.org/${'very-long-path-segment/'.repeat(12)}index.html for more.`,
		'Jens Stoltenberg said China is a decisive enabler of the war.',
	].join('\n');
	const article = makeArticle('wide', {title: `${'北约峰会与中国的回应 🇨🇳 '.repeat(6)}and a title longer than any screen`, outlet: '新华社 Xinhua 🗞️', body});
	const analysis = makeAnalysis(article, {
		entities: [['林剑', 'person'], ['北约', 'organization'], ['Jens Stoltenberg', 'person']],
		claims: [{id: 'c1', text: 'China is a decisive enabler of the war', speaker: 'Jens Stoltenberg', topics: ['support']}],
		responses: [{id: 'r1', text: '北约的指责毫无根据', speaker: '林剑 (外交部发言人)', topics: ['support']}],
		pairs: [['c1', 'r1']],
	});
	const problems = [{path: `/${'很长的目录/'.repeat(20)}坏文件.md`, reason: `not UTF-8 🙅 ${'x'.repeat(200)}`}];
	return {articles: [article], analyses: [analysis], problems};
}

describe('the screen', () => {
	const sizes: Array<[number, number]> = [[160, 45], [120, 30], [90, 24], [80, 24], [60, 16], [40, 10]];
	for (const [columns, rows] of sizes) {
		test(`at ${columns}×${rows} CJK, emoji, combining marks and long URLs (also in the notice) never make a line wider than the terminal`, async () => {
			for (const color of [true, false]) {
				const app = await renderApp({...hostileText(), columns, rows, color});
				const frames: string[] = [app.frame()];
				for (const key of [keys.enter, ']', 'r', keys.tab, keys.tab, keys.tab, ' ', 'G', '?', '?', 'c', keys.escape, 'e']) {
					// eslint-disable-next-line no-await-in-loop
					await app.press(key);
					frames.push(app.frame());
				}

				for (const frame of frames) {
					assert.deepEqual(overflow(frame, columns), [], `${columns}×${rows} colour=${color}:\n${frame}`);
					assert.ok(frame.split('\n').length < rows, `${columns}×${rows}: the frame is taller than the terminal`);
				}

				app.unmount();
			}
		});
	}

	test('a narrow terminal shows one pane at a time, with tabs to switch', async () => {
		const app = await renderApp({...threeArticles(), columns: 60, rows: 20});
		assert.match(app.frame(), /\[Articles\] Article {2}Claims/);
		assert.doesNotMatch(app.frame(), /2 claims · 1 answered/);
		await app.press(keys.tab);
		assert.match(app.frame(), /\[Article\]/);
		assert.match(app.frame(), /NATO met in Washington/);
		await app.press(keys.tab);
		assert.match(app.frame(), /2 claims · 1 answered/);
	});

	test('a jump from the claims tab shows the article with the sentence marked', async () => {
		const app = await renderApp({...threeArticles(), columns: 60, rows: 20});
		await app.press(keys.shiftTab, keys.enter);
		assert.match(app.frame(), /\[Article\]/);
		assert.match(app.frame(), /C> Jens Stoltenberg said China/);
	});

	test('below 40×10 the reader says the terminal is too small, and comes back when it grows', async () => {
		const app = await renderApp({...threeArticles(), columns: 30, rows: 8});
		assert.match(app.frame(), /Terminal too small/);
		assert.match(app.frame(), /need 40×10, have 30×8/);
		assert.deepEqual(overflow(app.frame(), 30), []);
		await app.resize(120, 30);
		assert.match(app.frame(), /Articles 1\/3/);
		assert.match(app.frame(), /2 claims · 1 answered/);
	});

	test('a resize re-lays the panes out: three wide, two medium', async () => {
		const app = await renderApp({...threeArticles(), columns: 150, rows: 30});
		assert.match(app.frame(), /Articles 1\/3.*NATO and China \(a1\).*2 claims/);
		await app.resize(90, 30);
		assert.doesNotMatch(app.frame(), /lines 1–/, 'the article pane gives way to the list on a medium screen');
		assert.match(app.frame(), /Articles 1\/3.*2 claims/);
	});

	test('without colour, entity types are bracketed; with colour they are not', async () => {
		const plain = await renderApp({...threeArticles(), color: false});
		assert.match(plain.frame(), /\{NATO\} met in <Washington> on \|Wednesday\|/);
		assert.match(plain.frame(), /\[Jens Stoltenberg\] said/);
		plain.unmount();
		const colour = await renderApp(threeArticles());
		assert.match(colour.frame(), / NATO met in Washington on Wednesday/);
	});

	test('q quits: the last position is reported and onExit is called', async () => {
		const positions: Array<{articleId: string; scroll: number}> = [];
		let exited = 0;
		const app = await renderApp({...threeArticles(), rows: 20, onPositionChange(p) {
			positions.push(p);
		}, onExit() {
			exited++;
		}});
		await app.press(keys.enter, 'j', 'j', 'j', 'q');
		assert.equal(exited, 1);
		assert.deepEqual(positions.at(-1), {articleId: 'a1', scroll: 3});
	});

	test('position reports are debounced: a burst of keys reports once', async () => {
		const positions: Array<{articleId: string; scroll: number}> = [];
		const app = await renderApp({...threeArticles(), rows: 20, onPositionChange(p) {
			positions.push(p);
		}});
		await new Promise(resolve => {
			setTimeout(resolve, 400);
		});
		positions.length = 0;
		await app.press(keys.enter, 'j', 'j', 'j', 'j');
		await new Promise(resolve => {
			setTimeout(resolve, 400);
		});
		assert.deepEqual(positions, [{articleId: 'a1', scroll: 4}]);
	});

	test('an article the analysis throws on still opens, and the side pane says why it has no claims', async () => {
		const {articles} = threeArticles();
		const app = await renderApp({articles, analyse() {
			throw new Error('unexpected token');
		}});
		assert.match(app.frame(), /NATO met in Washington/);
		assert.match(app.frame(), /Analysis failed: unexpected token/);
	});

	test('the reader resumes at the given article and scroll', async () => {
		const app = await renderApp({...threeArticles(), rows: 20, initial: {articleId: 'b2', scroll: 6}});
		assert.match(app.frame(), /Articles 2\/3/);
		assert.match(app.frame(), /21 Feb 2023 · 3 yr ago · lines 7–/);
	});

	test('with 5,000 articles the first frame analyses one and draws only the rows that fit', async () => {
		const articles = Array.from({length: 5000}, (_, i) => makeArticle(`n${i}`, {title: `Generated article ${String(i).padStart(4, '0')}`, published: `20${String(10 + (i % 15)).padStart(2, '0')}-01-01`}));
		const app = await renderApp({articles, rows: 30});
		assert.equal(app.analysed.length, 1);
		const rows = app.frame().split('\n').filter(line => line.includes('Generated article')).length;
		assert.ok(rows > 5 && rows <= 15, `${rows} list rows drawn`);
		assert.match(app.frame(), /Articles 1\/5000/);
		await app.press('G');
		assert.match(app.frame(), /Articles 5000\/5000/);
		assert.equal(app.analysed.length, 1);
	});
});
