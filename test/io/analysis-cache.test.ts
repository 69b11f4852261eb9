import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Analysis, Article} from '../../source/core/types.js';
import {createCachedAnalyse} from '../../source/io/analysis-cache.js';
import {tempFolder} from './temp-folder.js';

const temporary = () => tempFolder();

const article = (body: string): Article => ({id: 'a', path: 'a.md', title: 'T', outlet: null, published: null, source: null, body});

/** A stand-in analysis that counts its calls and records the body length as a sentence. */
function counting() {
	const calls: string[] = [];
	const analyse = (input: Article): Analysis => {
		calls.push(input.body);
		return {articleId: input.id, sentences: [{start: 0, end: input.body.length}], entities: [], claims: [], responses: [], pairs: []};
	};

	return {calls, analyse};
}

describe('cachedAnalyse', () => {
	test('analyses once, then reads the result from disk in a later run', () => {
		const dir = temporary();
		const first = counting();
		const result = createCachedAnalyse({analyse: first.analyse, version: '1', dir})(article('Body.'));
		const second = counting();
		assert.deepEqual(createCachedAnalyse({analyse: second.analyse, version: '1', dir})(article('Body.')), result);
		assert.deepEqual(first.calls, ['Body.']);
		assert.deepEqual(second.calls, []);
	});

	test('a changed body is a new key', () => {
		const dir = temporary();
		const run = counting();
		const cached = createCachedAnalyse({analyse: run.analyse, version: '1', dir});
		cached(article('One.'));
		cached(article('Two.'));
		assert.deepEqual(run.calls, ['One.', 'Two.']);
	});

	test('a new version re-analyses and removes the old version\'s folder', () => {
		const dir = temporary();
		createCachedAnalyse({analyse: counting().analyse, version: '1', dir})(article('Body.'));
		const later = counting();
		createCachedAnalyse({analyse: later.analyse, version: '2', dir})(article('Body.'));
		assert.deepEqual(later.calls, ['Body.']);
		assert.equal(readdirSync(dir).length, 1);
	});

	test('a corrupt cache entry is replaced by a fresh analysis', () => {
		const dir = temporary();
		createCachedAnalyse({analyse: counting().analyse, version: '1', dir})(article('Body.'));
		const [folder] = readdirSync(dir);
		const [entry] = readdirSync(path.join(dir, folder!));
		writeFileSync(path.join(dir, folder!, entry!), '{"articleId": "a", "sentences": nope');
		const again = counting();
		const result = createCachedAnalyse({analyse: again.analyse, version: '1', dir})(article('Body.'));
		assert.deepEqual(again.calls, ['Body.']);
		assert.equal(result.sentences[0]?.end, 5);
	});

	test('an unwritable cache folder still returns the analysis', () => {
		const dir = temporary();
		writeFileSync(path.join(dir, 'blocked'), 'x');
		const run = counting();
		const result = createCachedAnalyse({analyse: run.analyse, version: '1', dir: path.join(dir, 'blocked')})(article('Body.'));
		assert.equal(result.articleId, 'a');
	});

	test('the same article object is analysed once per run even without a disk', () => {
		const dir = temporary();
		writeFileSync(path.join(dir, 'blocked'), 'x');
		const run = counting();
		const cached = createCachedAnalyse({analyse: run.analyse, version: '1', dir: path.join(dir, 'blocked')});
		const one = article('Body.');
		cached(one);
		cached(one);
		assert.equal(run.calls.length, 1);
	});
});
