import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyseBody} from './article-of.js';

describe('claims and responses', () => {
	const rows: Array<[string, string, number, number]> = [
		['a NATO demand about China is a claim', 'NATO leaders called on China to cease all support for Russia’s war effort.', 1, 0],
		['a statement by the accusing side that is not about China is not a claim', '“Putin must not win,” Stoltenberg said.', 0, 0],
		['NATO troop plans are not a claim', 'Stoltenberg said NATO would place more ground forces on its eastern flank.', 0, 0],
		['a friendly remark about China is not a claim', '“We remain open to constructive cooperation with China,” the NATO statement said.', 0, 0],
		['a denial by China’s foreign ministry is a response', 'China’s foreign ministry said it had never supplied lethal weapons to Russia.', 0, 1],
		['an embassy statement is a response', 'The Chinese Embassy said China does not provide weapons to the parties.', 0, 1],
		['an analyst’s view is neither', 'Analyst Bonnie Glaser said China was helping Russia.', 0, 0],
		['the reporter’s own narration is neither', 'Chinese weapons supplies to Russia would risk an escalation.', 0, 0],
		[
			'"they" carries China over from the speaker’s previous statement',
			'“China is the main enabler,” Stoltenberg said.\n\n“They are delivering the dual-use equipment,” he said.',
			2,
			0,
		],
		// Other disputes: no charge list names these, the structure decides.
		['a hacking charge is a claim', 'The FBI director said Chinese state hackers had broken into water utilities.', 1, 0],
		['coercion at sea is a claim', 'The Philippine coast guard said Chinese vessels fired water cannon at a supply boat.', 1, 0],
		['forced labour is a claim', 'The State Department said Beijing forces Uyghurs to pick cotton.', 1, 0],
		['the party as agent inside a compound ("Chinese-made") names it', 'Zelensky said Chinese-made drones were being assembled in Russia.', 1, 0],
		['a compound that does not make the party an agent does not', 'Zelensky said the made-in-Russia drones were assembled from Belarus-bought parts.', 0, 0],
		['"the primary contributor" is a claim', 'Treasury officials said China is the primary contributor to the fentanyl crisis.', 1, 0],
		['a pronoun carries China over from the sentence before', 'Chinese vessels entered the lagoon on Monday.\n\nThe navy said they rammed a patrol boat.', 1, 0],
		['the press’s epithet for China ("the Asian giant") names it', 'The Canadian prime minister issued a warning to the Asian giant over its ties with Moscow.', 1, 0],
		['an indictment is a claim', 'The Justice Department indicted seven Chinese nationals for hacking American firms.', 1, 0],
		['goodwill is no claim', 'The minister said she was open to constructive talks with China.', 0, 0],
		['a partner of China is neither side', 'The Kremlin said Western claims about Chinese drones were lies.', 0, 0],
		[
			'a briefing answer to a question that put no claim is no response',
			'Reuters: The FBI says Chinese hackers broke into US utilities. What is your comment?\n\nMao Ning: The accusation is groundless.\n\nCCTV: When will the new bridge open?\n\nMao Ning: The bridge will open in May.',
			1,
			1,
		],
		['a reporter asking is neither side', 'A reporter asked whether China would send troops.', 0, 0],
	];
	for (const [name, body, claims, responses] of rows) {
		test(name, () => {
			const a = analyseBody(body);
			assert.equal(a.claims.length, claims, `claims: ${a.claims.map(c => c.text).join(' | ')}`);
			assert.equal(a.responses.length, responses, `responses: ${a.responses.map(r => r.text).join(' | ')}`);
		});
	}

	test('says why each claim and response was found', () => {
		const a = analyseBody('Manila condemned Chinese coast guard vessels for ramming a supply boat.\n\nBeijing rejected the accusation as groundless.');
		assert.equal(a.claims.length, 1);
		assert.equal(a.responses.length, 1);
		const [claim] = a.claims;
		assert.ok(claim!.why.some(w => /cue "condemned"/.test(w)), claim!.why.join(' / '));
		assert.ok(claim!.why.some(w => /Philippines/.test(w)), claim!.why.join(' / '));
		assert.ok(claim!.why.some(w => /names China/.test(w)), claim!.why.join(' / '));
		assert.ok(a.responses[0]!.why.some(w => /China's side is a response/.test(w)), a.responses[0]!.why.join(' / '));
	});

	test('gives every claim and response a topic list and an id', () => {
		const a = analyseBody('Blinken accused China of supplying machine tools to Russia.\n\nBeijing denied supplying weapons.');
		assert.deepEqual(a.claims.map(c => [c.id, c.topics.includes('trade')]), [['c1', true]]);
		assert.deepEqual(a.responses.map(r => [r.id, r.topics.includes('weapons')]), [['r1', true]]);
	});
});
