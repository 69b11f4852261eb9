import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {gutter, lineSegments} from '../../source/ui/text/segments.js';
import {themeFor} from '../../source/ui/theme.js';
import {sampleArticle, spanOf} from '../state/fixture.js';

const {article, analysis} = sampleArticle();
const body = article.body;
const firstLine = {start: 0, end: body.indexOf('\n')};
const decor = {entities: analysis.entities, matches: [], current: null, highlight: null};

describe('lineSegments', () => {
	test('without colour, entity types are told apart by brackets', () => {
		const text = lineSegments(body, firstLine, decor, themeFor(false)).map(s => s.text).join('');
		assert.equal(text, '{NATO} met in <Washington> on |Wednesday|.');
	});

	test('with colour, entities keep their text and get a colour per type', () => {
		const segments = lineSegments(body, firstLine, decor, themeFor(true));
		assert.equal(segments.map(s => s.text).join(''), 'NATO met in Washington on Wednesday.');
		assert.deepEqual(segments.find(s => s.text === 'NATO')?.style, {color: 'cyan', bold: true});
		assert.deepEqual(segments.find(s => s.text === 'Washington')?.style, {color: 'green', bold: true});
	});

	test('the body’s own marks are styled under entities, a highlight and matches; nested marks add up', () => {
		const theme = themeFor(true);
		const marks = [
			{kind: 'strong' as const, ...spanOf(body, 'NATO met in')},
			{kind: 'link' as const, url: 'https://x', ...spanOf(body, 'met in Washington')},
		];
		const match = spanOf(body, 'in');
		const segments = lineSegments(body, firstLine, {...decor, marks, matches: [match]}, theme);
		assert.equal(segments.map(s => s.text).join(''), 'NATO met in Washington on Wednesday.');
		assert.deepEqual(segments.find(s => s.text === 'NATO')?.style, {...theme.mark.strong, ...theme.entity.organization});
		assert.deepEqual(segments.find(s => s.text === 'met ')?.style, {...theme.mark.strong, ...theme.mark.link});
		assert.deepEqual(segments.find(s => s.text === 'in')?.style, {...theme.mark.strong, ...theme.mark.link, ...theme.match});
		assert.deepEqual(segments.find(s => s.text === 'Washington')?.style, {...theme.mark.link, ...theme.entity.place});
		assert.deepEqual(segments.find(s => s.text === ' on ')?.style, {});
		// Marks past the body (an article whose marks are out of step) cut nothing and style nothing.
		const stray = lineSegments(body, firstLine, {...decor, marks: [{kind: 'code', start: body.length + 5, end: body.length + 9}]}, theme);
		assert.deepEqual(stray, lineSegments(body, firstLine, decor, theme));
	});

	test('the jumped-to sentence and search matches are styled, the current match most', () => {
		const theme = themeFor(true);
		const match = spanOf(body, 'met');
		const segments = lineSegments(body, firstLine, {...decor, highlight: firstLine, matches: [match], current: match}, theme);
		assert.deepEqual(segments.find(s => s.text === 'met')?.style, {...theme.highlight, ...theme.currentMatch});
		assert.deepEqual(segments.find(s => s.text === ' in ')?.style, theme.highlight);
	});
});

describe('gutter', () => {
	const claim = analysis.claims[0]!.sentence;
	const response = analysis.responses[0]!.sentence;
	const rows: Array<[string, {start: number; end: number}, string]> = [
		['marks a claim sentence with C', claim, 'C  '],
		['marks a response sentence with R', response, 'R  '],
		['leaves other lines blank', firstLine, '   '],
	];
	for (const [name, line, expected] of rows) {
		test(name, () => {
			assert.equal(gutter(line, [claim], [response], []), expected);
		});
	}

	test('points at the sentence jumped to', () => {
		assert.equal(gutter(claim, [claim], [response], [claim]), 'C> ');
	});
});
