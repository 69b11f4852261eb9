import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Analysis, Article} from '../../source/core/types.js';
import {analyseAll} from '../../source/cli/analyse-all.js';
import {formatListing} from '../../source/cli/listing.js';
import {formatProblems, hasFailures} from '../../source/cli/problems.js';

const article = (id: string, outlet: string | null, published: string | null): Article => ({
	id, path: `${id}.md`, title: `Title ${id}`, outlet, published, source: null, body: 'Body.',
});
const span = {start: 0, end: 1, text: 'B', speaker: null, role: null, cue: 'said', kind: 'direct' as const, side: 'accuser' as const, sentence: {start: 0, end: 5}, content: {start: 0, end: 1}, topics: [], why: []};
const analysis = (id: string, claims: number, responses: number): Analysis => ({
	articleId: id,
	sentences: [],
	entities: [],
	claims: Array.from({length: claims}, (_, index) => ({...span, id: `c${index}`})),
	responses: Array.from({length: responses}, (_, index) => ({...span, id: `r${index}`, side: 'china' as const})),
	pairs: [],
});

describe('formatListing', () => {
	test('lists title, outlet, date and counts, then points to export', () => {
		const text = formatListing([
			{article: article('a', 'CNN', '2024-07-11'), analysis: analysis('a', 2, 1)},
			{article: article('b', null, null), analysis: analysis('b', 1, 0)},
		]);
		assert.equal(
			text.split('\n').slice(0, 2).join('\n'),
			'Title a · CNN · 2024-07-11 — 2 claims, 1 response\nTitle b · unknown outlet · undated — 1 claim, 0 responses',
		);
		assert.match(text, /riposte export/);
	});
});

describe('analyseAll', () => {
	test('an article the analysis throws on becomes a problem and the others go through', () => {
		const {items, problems} = analyseAll([article('a', null, null), article('b', null, null)], input => {
			if (input.id === 'a') throw new Error('boom');
			return analysis(input.id, 0, 0);
		});
		assert.deepEqual(items.map(item => item.article.id), ['b']);
		assert.deepEqual(problems, [{path: 'a.md', reason: 'could not be analysed (boom)'}]);
	});
});

describe('formatProblems', () => {
	test('marks skipped files and notes, and makes control characters inert', () => {
		const problems = [
			{path: 'bad.md', reason: 'is empty'},
			{path: 'odd.md', reason: 'is not valid UTF-8 \u001B[31m', level: 'warning' as const},
		];
		assert.equal(formatProblems(problems), 'riposte: skipped bad.md: is empty\nriposte: note: odd.md: is not valid UTF-8 ^[[31m\n');
		assert.equal(hasFailures(problems), true);
		assert.equal(hasFailures(problems.slice(1)), false);
	});
});
