// The JSON export of a long article writes each stretch's lists into temporary files and reads
// them back into the document (source/cli/export-spill.ts): the document is the same text as the
// one made from the whole analysis, and an analysis that throws leaves no file behind.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import {analyse, analyseStretches} from '../../source/core/analyse.js';
import {analyseInStretches} from '../../source/core/stretches.js';
import type {Analysis} from '../../source/core/types.js';
import {spillArticle, spillFolder} from '../../source/cli/export-spill.js';
import {analysisExport, exportedArticle, toAnalysisExport} from '../../source/report/export-json.js';
import {jsonChunks} from '../../source/report/json-chunks.js';
import {articleOf} from '../core/article-of.js';

const paragraphs = [
	'Swedish Defense Minister Pal Jonson said it would be unwise for China to deliver weapons to Russia.',
	'Chinese Embassy spokesperson Liu Pengyu said China does not provide weapons to the parties to the “conflict”.',
	'NATO said in its declaration that China poses systemic challenges through cyber activities. 😀',
	'Working session of the summit in Washington discussed budgets on Tuesday.',
];
const bodyOf = (count: number) => Array.from({length: count}, (_, i) => paragraphs[i % paragraphs.length]!).join('\n\n');
const text = (value: unknown) => [...jsonChunks(value)].join('');

describe('export spill', () => {
	test('a document with spilled lists is the text of the whole analysis\'s export, for short, long and empty articles', () => {
		const spill = spillFolder();
		try {
			const articles = [articleOf(bodyOf(4), 'short'), articleOf(bodyOf(1200), 'long'), articleOf('Nothing is said here.', 'none')];
			const spilled = articles.map(article => spillArticle(article, analyseStretches(article), spill));
			const expected = JSON.stringify(toAnalysisExport(articles.map(article => ({article, analysis: analyse(article)}))), null, 2);
			assert.ok(expected.length > 1 << 17, 'the long article takes more than one read back');
			assert.equal(text(analysisExport(spilled)), expected);
			// Read back twice (the files stay until the folder is removed), the same text again.
			assert.equal(text(analysisExport(spilled)), expected);
		} finally {
			spill.remove();
		}
	});

	test('small stretches, many reads: still the same text', () => {
		const spill = spillFolder();
		try {
			const article = articleOf(bodyOf(60), 'small-stretches');
			const parts = [...analyseInStretches(article, analyse, 400)];
			const spilled = spillArticle(article, parts, spill);
			assert.ok(parts.length > 10);
			assert.equal(text(analysisExport([spilled])), JSON.stringify(analysisExport([exportedArticle(article, parts)]), null, 2));
		} finally {
			spill.remove();
		}
	});

	test('the folder is made only when an article is spilled', () => {
		const spill = spillFolder();
		spill.remove();
		const folder = spill.folder();
		assert.deepEqual(readdirSync(folder), []);
		spill.remove();
		assert.equal(existsSync(folder), false);
	});

	test('an analysis that throws leaves no file and the error goes on', () => {
		const spill = spillFolder();
		try {
			const article = articleOf(bodyOf(8), 'broken');
			function* failing(): Generator<Analysis> {
				yield analyse(article);
				throw new Error('the analysis broke');
			}

			assert.throws(() => spillArticle(article, failing(), spill), /the analysis broke/);
			assert.deepEqual(readdirSync(spill.folder()), []);
		} finally {
			spill.remove();
		}
	});

	test('the folder of an export whose process is gone (killed mid-analysis) is removed by the next export; a live one is kept', () => {
		const root = mkdtempSync(path.join(os.tmpdir(), 'riposte-spill-root-'));
		try {
			const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
			const gone = path.join(root, `riposte-export-${dead.stdout}-abc`);
			const live = path.join(root, `riposte-export-${process.ppid}-def`);
			mkdirSync(gone);
			writeFileSync(path.join(gone, '1-entities.json'), '[]');
			mkdirSync(live);
			const spill = spillFolder(root);
			spill.folder();
			assert.equal(existsSync(gone), false);
			assert.equal(existsSync(live), true);
			spill.remove();
		} finally {
			rmSync(root, {recursive: true, force: true});
		}
	});
});
