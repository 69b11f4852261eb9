import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {score} from '../../source/eval/score.js';
import {readGolds} from '../../source/eval/read-golds.js';
import type {AnalysisExport} from '../../source/report/export-json.js';
import {exportFolder} from './analyse-folder.js';

const reference = path.resolve('..', 'shared', 'eval', 'score.mjs');
const skip = existsSync(reference) ? false : `reference scorer not found at ${reference}; agreement not checked (the project scorer still runs in test/core/gold-thresholds)`;

/** A worse export: claims dropped, a span shifted, a speaker wrong, a pair removed, an entity renamed. */
function damaged(exported: AnalysisExport): AnalysisExport {
	return {
		...exported,
		articles: exported.articles.map((a, i) => ({
			...a,
			claims: a.claims.filter((_, k) => k % (i + 2) !== 1).map((c, k) => (k === 0 ? {...c, speaker: 'Somebody Else', start: c.start + 40} : c)),
			responses: a.responses.map((r, k) => (k === 1 ? {...r, start: undefined as unknown as number, end: undefined as unknown as number} : r)),
			pairs: a.pairs.filter((_, k) => k % 3 !== 0),
			entities: a.entities.map((e, k) => (k === 2 ? {...e, canonical: 'Nowhere Land'} : e)),
		})),
	};
}

for (const [name, make] of [['the real export', (e: AnalysisExport) => e], ['a damaged export', damaged]] as const) {
	test(`the project scorer gives the reference scorer's figures on ${name}`, {skip}, async () => {
		const exported = make(await exportFolder('articles'));
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'riposte-agree-')), 'analysis.json');
		writeFileSync(file, JSON.stringify(exported));
		const run = spawnSync(process.execPath, [reference, '--pred', file, '--gold', 'test/gold', '--json'], {encoding: 'utf8'});
		assert.equal(run.status, 0, run.stderr);
		const theirs = JSON.parse(run.stdout) as Record<string, unknown>;
		const {golds, aliases} = readGolds('test/gold');
		const ours = score(exported.articles, golds, aliases).result;
		for (const key of ['articles', 'claims', 'responses', 'speakers', 'pairing', 'pairingOfFound', 'entities'] as const) {
			assert.deepEqual(ours[key], theirs[key], key);
		}
	});
}
