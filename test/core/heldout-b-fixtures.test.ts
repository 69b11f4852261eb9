import {test} from 'node:test';
import assert from 'node:assert/strict';
import {exportFolder, assertFixtureScores} from '../eval/analyse-folder.js';

// A second set of six invented articles kept out of tuning (written in the third session, before
// riposte was run on them): wire copy with a dateline, an EU mission's statement, a defence
// secretary whose title names no country, an ambassador's interview, accusations nobody answers,
// and a spokesman named after his quote. Every official is missing from the people lexicon, and
// two of the Chinese family names are missing from the family-name list.
// First run, before any rule change: claims 0.786, responses 0.667, speakers 1, pairing 0.647,
// entities 0.983. After tuning on test/fixtures/unseen/22-23 (written after seeing which patterns
// failed here, with other sentences and names, so read it as optimistic): claims 0.903, responses
// 1, speakers 1, pairing 0.765, entities 0.983. One annotation was corrected after the first run
// to the gold files' convention for quotes (06 r1: the quotation, not the whole sentence).
// Still missed: a charge with no charge word ("keeps this trade open costs Ukrainian lives"), a
// speaker named only later in the paragraph ("NATO's military chief, who said"), a parenthetical
// of eight words between a name and "said".
const dir = 'test/fixtures/heldout-b';

test('a second held-out set of invented articles is read close to its expected analysis', async () => {
	await assertFixtureScores(dir, {claims: 0.85, responses: 0.95, speakers: 0.95, pairing: 0.7, entities: 0.95});
});

test('accusations nobody from China answers get no responses and no pairs', async () => {
	const exported = await exportFolder(dir);
	for (const marker of ['There was no immediate comment from Beijing.', 'Neither minister said what new measures']) {
		const article = exported.articles.find(a => a.body.includes(marker));
		assert.ok(article, marker);
		assert.deepEqual([article.responses.length, article.pairs.length], [0, 0], marker);
		assert.ok(article.claims.length >= 2, marker);
	}
});
