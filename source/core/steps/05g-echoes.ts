// Step 5g: a speaker referred to again — "the embassy said" after the embassy was quoted, and "the
// statement" that the body last quoted answered in its own words (so another side's).

import type {Attribution} from '../types.js';
import {statementHead, type Who} from './05a-who.js';
import {bodyNamedBefore} from './05c-references.js';

// Nouns by which a body or official already quoted is referred to again ("the embassy said").
export const echoNouns = /\b(embassy|consulate|ministry|mission|spokes(?:person|man|woman)|minister|ambassador|envoy|commerce|delegation|office|department)\b/gi;

/** The latest speaker whose name or role shares a head noun with a bare phrase ("the embassy"). */
export function lastWithSameNoun(text: string, history: readonly Who[]): Who | null {
	const nouns = [...text.toLowerCase().matchAll(echoNouns)].map(m => m[1]!.replace(/spokes(?:man|woman)/, 'spokesperson'));
	if (nouns.length === 0) return null;
	for (let i = history.length - 1; i >= Math.max(0, history.length - 12); i--) {
		const who = history[i]!;
		const known = `${who.speaker} ${who.role ?? ''} ${who.named ?? ''}`.toLowerCase().replace(/spokes(?:man|woman)/g, 'spokesperson');
		if (nouns.some(n => known.includes(n))) return who;
	}
	return null;
}

/**
 * When the body last quoted spoke of the same kind of statement in its own words ("saying their
 * statement was steeped in lies"), that statement is another's: the body of another side named
 * before that mention.
 */
const answeredPatterns = new Map<string, RegExp>();

export function answeredStatement(body: string, done: readonly Attribution[], last: Who, phrase: string): Who | null {
	const noun = statementHead(phrase)?.toLowerCase();
	if (!noun) return null;
	let pattern = answeredPatterns.get(noun);
	if (!pattern) {
		// "their statement was …", "the statement had smeared …" (not "said in a statement that …", its own).
		pattern = new RegExp(`(?<!\\bin\\s+)\\b(?:the|their|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?${noun}\\b`, 'iu');
		answeredPatterns.set(noun, pattern);
	}
	// The last few statements only: an answer that far back is not what "the statement" here means, and a long text stays linear.
	for (let i = done.length - 1; i >= Math.max(0, done.length - 30); i--) {
		const a = done[i]!;
		if (a.speaker !== last.speaker) continue;
		const m = pattern.exec(body.slice(a.content.start, a.content.end));
		if (!m) continue;
		const other = bodyNamedBefore(body, a.content.start + m.index);
		return other && other.side !== last.side ? other : null;
	}
	return null;
}
