// The reader's analysis worker (the built dist/analysis-worker.js): it gives the same Analysis as
// the core does inline, writes it to the analysis cache, and a request cancelled mid-way
// (the worker terminated) never settles while the next one is answered by a new worker.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyse} from '../../source/core/analyse.js';
import {createBackgroundAnalyse} from '../../source/cli/background-analyse.js';
import {makeArticle} from '../state/fixture.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = path.join(root, 'dist', 'analysis-worker.js');
const skip = existsSync(script) ? false : 'dist/analysis-worker.js is missing: run `npm run build` first';
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'riposte-worker-'));
after(() => {
	rmSync(cacheDir, {recursive: true, force: true});
});

const bundledBody = () => {
	const dir = path.join(root, 'articles');
	const text = readFileSync(path.join(dir, readdirSync(dir).filter(f => f.endsWith('.md')).sort()[0]!), 'utf8');
	return text.slice(text.indexOf('\n---', 4) + 5);
};

describe('the analysis worker', {skip}, () => {
	test('answers with the analysis the core makes inline, and fills the cache', async () => {
		const background = createBackgroundAnalyse({setup: {version: 'test-1', cacheDir}, inlineBelow: 0, script})!;
		try {
			const article = makeArticle('w1', {body: bundledBody()});
			const analysis = await background.run(article).result;
			assert.deepEqual(analysis, analyse(article));
			assert.ok(analysis.claims.length > 0);
			const folders = readdirSync(cacheDir).filter(f => f.startsWith('analysis-'));
			assert.equal(folders.length, 1);
			assert.equal(readdirSync(path.join(cacheDir, folders[0]!)).length, 1);
		} finally {
			background.close();
		}
	});

	test('a cancelled request never settles; the next one is answered', async () => {
		const background = createBackgroundAnalyse({setup: {version: 'test-2', cacheDir}, inlineBelow: 0, script})!;
		try {
			let settled = false;
			const first = background.run(makeArticle('w2', {body: bundledBody().repeat(20)}));
			first.result.then(() => {
				settled = true;
			}, () => {
				settled = true;
			});
			first.cancel();
			const article = makeArticle('w3', {body: bundledBody()});
			const next = await background.run(article).result;
			assert.deepEqual(next, analyse(article));
			assert.equal(settled, false);
		} finally {
			background.close();
		}
	});

	test('small bodies stay inline; no script means no worker', () => {
		const background = createBackgroundAnalyse({setup: {version: 'test-3', cacheDir}, inlineBelow: 200_000, script})!;
		assert.equal(background.wants(makeArticle('s', {body: 'short'})), false);
		assert.equal(background.wants(makeArticle('l', {body: 'x'.repeat(200_000)})), true);
		background.close();
		assert.equal(createBackgroundAnalyse({setup: {version: 'test-3', cacheDir}, inlineBelow: 0, script: path.join(cacheDir, 'none.js')}), null);
	});
});
