// Step 6: which statements are claims and which are responses. A claim comes from the accusing
// side, is about China (named, or carried over by "they"/"such" from the statement or sentence
// before) and charges, warns or demands; a response is any statement by China's side.

import type {Attribution, Claim, Response, Span} from '../types.js';
import {anaphors, chargeWords, chinaWords} from '../lexicon/charge.js';
import {keywordPattern, countMatches, wordsOf} from '../util/keywords.js';
import {topicHits} from './06b-topics.js';

/** A resolved attribution with the span of what was said. */
export type Resolved = Attribution & {content: Span};

const china = keywordPattern(chinaWords);
const charge = keywordPattern(chargeWords);
const anaphor = keywordPattern(anaphors);
// A reported clause whose subject is China: "(on Monday) (that) Beijing was …", "China had …", "Chinese firms were …".
const chinaDoes = new RegExp(`^\\s*(?:(?:on|in|at|last|this)\\s+\\p{L}+\\s+)?(?:that\\s+)?(?:the\\s+)?(?:${chinaWords.join('|')})(?:[’']s)?(?:\\s+\\p{Ll}+)?\\s+(?:is|was|has|had|were|are|would|could|will|had been|has been|kept|keeps)\\s`, 'u');

/** Claims and responses, with their topics; ids are c1…, r1… in reading order. */
export function classify(body: string, attributions: readonly Resolved[], sentences: readonly Span[]): {claims: Claim[]; responses: Response[]; claimHits: Map<string, Map<string, number>>} {
	const claims: Claim[] = [];
	const responses: Response[] = [];
	const aboutChinaBySpeaker = new Map<string, boolean>();
	const lastTopics = new Map<string, string[]>();
	const claimHits = new Map<string, Map<string, number>>();
	let s = 0;
	for (const a of attributions) {
		const content = wordsOf(body.slice(a.content.start, a.content.end));
		const {content: _content, ...attribution} = a;
		// Topics are read only for statements that become claims or responses.
		const topicsOf = (hits: Map<string, number>) => [...hits.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
		if (a.side === 'china') {
			if (content.length >= 2) responses.push({...attribution, id: `r${responses.length + 1}`, topics: topicsOf(topicHits(a.text))});
			continue;
		}
		while (s + 1 < sentences.length && sentences[s + 1]!.start <= a.sentence.start) s++;
		const previous = s > 0 ? sentences[s - 1]! : null;
		const named = countMatches(china, content) > 0;
		const carried = countMatches(anaphor, content) > 0
			&& (aboutChinaBySpeaker.get(a.speaker ?? '') === true || (previous !== null && countMatches(china, body.slice(previous.start, previous.end)) > 0));
		const about = named || carried;
		aboutChinaBySpeaker.set(a.speaker ?? '', about);
		// The reporting verb can carry the charge itself ('accused China of', 'urged Beijing to'); a
		// report whose clause has China as its subject asserts something of China's conduct itself
		// ('said Beijing was testing the alliance').
		const charged = countMatches(charge, content) > 0 || countMatches(charge, wordsOf(a.cue)) > 0 || chinaDoes.test(body.slice(a.content.start, a.content.end));
		if (a.side !== 'accuser' || !about || !charged) continue;
		const hits = topicHits(a.text);
		let topics = topicsOf(hits);
		// A claim with no topic words continues the speaker's last claim (or, failing that, the last claim).
		if (topics.length === 0) topics = lastTopics.get(a.speaker ?? '') ?? claims[claims.length - 1]?.topics ?? [];
		else lastTopics.set(a.speaker ?? '', topics);
		const id = `c${claims.length + 1}`;
		claimHits.set(id, hits);
		claims.push({...attribution, id, topics});
	}
	return {claims, responses, claimHits};
}
