import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {articlesWithEntity, findMatches, followWindow, lineOf, sortArticles} from '../../source/state/selectors.js';
import {sideCounts, sideEntries} from '../../source/state/side-entries.js';
import {pairRows, positions} from '../../source/state/pair-rows.js';
import {makeAnalysis, makeArticle, sampleArticle} from './fixture.js';
import {groupedArticle} from './pairs-fixture.js';

describe('selectors', () => {
	test('articles sort newest first, undated last, ties by title', () => {
		const articles = [
			makeArticle('old', {published: '2022-03-24'}),
			makeArticle('none', {published: null}),
			makeArticle('new-b', {published: '2024-07-11', title: 'B'}),
			makeArticle('new-a', {published: '2024-07-11', title: 'A'}),
		];
		assert.deepEqual(sortArticles(articles), ['new-a', 'new-b', 'old', 'none']);
	});

	test('side entries pair claims with responses and count the answered ones', () => {
		const {analysis} = sampleArticle();
		const entries = sideEntries(analysis);
		assert.deepEqual(entries.map(e => [e.claim?.id, e.responses.map(r => r.id)]), [['c1', ['r1']], ['c2', []]]);
		assert.deepEqual(sideCounts(entries), {claims: 2, answered: 1, responses: 1});
	});

	test('a response no claim pairs with gets its own entry', () => {
		const article = makeArticle('x', {body: 'NATO said China helps Russia.\nBeijing said it is neutral.'});
		const analysis = makeAnalysis(article, {
			claims: [{id: 'c1', text: 'China helps Russia', speaker: 'NATO'}],
			responses: [{id: 'r1', text: 'it is neutral', speaker: 'China'}],
		});
		const entries = sideEntries(analysis);
		assert.deepEqual(entries.map(e => [e.claim?.id ?? null, e.responses.map(r => r.id)]), [['c1', []], [null, ['r1']]]);
		assert.deepEqual(sideCounts(entries), {claims: 1, answered: 0, responses: 1});
	});

	test('a claim is answered only by pairs at or over the analysis\'s bar; claims and responses carry their numbers', () => {
		const {analysis} = groupedArticle();
		const entries = sideEntries(analysis);
		assert.deepEqual(entries.map(e => [e.claim?.id ?? null, e.number, e.responseNumbers]), [
			['c1', 1, [1]], ['c2', 2, [1, 2]], ['c3', 3, []], ['c4', 4, [1]], [null, 2, [2]], [null, 3, [3]],
		]);
		assert.deepEqual(entries[0]?.why, ['denies or rejects', 'refers back to the accusations', '2 sentences away']);
		// r2 is c2's second answer only: listed once more, as a lesser answer to claim 2; r3 answers nothing.
		assert.deepEqual(entries.slice(4).map(e => e.also), [[2], []]);
		assert.deepEqual(sideCounts(entries), {claims: 4, answered: 3, responses: 3});
	});

	test('the pair view draws a shared answer once, under every claim it answers best', () => {
		const entries = sideEntries(groupedArticle().analysis);
		const rows = pairRows(entries);
		assert.deepEqual(rows.map(r => (r.kind === 'group' ? ['group', r.claims, r.number] : [r.kind, r.kind === 'unanswered' ? r.claim : r.entry])), [
			['group', [0, 1, 3], 1], ['unanswered', 2], ['loose', 4], ['loose', 5],
		]);
		// j/k go through the claims of a group, then its answer, then on.
		assert.deepEqual(positions(entries), [
			{entry: 0, response: null}, {entry: 1, response: null}, {entry: 3, response: null}, {entry: 0, response: 0},
			{entry: 2, response: null}, {entry: 4, response: 0}, {entry: 5, response: 0},
		]);
	});

	test('an entity narrows the side pane to statements that mention it or that it made', () => {
		const {analysis} = sampleArticle();
		assert.deepEqual(sideEntries(analysis, 'Jens Stoltenberg').map(e => e.claim?.id), ['c1']);
		assert.deepEqual(sideEntries(analysis, 'Lin Jian').map(e => e.claim?.id), ['c1']);
		assert.deepEqual(sideEntries(analysis, 'Nobody'), []);
	});

	const lines: Array<[number, number]> = [[0, 0], [9, 0], [10, 1], [25, 2], [999, 2]];
	for (const [offset, line] of lines) {
		test(`offset ${offset} is on wrapped line ${line}`, () => {
			assert.equal(lineOf([0, 10, 20], offset), line);
		});
	}

	const windows: Array<[number, number, number, number, number]> = [
		[0, 0, 5, 100, 0],
		[0, 4, 5, 100, 0],
		[0, 5, 5, 100, 1],
		[10, 3, 5, 100, 3],
		[90, 99, 5, 100, 95],
		[0, 3, 10, 4, 0],
	];
	for (const [top, cursor, rows, length, first] of windows) {
		test(`a ${rows}-row window at ${top} over ${length} items shows cursor ${cursor} from ${first}`, () => {
			assert.equal(followWindow(top, cursor, rows, length), first);
		});
	}

	test('search matches ignore case and do not overlap', () => {
		assert.deepEqual(findMatches('Aaa aA', 'aa'), [{start: 0, end: 2}, {start: 4, end: 6}]);
		assert.deepEqual(findMatches('abc', ''), []);
	});

	test('the entity filter keeps articles that mention the entity or quote it', () => {
		const a = sampleArticle('a');
		const b = {...sampleArticle('b'), analysis: makeAnalysis(makeArticle('b'), {})};
		const byId = new Map([['a', a.analysis], ['b', b.analysis]]);
		assert.deepEqual(articlesWithEntity(['a', 'b'], 'Lin Jian', id => byId.get(id)), ['a']);
	});
});
