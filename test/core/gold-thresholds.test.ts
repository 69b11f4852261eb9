import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {score, summaryLine} from '../../source/eval/score.js';
import {readGolds} from '../../source/eval/read-golds.js';
import type {AnalyseOptions} from '../../source/core/analyse.js';
import {exportFolder} from '../eval/analyse-folder.js';

// The same bars with the lexicon's known people and with none: names in the bundled articles must
// be read from their titles and context, not from a list that happens to contain them.
const cases: Array<{name: string; options: AnalyseOptions}> = [
	{name: 'with the known-people lexicon', options: {}},
	{name: 'with an empty known-people list', options: {knownPeople: []}},
];

describe('the bundled articles meet the extraction bars against the gold annotations', () => {
	for (const {name, options} of cases) {
		test(name, async () => {
			const exported = await exportFolder('articles', options);
			const {golds, aliases} = readGolds('test/gold');
			const {result} = score(exported.articles, golds, aliases);
			const line = summaryLine(result);
			assert.equal(result.articles, `${golds.length}/${golds.length}`, line);
			assert.ok(result.claims.f1 >= 0.9, `claims: ${line}`);
			assert.ok(result.responses.f1 >= 0.9, `responses: ${line}`);
			assert.ok(result.speakers >= 0.9, `speakers: ${line}`);
			assert.ok(result.pairing >= 0.85, `pairing: ${line}`);
			assert.ok(result.entities.f1 >= 0.85, `entities: ${line}`);
		});
	}
});
