import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import type {Analysis, Article} from '../../source/core/types.js';
import {makeAnalysis, makeArticle} from '../state/fixture.js';
import {linesWith} from './articles-fixture.js';
import {keys, renderApp} from './render-app.js';

afterEach(cleanup);

const enabler = 'China is a decisive enabler of Russia’s war against Ukraine.';
const answer = 'China rejected the accusations as groundless smears.';

/** Two outlets report one NATO claim (and China's answer) a day apart; a third reports another claim. */
function outlets(): {articles: Article[]; analyses: Analysis[]} {
	const report = (id: string, outlet: string, published: string, lead: string) => {
		const body = `${lead}\nNATO said ${enabler}\nFiller that says little.\nBeijing said ${answer}`;
		const article = makeArticle(id, {outlet, published, title: `${outlet} on the summit`, body});
		return {article, analysis: makeAnalysis(article, {
			claims: [{id: 'c1', text: enabler, speaker: 'NATO', topics: ['support']}],
			responses: [{id: 'r1', text: answer, speaker: 'China'}],
			pairs: [['c1', 'r1']],
		})};
	};

	const first = report('wire', 'First Wire', '2024-07-10', 'Leaders met in Washington.');
	const second = report('daily', 'Second Daily', '2024-07-11', 'The summit ended on Thursday.');
	const body = 'Stoltenberg spoke in Brussels.\nJens Stoltenberg said China hacks European parliaments.';
	const third = makeArticle('post', {outlet: 'Third Post', published: '2024-07-10', title: 'Third Post on hacking', body});
	const thirdAnalysis = makeAnalysis(third, {claims: [{id: 'c1', text: 'China hacks European parliaments.', speaker: 'Jens Stoltenberg', topics: ['cyber']}]});
	return {articles: [first.article, second.article, third], analyses: [first.analysis, second.analysis, thirdAnalysis]};
}

/** The corpus lines that name a report: date · outlet · title (with the selection margin). */
const sources = (frame: string): string[] => frame.split('\n').filter(line => /\d{4} · \w+ \w+ · /.test(line)).map(line => line.trim());

describe('the corpus view across articles', () => {
	test('one claim reported by two outlets is one row with both outlets, oldest first, and its answer once; the other claim is its own row', async () => {
		const app = await renderApp(outlets());
		await app.press('c');
		const frame = app.frame();
		assert.match(frame, /Corpus: 2 claims \(3 reports\) in 2 topics/);
		assert.equal(linesWith(frame, enabler).length, 1, frame);
		assert.deepEqual(sources(frame), ['› 10 Jul 2024 · Third Post · Third Post on hacking', '10 Jul 2024 · First Wire · First Wire on the summit', '11 Jul 2024 · Second Daily · Second Daily on the summit'], frame);
		assert.equal(linesWith(frame, answer).length, 1, frame);
		assert.equal(linesWith(frame, '(10 Jul 2024 First Wire · 11 Jul 2024 Second Daily)').length, 1, frame);
		assert.equal(linesWith(frame, '/ search').length, 0, 'the status line offers / as the filter only');
	});

	test('enter opens the earliest report; → selects the next outlet and enter opens that one', async () => {
		const earliest = await renderApp(outlets());
		await earliest.press('c', keys.down, keys.enter);
		assert.equal(linesWith(earliest.frame(), '• First Wire on the summit').length, 1, earliest.frame());
		assert.equal(linesWith(earliest.frame(), 'C> NATO said China is a decisive').length, 1, earliest.frame());
		cleanup();
		const next = await renderApp(outlets());
		await next.press('c', 'j', keys.right);
		assert.deepEqual(sources(next.frame()).slice(1), ['│ 10 Jul 2024 · First Wire · First Wire on the summit', '› 11 Jul 2024 · Second Daily · Second Daily on the summit'], next.frame());
		await next.press(keys.enter);
		assert.equal(linesWith(next.frame(), '• Second Daily on the summit').length, 1, next.frame());
		assert.equal(linesWith(next.frame(), 'C> NATO said China is a decisive').length, 1, next.frame());
	});

	test('/ then letters narrow the topics as they are typed; enter keeps the filter and g, G move again; esc clears it', async () => {
		const app = await renderApp(outlets());
		await app.press('c', '/', 's', 'u');
		assert.match(app.frame(), /Topics matching: su▏ · 1 claims \(2 reports\) in 1 topics/);
		assert.equal(linesWith(app.frame(), 'Third Post').length, 0, app.frame());
		await app.press(keys.backspace, keys.backspace, 'c', 'y', 'b');
		assert.equal(linesWith(app.frame(), 'Second Daily').length, 0, app.frame());
		assert.equal(linesWith(app.frame(), 'Third Post on hacking').length, 1, app.frame());
		await app.press(keys.escape, '/', 'r', keys.enter);
		assert.match(app.frame(), /Corpus · topics matching “r”: 2 claims/);
		await app.press('G');
		assert.equal(sources(app.frame())[1], '› 10 Jul 2024 · First Wire · First Wire on the summit', app.frame());
		await app.press('g');
		assert.equal(sources(app.frame())[0], '› 10 Jul 2024 · Third Post · Third Post on hacking', app.frame());
		await app.press('/', 'z', keys.enter);
		assert.match(app.frame(), /no topic matches “rz”/);
		await app.press(keys.escape);
		assert.match(app.frame(), /Corpus: 2 claims \(3 reports\) in 2 topics/);
		await app.press(keys.escape);
		assert.doesNotMatch(app.frame(), /Corpus/);
	});
});
