import {test} from 'node:test';
import {assertGoldSet} from '../eval/analyse-folder.js';

// The development sets. The first: twenty articles paraphrased from real reporting (ten on the Russia-war
// dispute, ten on other disputes about China; SOURCES.md gives each one's source), with gold made
// sentence by sentence. The rules were developed against it, so its bars are a floor that keeps
// what was reached (docs/evaluation.md has the figures), not a measure of unseen text.

test('the development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev', {claims: 0.96, responses: 0.95, speakers: 0.98, pairing: 0.87, entities: 0.92});
});

// Ten more paraphrased articles, scored once as they arrived (claims 0.638, responses 0.786,
// speakers 0.936, pairing 0.182, entities 0.923) and then developed on like the set above.
test('the validation set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/validation', {claims: 0.92, responses: 0.98, speakers: 0.95, pairing: 0.81, entities: 0.92});
});

// Ten more paraphrases of real reports, made later from other outlets, scored once as they
// arrived (claims 0.712, responses 0.842, speakers 0.964, pairing 0.486, entities 0.931) and then
// developed on.
test('the second development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev2', {claims: 0.89, responses: 0.96, speakers: 0.95, pairing: 0.77, entities: 0.93});
});

// Ten more, from other outlets and disputes (espionage arrests, fentanyl, police stations, rare
// earths), scored once as they arrived (claims 0.671, responses 0.854, speakers 0.98, pairing
// 0.276, entities 0.958) and then developed on.
test('the third development set paraphrased from real reporting keeps its extraction scores', async () => {
// (Responses 0.987 → 0.976 in round 6 by a trade: a bare stance at a measure — "was furious at X's
// move to …" — now spans its sentence, which dev9's gold wants (+0.023) and one dev3 item does not.)
	await assertGoldSet('test/fixtures/dev3', {claims: 0.88, responses: 0.97, speakers: 0.99, pairing: 0.69, entities: 0.95});
});

// Ten more (Taiwan's office in Vilnius, TikTok, espionage, the sea, sanctions), scored on arrival
// with this round's rules before any change made on it (claims 0.767, responses 0.93, speakers
// 0.891, pairing 0.44, entities 0.911): one more look at unseen text, then briefly developed on.
test('the fourth development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev4', {claims: 0.87, responses: 0.99, speakers: 0.9, pairing: 0.6, entities: 0.91});
});

// Ten more on the Russia-war dispute (dev5) and ten on other disputes (dev6), made by helpers from
// outlets new to the fixtures, scored on arrival (dev5 0.675 / 0.689 / 0.911 / 0.286 / 0.922,
// dev6 0.629 / 0.831 / 0.923 / 0.394 / 0.872) and then developed on.
test('the fifth development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev5', {claims: 0.89, responses: 0.93, speakers: 0.98, pairing: 0.68, entities: 0.92});
});

// (Speakers 0.935 → 0.922 in round 5 by an item found, not one lost: evidence released by the
// Philippine Coast Guard is now a claim, its speaker read as the Philippines, not the coast guard.)
test('the sixth development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev6', {claims: 0.77, responses: 0.92, speakers: 0.92, pairing: 0.51, entities: 0.87});
});

// Ten more (five on the Russia-war dispute, five on others: Tibet, the sea, Hong Kong, fentanyl,
// Japan), made by a helper from outlets new to the fixtures, scored on arrival (claims 0.787,
// responses 0.855, speakers 0.958, pairing 0.5, entities 0.907) and then developed on.
test('the seventh development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev7', {claims: 0.88, responses: 0.95, speakers: 0.98, pairing: 0.71, entities: 0.9});
});

// Ten more (five on the Russia-war dispute, five on others: hacking, electric-car tariffs, spying,
// transnational repression), made by a helper from outlets new to the fixtures, scored on arrival
// with commit 39d897e (claims 0.62, responses 0.843, speakers 0.978, pairing 0.346, entities 0.913)
// and then developed on.
test('the eighth development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev8', {claims: 0.78, responses: 0.96, speakers: 0.98, pairing: 0.5, entities: 0.91});
});

// Ten more (five on the Russia-war dispute, five on others: cyber espionage, Hong Kong bounties,
// the sea, Tibet, electric-car subsidies), made by a helper, scored on arrival with commit d1a161b
// (claims 0.776, responses 0.688, speakers 0.978, pairing 0.474, entities 0.905), then developed on.
test('the ninth development set paraphrased from real reporting keeps its extraction scores', async () => {
	await assertGoldSet('test/fixtures/dev9', {claims: 0.78, responses: 0.75, speakers: 0.98, pairing: 0.5, entities: 0.9});
});
