import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import {analyse} from '../../source/core/analyse.js';
import {makeArticle} from '../state/fixture.js';
import {keys, renderApp} from './render-app.js';

afterEach(cleanup);

// Analysed by the real core, so the reasons on screen are the ones the analysis recorded.
const article = makeArticle('why1', {
	title: 'Drills and a denial',
	outlet: 'Test Wire',
	published: '2024-05-23',
	body: [
		'Taiwan\'s defence ministry said Chinese drills around the island were a grave provocation.',
		'China\'s defence ministry rejected the accusation and said the drills were a lawful response.',
	].join('\n\n'),
});
const props = {articles: [article], analyses: [analyse(article)]};

describe('why a claim or response is there', () => {
	test('w on a selected claim shows the rules that found it and why its answer pairs, w closes it', async () => {
		const app = await renderApp(props);
		await app.press(keys.tab, ']', 'w');
		const frame = app.frame();
		assert.match(frame, /Why this claim is here/);
		assert.match(frame, /cue "said"/);
		assert.match(frame, /names China/);
		assert.match(frame, /Answered by Chinese Defence Ministry, score/);
		assert.match(frame, /shares "drill/);
		await app.press('w');
		assert.doesNotMatch(app.frame(), /Why this claim is here/);
	});

	test('w on the paired response says which claim it answers; esc closes it', async () => {
		const app = await renderApp(props);
		await app.press(keys.tab, ']', 'r', 'w');
		assert.match(app.frame(), /Why this response is here/);
		assert.match(app.frame(), /Answers Taiwan/);
		await app.press(keys.escape);
		assert.doesNotMatch(app.frame(), /Why this response is here/);
	});

	test('w where there is nothing to explain says so on the status line instead of doing nothing', async () => {
		const quiet = makeArticle('why2', {title: 'Weather', outlet: 'Test Wire', published: '2024-05-23', body: 'It rained in Taipei.'});
		const app = await renderApp({articles: [quiet], analyses: [analyse(quiet)]});
		await app.press('w');
		assert.doesNotMatch(app.frame(), /Why this/);
		assert.match(app.frame(), /select a claim or response first/);
	});
});
