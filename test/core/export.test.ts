import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyse} from '../../source/core/analyse.js';
import {toAnalysisExport} from '../../source/report/export-json.js';
import {toMarkdownReport} from '../../source/report/export-markdown.js';
import {articleOf} from './article-of.js';

// The second claim stands far from the answer and shares nothing with it, so nothing answers it.
const body = [
	'Swedish Defense Minister Pal Jonson said it would be unwise for China to deliver weapons to Russia.',
	'Chinese Embassy spokesperson Liu Pengyu said China does not provide weapons to the parties to the conflict.',
	...Array.from({length: 8}, (_, i) => `Working session ${i + 1} of the summit discussed budgets.`),
	'NATO said in its declaration that China poses systemic challenges through cyber activities.',
].join('\n\n');
const article = {...articleOf(body, 'sample'), title: 'Sample story', outlet: 'Invented Wire', published: '2024-07-10'};
const items = [{article, analysis: analyse(article)}];

describe('JSON export', () => {
	test('writes the riposte/analysis@1 schema with offsets that point into the body', () => {
		const exported = toAnalysisExport(items);
		assert.equal(exported.schema, 'riposte/analysis@1');
		const [a] = exported.articles;
		assert.ok(a);
		assert.deepEqual([a.id, a.title, a.outlet, a.published], ['sample', 'Sample story', 'Invented Wire', '2024-07-10']);
		for (const s of [...a.claims, ...a.responses, ...a.entities]) assert.equal(a.body.slice(s.start, s.end), s.text);
		assert.ok(a.claims.every(c => c.speaker && c.topics.length > 0));
		assert.ok(a.pairs.every(p => a.claims.some(c => c.id === p.claim) && a.responses.some(r => r.id === p.response)));
	});

	test('survives a round trip through JSON unchanged', () => {
		const exported = toAnalysisExport(items);
		assert.deepEqual(JSON.parse(JSON.stringify(exported)), exported);
	});
});

describe('Markdown report', () => {
	const report = toMarkdownReport(items);
	test('heads each article with title, outlet and date', () => {
		assert.match(report, /## Sample story/);
		assert.match(report, /Invented Wire · 2024-07-10/);
	});
	test('shows each claim with its speaker and the paired response', () => {
		assert.match(report, /\*\*Pal Jonson\*\*.*unwise/);
		assert.match(report, /⇄ \*\*Liu Pengyu\*\*.*does not provide weapons/);
	});
	test('says so when nothing answers a claim', () => {
		assert.match(report, /systemic challenges[^\n]*\n {2}- _No response in this article answers this claim\._/);
	});
	test('says so when an article has no claims', () => {
		const empty = {...articleOf('The weather was fine.', 'empty'), title: 'Weather'};
		assert.match(toMarkdownReport([{article: empty, analysis: analyse(empty)}]), /_No claims about China found in this article\._/);
	});
});
