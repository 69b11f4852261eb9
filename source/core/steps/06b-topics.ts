// Step 6b: topic keyword hits for a statement, from the topics lexicon.

import {topics} from '../lexicon/topics.js';
import {keywordPattern, countMatches, wordsOf} from '../util/keywords.js';

const patterns = topics.map(t => ({id: t.id, pattern: keywordPattern(t.keywords)}));

/** Topic id → number of keyword hits in text (topics without hits are left out). */
export function topicHits(text: string): Map<string, number> {
	const out = new Map<string, number>();
	const words = wordsOf(text);
	for (const {id, pattern} of patterns) {
		const n = countMatches(pattern, words);
		if (n > 0) out.set(id, n);
	}
	return out;
}
