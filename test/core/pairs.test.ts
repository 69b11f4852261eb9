import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyseBody} from './article-of.js';
import {minimumScore} from '../../source/core/dispute/pair.js';
import {topicLabel} from '../../source/core/lexicon/topics.js';

/** claim text → text of its best-paired response (or null). */
function bestPairs(body: string): Array<[string, string | null]> {
	const a = analyseBody(body);
	return a.claims.map(c => {
		const best = a.pairs.filter(p => p.claim === c.id).sort((x, y) => y.score - x.score)[0];
		return [c.text, best ? a.responses.find(r => r.id === best.response)?.text ?? null : null];
	});
}

describe('pairing by what the answer says', () => {
	test('a claim pairs with the answer that negates its own words, not the defence next to it', () => {
		const body = [
			'Swedish Defense Minister Pal Jonson said it would be unwise for China to deliver weapons to Russia.',
			'Chinese Embassy spokesperson Liu Pengyu said Beijing’s normal trade with Russia is done above board.',
			'Liu added that China does not provide weapons to the parties to the conflict.',
		].join('\n\n');
		const [[, answer]] = bestPairs(body) as [[string, string | null]];
		assert.match(answer ?? '', /does not provide weapons/);
	});

	test('a charge with no weapons or trade word pairs with the answer that shares its words', () => {
		const body = [
			'The FBI director said Chinese state hackers had broken into water utilities across the country.',
			'The Chinese embassy said Beijing firmly opposes all forms of hacking and accused Washington of smearing China.',
			'Separately, the embassy said China welcomes American students.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /hacking/);
	});

	test('an answer that points back at "the accusations" answers a claim it shares no word with', () => {
		const body = [
			'The Philippine coast guard said Chinese vessels fired water cannon at its supply boat near the shoal.',
			'Officials in Manila said repairs would take a week.',
			'The ministry in Beijing later said the photographs were staged.',
			'Chinese Foreign Ministry spokesperson Mao Ning said these accusations are groundless.',
		].join('\n\n');
		const pairs = bestPairs(body);
		assert.match(pairs[0]?.[1] ?? '', /these accusations are groundless/);
	});

	test('an answer that dismisses "accusations that …" points back at them, above a nearer statement of position', () => {
		const body = [
			'Polish President Andrzej Duda said China was sending Russia drone parts and machine tools.',
			'Chinese Foreign Minister Wang Yi said Beijing could not accept Russia being isolated.',
			'Wang also dismissed accusations that China was arming Moscow.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /dismissed accusations/);
	});

	test('an answer in other words of the same kind ("provided weapons" for "supplying arms", "conflict" for "war") answers the claim', () => {
		const body = [
			'Ukraine’s foreign minister said Beijing was supplying arms that prolong the war.',
			'Chinese Foreign Ministry spokesperson Mao Ning said China and Ukraine have a long friendship.',
			'Mao said China has never provided weapons to either party to the conflict.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /never provided weapons/);
	});

	test('a bare denial answers the claim before it, not one the article reports after it', () => {
		const body = [
			'Palau’s government said Chinese hackers stole thousands of government documents.',
			'China strongly denies any involvement.',
			'Palau’s president later accused China of turning tourism into a weapon.',
		].join('\n\n');
		const pairs = bestPairs(body);
		assert.equal(pairs.length, 2);
		assert.match(pairs[0]?.[1] ?? '', /denies any involvement/);
		assert.equal(pairs[1]?.[1], null);
	});

	test('an answer to the other side\'s statement ("the statement had smeared China") answers the claims it made', () => {
		const body = [
			'The G7 statement said the leaders oppose China’s coercive activities in the South China Sea.',
			...Array.from({length: 6}, (_, i) => `Delegates held working session ${i + 1} on budgets.`),
			'Chinese Foreign Ministry spokesman Lin Jian said the statement had smeared and attacked China.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /smeared and attacked/);
	});

	test('"has not denied" is no denial: the pair\'s reasons do not say it denies', () => {
		const body = [
			'Lithuania’s foreign minister said China was running secret police stations in Vilnius.',
			'Chinese Foreign Ministry spokesperson Mao Ning said China had not denied contacts with diaspora groups in Vilnius.',
		].join('\n\n');
		const pair = analyseBody(body).pairs[0];
		assert.ok(pair, 'the answer is paired (it names Vilnius)');
		assert.ok(!pair.why.includes('denies or rejects'), pair.why.join('; '));
	});

	test('one answer to several claims is paired with each of them', () => {
		const body = [
			'Lithuania’s foreign minister said China was running secret police stations in Vilnius.',
			'The Dutch government said Chinese police stations in Rotterdam harassed dissidents.',
			'A spokesperson for the Chinese Embassy dismissed the accusations as lies.',
		].join('\n\n');
		const a = analyseBody(body);
		assert.equal(a.claims.length, 2);
		assert.equal(a.responses.length, 1);
		assert.deepEqual(a.pairs.map(p => p.claim), ['c1', 'c2']);
		assert.ok(a.pairs.every(p => p.response === 'r1'));
	});

	test('a claim far from any answer, sharing nothing with it, stays unpaired', () => {
		const body = [
			'NATO said in its declaration that China poses systemic challenges through cyber activities.',
			...Array.from({length: 8}, (_, i) => `The summit's working session number ${i + 1} discussed budgets.`),
			'Chinese Embassy spokesperson Liu Pengyu said tourism between the two countries had recovered.',
		].join('\n\n');
		assert.deepEqual(bestPairs(body).map(([, r]) => r), [null]);
	});

	test('every pair passes the bar the analysis owns and says why it was made', () => {
		const body = [
			'Japan’s defence ministry said Chinese drills near Taiwan were a grave concern.',
			'China’s defence ministry rejected the concern and said the drills were routine.',
		].join('\n\n');
		const {pairs} = analyseBody(body);
		assert.equal(pairs.length, 1);
		assert.ok(pairs[0]!.score >= minimumScore);
		assert.ok(pairs[0]!.why.some(w => /drill|concern/.test(w)), pairs[0]!.why.join('; '));
	});

	test('topic ids keep human labels for the reader’s grouping', () => {
		assert.equal(topicLabel('weapons'), 'Weapons and lethal aid');
		assert.equal(topicLabel('unknown-topic'), 'unknown-topic');
	});
});

describe('pairing by whom the answer says it answers', () => {
	test('an answer put to another party ("refuting the accusations by the US envoy") does not answer a British claim it shares words with', () => {
		const body = [
			'British Foreign Secretary David Lammy said China was sending drone engines to Russia.',
			'The Chinese embassy in London said the remarks were a smear and urged the UK to stop hyping the issue.',
			'China has never sent drone engines to Russia, a Chinese diplomat said at the United Nations, refuting the accusations made by the US ambassador.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /urged the UK|smear/);
	});

	test('"in response to X’s statements" answers X’s claim over a nearer answer about something else', () => {
		const body = [
			'Canadian Defence Minister Bill Blair said Chinese firms were shipping machine tools to Russian arms plants.',
			'He also said a Chinese research ship had entered Canadian waters in the Arctic.',
			'China’s foreign ministry criticised Ottawa over the Arctic patrols, calling them provocative.',
			'In response to Blair’s statements, the Chinese embassy said China exports no lethal goods and strictly controls dual-use items.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /exports no lethal goods/);
	});

	test('a frame after an answer ("…, an envoy said, refuting the accusations by X") is read for whom it answers, not for what it says', () => {
		const body = [
			'British Defence Secretary Grant Shapps accused China of providing lethal aid to Russia.',
			'We urge the UK to stop smearing China over the Ukraine issue, the Chinese embassy said.',
			'China has not supplied lethal weapons to any party, a Chinese envoy said at the United Nations, refuting the unreasonable accusations made by the US representative.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /We urge the UK/);
		const envoy = analyseBody(body).responses.find(r => /envoy/.test(r.text));
		assert.match(envoy?.text ?? '', /refuting the unreasonable accusations/, 'the answer\'s text is its whole sentence');
	});

	test('an answer whose own sentence reports a claim answers that claim by name, not the claimant’s next one', () => {
		const a = analyseBody([
			'China’s foreign ministry rejected NATO’s allegations that Beijing was arming Russia.',
			'NATO leaders said China had become a decisive enabler of the war.',
			'Lin Jian said NATO should stop spreading such lies.',
		].join('\n\n'));
		const rejection = a.responses.find(r => /rejected/.test(r.text))!;
		const why = (claim: string) => a.pairs.find(p => p.claim === claim && p.response === rejection.id)?.why ?? [];
		const [embedded, next] = a.claims;
		assert.match(embedded!.text, /allegations that Beijing/);
		assert.ok(why(embedded!.id).includes('says it answers the claimant'));
		assert.ok(why(next!.id).length > 0, 'the rejection is still a candidate for the next claim');
		assert.ok(!why(next!.id).includes('says it answers the claimant'));
	});

	test('"Responding to X’s remarks about …, Y said …" answers those remarks, over an earlier rejection that shares more of their words', () => {
		const body = [
			'China rejected accusations that it was helping Russia in its war in Ukraine, saying its trade with Moscow was lawful.',
			'The foreign ministry spokesman made the remarks at a briefing in Beijing on Monday.',
			'Responding to remarks by US officials about large-scale weapons help from Beijing to Russia, the spokesman said China’s position was fair and that it was working for peace talks.',
		].join('\n\n');
		const a = analyseBody(body);
		const remarks = a.claims.find(c => /remarks by US officials/.test(c.text));
		assert.ok(remarks, a.claims.map(c => c.text).join(' | '));
		const best = a.pairs.filter(p => p.claim === remarks.id).sort((x, y) => y.score - x.score)[0];
		assert.match(a.responses.find(r => r.id === best?.response)?.text ?? '', /position was fair/);
	});

	test('the addressee of an answer: the statement it names, whom a counter-demand is put to, or nobody', async () => {
		const {addresseeOf, addressing} = await import('../../source/core/dispute/addressee.js');
		const a = addresseeOf('Chinese officials rejected NATO’s allegations that Beijing was arming Russia.');
		assert.equal(addressing(a, new Set(['nato']), new Set(['NATO'])), 'named');
		const urged = addresseeOf('Lin urged the United States to reflect on its own conduct.');
		assert.equal(addressing(urged, new Set(['nato']), new Set(['NATO'])), 'other');
		assert.equal(addressing(urged, new Set(['states', 'us']), new Set(['United States'])), 'unsaid', 'a counter-demand names whom it is put to, not the statement answered');
		assert.equal(addressing(addresseeOf('China said it firmly opposes the sanctions.'), new Set(['nato']), new Set(['NATO'])), 'unsaid');
	});

	test('a habit of answering told as background ("has in the past denied …") gives way to the reply the article reports', () => {
		const body = [
			'The Dutch intelligence service said Chinese hackers had broken into a defence network.',
			'China’s foreign ministry said on Monday that the hacking claims were groundless.',
			'Beijing has in the past denied accusations that it uses hackers against foreign governments.',
		].join('\n\n');
		assert.match(bestPairs(body)[0]?.[1] ?? '', /hacking claims were groundless/);
	});
});
