import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyseBody} from './article-of.js';
import {topicLabel} from '../../source/core/lexicon/topics.js';

/** claim text → text of its best-paired response (or null). */
function bestPairs(body: string): Array<[string, string | null]> {
	const a = analyseBody(body);
	return a.claims.map(c => {
		const best = a.pairs.filter(p => p.claim === c.id).sort((x, y) => y.score - x.score)[0];
		return [c.text, best ? a.responses.find(r => r.id === best.response)?.text ?? null : null];
	});
}

describe('pairing by topic', () => {
	test('a weapons claim pairs with the weapons denial, not the trade defence next to it', () => {
		const body = [
			'Swedish Defense Minister Pal Jonson said it would be unwise for China to deliver weapons to Russia.',
			'Chinese Embassy spokesperson Liu Pengyu said Beijing’s normal trade with Russia is done above board.',
			'Liu added that China does not provide weapons to the parties to the conflict.',
		].join('\n\n');
		const [[, answer]] = bestPairs(body) as [[string, string | null]];
		assert.match(answer ?? '', /does not provide weapons/);
	});

	test('a disinformation claim pairs with the disinformation rebuttal', () => {
		const body = [
			'NATO called on China to cease amplifying the Kremlin’s false narratives.',
			'Beijing says it will continue to trade with Moscow.',
			'Chinese Foreign Ministry spokesperson Wang Wenbin said the accusation of disinformation is itself disinformation.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /Wang Wenbin/);
	});

	test('a claim about NATO in Asia pairs with the answer about the Asia-Pacific', () => {
		const body = [
			'NATO leaders said China’s growing role in the Indo-Pacific concerns the alliance.',
			'Beijing denied supplying weapons to Russia.',
			'Chinese Foreign Ministry spokesperson Lin Jian said NATO should not meddle in the Asia-Pacific.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /Asia-Pacific/);
	});

	test('a claim nothing answers stays unpaired', () => {
		const body = [
			'NATO said in its declaration that China poses systemic challenges through cyber and hybrid activities.',
			'Chinese Embassy spokesperson Liu Pengyu said Beijing’s trade with Russia is normal.',
		].join('\n\n');
		assert.deepEqual(bestPairs(body).map(([, r]) => r), [null]);
	});

	test('topic ids have human labels for grouping', () => {
		assert.equal(topicLabel('weapons'), 'Weapons and lethal aid');
		assert.equal(topicLabel('unknown-topic'), 'unknown-topic');
	});
});
