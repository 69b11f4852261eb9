import {test} from 'node:test';
import {assertGoldSet} from '../eval/analyse-folder.js';

// The fresh split: ten paraphrases of real reports made by someone other than the rules' author
// after the frozen split had been scored several times, never read through the program (no rule
// was written while looking at it; `npm run eval` prints no per-item detail for it). Scored on
// arrival (claims 0.757, responses 0.824, speakers 0.957, pairing 0.481, entities 0.958) and at
// the end of the round (claims 0.828, responses 0.865, speakers 0.961, pairing 0.63, entities
// 0.958); at the end of rounds 4 and 5: claims 0.828, responses 0.882, speakers 0.962, pairing 0.63. The bars keep the final figures; a change that lowers them has made unseen text worse.
test('the fresh split of real reporting keeps its final scores', async () => {
	await assertGoldSet('test/fixtures/fresh', {claims: 0.82, responses: 0.88, speakers: 0.96, pairing: 0.63, entities: 0.95});
});

// The second fresh split: ten more paraphrases of real reports (five on the Russia-war dispute, five
// on other disputes, from ten outlets new to the fixtures), made by a helper and kept out of tuning
// the same way. Scored with the code as this round began (commit 84447fd: claims 0.733, responses
// 0.795, speakers 0.946, pairing 0.385), on arrival (claims 0.752, responses 0.815, speakers 0.947,
// pairing 0.41, entities 0.909), at the end of that round (the same) and at the end of the next
// (claims 0.788, responses 0.86, speakers 0.952, pairing 0.436); the bars keep the final figures.
test('the second fresh split of real reporting keeps its final scores', async () => {
	await assertGoldSet('test/fixtures/fresh2', {claims: 0.78, responses: 0.86, speakers: 0.95, pairing: 0.43, entities: 0.9});
});

// The third fresh split: ten more (five and five, outlets new to the fixtures), made by a helper and
// kept out of tuning the same way. Scored on arrival with the code of this round's start (commit
// 7285a43: claims 0.705, responses 0.834, speakers 1, pairing 0.528, entities 0.908), at the
// end of that round (claims 0.705, responses 0.827, speakers 1, pairing 0.556) and of the next
// (claims 0.725, responses 0.842, speakers 1, pairing 0.583); the bars keep the final figures.
test('the third fresh split of real reporting keeps its final scores', async () => {
	await assertGoldSet('test/fixtures/fresh3', {claims: 0.72, responses: 0.84, speakers: 0.99, pairing: 0.58, entities: 0.9});
});

// The fourth fresh split: ten more (five and five), made by a helper at the start of round 5 and
// kept out of tuning the same way. Scored on arrival with commit 39d897e (claims 0.839, responses
// 0.876, speakers 0.915, pairing 0.548, entities 0.887) and at the end of the round (claims 0.826,
// responses 0.901, speakers 0.918, pairing 0.548, entities 0.887); the bars keep the final figures.
test('the fourth fresh split of real reporting keeps its final scores', async () => {
	await assertGoldSet('test/fixtures/fresh4', {claims: 0.82, responses: 0.9, speakers: 0.91, pairing: 0.54, entities: 0.88});
});

// The fifth fresh split: ten more (five on the Russia-war dispute, five on others, 2022–2026), made by
// a helper at the start of round 6 and kept out of tuning the same way (summary line only). Scored on
// arrival with commit fc4173e (claims 0.837, responses 0.891, speakers 0.955, pairing 0.556,
// entities 0.909); the bars keep the figures of the round's end.
test('the fifth fresh split of real reporting keeps its final scores', async () => {
	await assertGoldSet('test/fixtures/fresh5', {claims: 0.83, responses: 0.89, speakers: 0.95, pairing: 0.55, entities: 0.9});
});
