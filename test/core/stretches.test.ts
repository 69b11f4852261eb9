// A long article is analysed a stretch at a time (source/core/stretches.ts, issue 14): where the
// stretches fall, offsets shifted back into the body, ids running on, and the whole-article
// analysis and the JSON export both made of the stretches' own analyses.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyse, analyseStretches} from '../../source/core/analyse.js';
import {analyseInStretches, splitStretches, stretchChars} from '../../source/core/stretches.js';
import type {Analysis, Attribution} from '../../source/core/types.js';
import {exportedArticle, toAnalysisExport} from '../../source/report/export-json.js';
import {articleOf} from './article-of.js';

const paragraphs = [
	'Swedish Defense Minister Pal Jonson said it would be unwise for China to deliver weapons to Russia.',
	'Chinese Embassy spokesperson Liu Pengyu said China does not provide weapons to the parties to the conflict.',
	'NATO said in its declaration that China poses systemic challenges through cyber activities.',
	'Foreign Ministry spokesperson Lin Jian said the accusations were groundless and smeared China.',
	'Working session of the summit in Washington discussed budgets on Tuesday.',
];
/** A body of `count` paragraphs, the ones above in turn, separated by blank lines. */
const bodyOf = (count: number) => Array.from({length: count}, (_, i) => paragraphs[i % paragraphs.length]!).join('\n\n');

describe('splitStretches', () => {
	test('a body no longer than a stretch is one stretch', () => {
		assert.deepEqual(splitStretches('Short.\n\nBody.'), [{start: 0, end: 13}]);
		assert.deepEqual(splitStretches(''), [{start: 0, end: 0}]);
	});

	test('a long body is cut after blank lines, into stretches no longer than the size, end to end', () => {
		const body = bodyOf(40);
		const spans = splitStretches(body, 500);
		assert.ok(spans.length > 5);
		assert.equal(spans[0]!.start, 0);
		assert.equal(spans.at(-1)!.end, body.length);
		for (const [index, span] of spans.entries()) {
			assert.ok(span.end - span.start <= 500, `stretch ${index} is ${span.end - span.start} long`);
			if (index > 0) assert.equal(span.start, spans[index - 1]!.end);
			if (index < spans.length - 1) assert.equal(body.slice(span.end - 2, span.end), '\n\n');
		}
	});

	test('without blank lines it cuts after a line break, and without either it keeps the rest whole', () => {
		const lines = bodyOf(20).replaceAll('\n\n', '\n');
		const spans = splitStretches(lines, 300);
		assert.ok(spans.length > 3);
		for (const span of spans.slice(0, -1)) assert.equal(lines[span.end - 1], '\n');
		assert.deepEqual(splitStretches('x'.repeat(1000), 300), [{start: 0, end: 1000}]);
	});

	test('a line break within the size is taken before a blank line beyond it', () => {
		const body = `${'One line of text.\n'.repeat(40)}\nThe only blank line is above.`;
		const spans = splitStretches(body, 100);
		assert.ok(spans.length > 5);
		for (const span of spans.slice(0, -1)) assert.ok(span.end - span.start <= 100, `a stretch of ${span.end - span.start}`);
	});

	test('a paragraph longer than a stretch is kept whole: the cut is at the next blank line', () => {
		const body = `${'Long sentence here. '.repeat(40)}\n\nShort one.\n\nAnother.`;
		const [first] = splitStretches(body, 100);
		assert.equal(body.slice(first!.end - 2, first!.end), '\n\n');
		assert.ok(first!.end > 100);
	});
});

/** An attribution's spans moved `by`, its id replaced: what a stretch's statement becomes in the whole body. */
const moved = (a: Attribution & {id: string}, by: number, id: string) => ({
	...a, id, start: a.start + by, end: a.end + by,
	sentence: {start: a.sentence.start + by, end: a.sentence.end + by},
	content: {start: a.content.start + by, end: a.content.end + by},
	...(a.answers ? {answers: {start: a.answers.start + by, end: a.answers.end + by}} : {}),
	...(a.inside ? {inside: {start: a.inside.start + by, end: a.inside.end + by}} : {}),
});

describe('analyseInStretches', () => {
	const article = articleOf(bodyOf(40), 'long');
	const size = 700;
	const spans = splitStretches(article.body, size);
	const parts = [...analyseInStretches(article, analyse, size)];
	const alone: Analysis[] = spans.map(({start, end}) => analyse({...article, body: article.body.slice(start, end)}));

	test('each stretch is analysed on its own; its claims and responses are that analysis, shifted into the body and numbered on', () => {
		assert.equal(parts.length, spans.length);
		let claims = 0;
		let responses = 0;
		for (const [index, part] of parts.entries()) {
			const by = spans[index]!.start;
			const own = alone[index]!;
			assert.ok(own.claims.length > 0 && own.responses.length > 0, 'every stretch has statements to compare');
			assert.deepEqual(part.claims, own.claims.map((c, i) => moved(c, by, `c${claims + i + 1}`)));
			assert.deepEqual(part.responses, own.responses.map((r, i) => moved(r, by, `r${responses + i + 1}`)));
			assert.deepEqual(part.entities, own.entities.map(e => ({...e, start: e.start + by, end: e.end + by})));
			assert.deepEqual(part.sentences, own.sentences.map(s => ({start: s.start + by, end: s.end + by})));
			assert.deepEqual(part.pairs.map(p => [p.score, p.why]), own.pairs.map(p => [p.score, p.why]));
			claims += own.claims.length;
			responses += own.responses.length;
		}
	});

	test('offsets point into the whole body and pairs name the renumbered statements', () => {
		for (const part of parts) {
			for (const s of [...part.claims, ...part.responses, ...part.entities]) assert.equal(article.body.slice(s.start, s.end), s.text);
			for (const pair of part.pairs) {
				assert.ok(part.claims.some(c => c.id === pair.claim), pair.claim);
				assert.ok(part.responses.some(r => r.id === pair.response), pair.response);
			}
		}

		const ids = parts.flatMap(part => part.claims.map(c => c.id));
		assert.deepEqual(ids, ids.map((_, i) => `c${i + 1}`));
	});

	test('a short article is one stretch: the analysis of the article itself', () => {
		const short = articleOf(bodyOf(5), 'short');
		assert.deepEqual([...analyseStretches(short)], [analyse(short)]);
		assert.deepEqual(analyse(short), analyseInStretches(short, a => analyse(a)).next().value);
	});
});

describe('a long article (over one stretch)', () => {
	const article = articleOf(bodyOf(Math.ceil((stretchChars * 1.5) / 80)), 'longer');
	const spans = splitStretches(article.body);
	const whole = analyse(article);

	test('analyse() joins the stretches\' analyses in order', () => {
		assert.equal(spans.length, 2);
		const parts = [...analyseStretches(article)];
		assert.deepEqual(whole.claims, parts.flatMap(p => p.claims));
		assert.deepEqual(whole.entities, parts.flatMap(p => p.entities));
		assert.deepEqual(whole.pairs, parts.flatMap(p => p.pairs));
		assert.ok(whole.claims.some(c => c.start >= spans[1]!.start), 'the second stretch has claims');
	});

	test('the JSON export made a stretch at a time is the export of that analysis', () => {
		assert.deepEqual(exportedArticle(article, analyseStretches(article)), toAnalysisExport([{article, analysis: whole}]).articles[0]);
	});
});
