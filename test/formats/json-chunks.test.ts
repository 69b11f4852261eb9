// The chunked JSON writer gives exactly JSON.stringify(value, null, 2), in pieces of bounded size.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {analyse} from '../../source/core/analyse.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {jsonChunks} from '../../source/report/json-chunks.js';
import {toAnalysisExport} from '../../source/report/export-json.js';

const same = (value: unknown) => {
	const chunks = [...jsonChunks(value)];
	assert.equal(chunks.join(''), JSON.stringify(value, null, 2));
	return chunks;
};

describe('jsonChunks', () => {
	test('edge cases come out as JSON.stringify writes them', () => {
		for (const value of [null, 0, -1.5, 'text', true, [], {}, [[]], {a: {}}, {a: [], b: [{}], c: null}, [1, 'two', null, {x: [1, 2]}], {skipped: undefined, kept: 1}, [undefined, () => 1], {d: new Date(0)}, {deep: {er: {than: {the: {walk: [1, {x: 'y'}]}}}}}, {quote: '"\\\n\t\u2028 “curly” 😀'}]) {
			same(value);
		}
	});

	test('a long string is escaped in slices, never between the halves of a surrogate pair', () => {
		const text = `${'a'.repeat(65_535)}😀${'“quoted”\n'.repeat(20_000)}😀`;
		const chunks = same({articles: [{body: text}]});
		assert.ok(chunks.length > 2);
		assert.ok(chunks.every(chunk => chunk.length < 200_000), 'every chunk is bounded');
	});

	test('the export of the bundled articles is the same text', async () => {
		const {articles} = await loadArticles([path.join(import.meta.dirname, '..', '..', 'articles')]);
		const chunks = same(toAnalysisExport(articles.map(article => ({article, analysis: analyse(article)}))));
		assert.ok(chunks.length > 1);
	});
});
