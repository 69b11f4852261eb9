import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {score, summaryLine, type Gold} from '../../source/eval/score.js';
import {readGolds} from '../../source/eval/read-golds.js';
import {exportFolder} from '../eval/analyse-folder.js';

// Invented tuning articles (the rules were tuned on these; test/fixtures/heldout are the ones kept
// out): other spokespeople, envoys, EU/G7/UK/Japanese officials, straight and curly quotes, split
// and paragraph-spanning quotes, non-China statements, apposition, transcripts, topic pairing and
// claims nothing answers.
const dir = 'test/fixtures/unseen';

test('invented tuning articles with unlisted speakers are read close to their expected analysis', async () => {
	const golds: Gold[] = readdirSync(dir)
		.filter(f => f.endsWith('.expected.json'))
		.sort()
		.map(f => ({file: f, ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Omit<Gold, 'file'>)}));
	const {aliases} = readGolds('test/gold');
	const exported = await exportFolder(dir);
	const {result, details} = score(exported.articles, golds, aliases, true);
	const line = `${summaryLine(result)}\n${details.join('\n')}`;
	assert.equal(result.articles, `${golds.length}/${golds.length}`, line);
	assert.ok(result.claims.f1 >= 0.95, line);
	assert.ok(result.responses.f1 >= 0.95, line);
	assert.ok(result.speakers >= 0.95, line);
	assert.ok(result.pairing >= 0.9, line);
	assert.ok(result.entities.f1 >= 0.95, line);
});
