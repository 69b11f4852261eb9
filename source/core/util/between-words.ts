// Words that may stand between a speaker and the verb, besides single auxiliaries and adverbs:
// a three-word adverbial of time ("has in the past denied"), a date in brackets ("China on
// Thursday (Feb 29) accused"), and a list inside an apposition ("The G7, made up of Germany, …,
// France and Japan, also criticised").

import type {Token} from './tokens.js';

export const dateWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|evening|afternoon|week|month|year|\d{1,4}|jan\.?|feb\.?|march|april|may|june|july|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|january|february|august|september|october|november|december)$/i;

/**
 * Called with `k` on the word before the comma that opens a skipped segment ending in "… and Y":
 * when the words before are the rest of a list that an apposition introduces ("made up of",
 * "including", "such as"), the index of the word before that apposition; else `k`.
 */
export function beforeList(tokens: readonly Token[], k: number, cue: number): number {
	let at = k;
	for (;;) {
		// The comma before an item of at most eight words.
		let m = at;
		while (m >= 0 && tokens[m]!.text !== ',' && at - m < 8) m--;
		if (m < 0 || tokens[m]!.text !== ',' || cue - m > 40) return k;
		const item = tokens.slice(m + 1, at + 1).map(t => t.lower).join(' ');
		if (/^(?:made up of|including|such as|comprising|consisting of|among them|like)\b/.test(item)) return m - 1;
		at = m - 1;
	}
}

export const timePhrase = /^(?:in the past|again and again|time and again|over and over|in recent (?:years|months|weeks|days)|in the meantime)$/;

/** "(Feb 29)", "(March 3, local time)" closing at token `k`: a date of one to five tokens in brackets; the index of its "(", else -1. */
export function bracketedDate(tokens: readonly Token[], k: number): number {
	const m = tokens.slice(Math.max(0, k - 6), k).map(t => t.text).lastIndexOf('(') + Math.max(0, k - 6);
	if (m < Math.max(0, k - 6) || m === k - 1) return -1;
	const inside = tokens.slice(m + 1, k);
	return inside.every(t => dateWords.test(t.lower) || /^(?:local|time|gmt|utc|,)$/.test(t.lower)) && inside.some(t => dateWords.test(t.lower)) ? m : -1;
}
