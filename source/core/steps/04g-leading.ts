// Step 4g: the statement a leading cue opens ("X said (that) …") — to the sentence's end, to
// ", adding" (a second statement by the same speaker), or to ", and Y said" (another speaker's) —
// and which tokens of a sentence lie inside a quotation.

import type {Span} from '../types.js';
import type {Quote} from './03-quotes.js';
import type {RawAttribution} from './04-attributions.js';
import type {Token} from '../util/tokens.js';
import {leftPhrase, type Phrase} from '../util/phrases.js';
import {cueAt} from '../util/cue-match.js';
import {adding, leading, spanOf} from './04a-frames.js';

/** "X said (that) …": the statement runs from the speaker to the sentence end or to ", adding". */
export function leadingStatement(
	body: string, tokens: readonly Token[], inQuote: readonly boolean[], np: Phrase, after: number, cue: string,
	base: {sentence: Span; paragraph: number}, quotes: readonly Quote[], q: number,
): {attributions: RawAttribution[]; coveredUntil: number} {
	const speaker = spanOf(tokens, np);
	let end = base.sentence.end;
	const extra: RawAttribution[] = [];
	let extraEnd = 0;
	for (let k = after; k < tokens.length - 1; k++) {
		// ", adding" — or ",” adding" when the comma sits inside the closing quotation mark.
		const mark = tokens[k]!.text;
		if (inQuote[k + 1] || !adding.has(tokens[k + 1]!.lower) || !(mark === ',' || mark === '”' || mark === '"')) continue;
		end = mark === ',' ? tokens[k]!.start : tokens[k]!.end;
		let next: Quote | undefined;
		for (let n = q; n < quotes.length && quotes[n]!.start < base.sentence.end + 2; n++) {
			if (quotes[n]!.start > tokens[k + 1]!.end) {
				next = quotes[n];
				break;
			}
		}
		const gap = next ? body.slice(tokens[k + 1]!.end, next.start) : 'x';
		if (next && /^[\s,:]*$/.test(gap)) {
			for (const part of next.parts) extra.push({...base, span: part, content: part, kind: 'direct', cue: tokens[k + 1]!.text, speaker: null, inherits: true});
			extraEnd = next.end;
		} else {
			// ", saying the US should stop smearing China": the same speaker's words, reported.
			const from = tokens[k + 2]?.lower === 'that' ? k + 3 : k + 2;
			const content = {start: tokens[from]?.start ?? base.sentence.end, end: base.sentence.end};
			if (content.end - content.start > 2) extra.push({...base, span: {start: tokens[k + 1]!.start, end: base.sentence.end}, content, kind: 'indirect', cue: tokens[k + 1]!.lower, speaker: null, inherits: true});
		}
		break;
	}
	// "Beijing denied it, and state media said …": a second speaker after ", and" gets their own statement.
	const second = end === base.sentence.end ? coordinated(tokens, inQuote, after) : null;
	if (second) {
		end = tokens[second.comma]!.start;
		const content = {start: tokens[second.cueTo]?.start ?? base.sentence.end, end: base.sentence.end};
		extra.push({...base, span: {start: tokens[second.np.from]!.start, end: base.sentence.end}, content, kind: 'indirect', cue: second.cue, speaker: spanOf(tokens, second.np), inherits: false});
	}
	// "Beijing insists it does not arm Russia, but has kept up strong trade ties …": a "but" clause with
	// no subject of its own goes back to the main verb — the reporter's counterpoint, not the speaker's words.
	if (end === base.sentence.end && extra.length === 0) {
		for (let k = after; k < tokens.length - 2; k++) {
			// (", but has insisted it …" is the speaker again: a verb of saying follows.)
			// (", but it has kept up …": the same subject again, as a pronoun.)
			const v = tokens[k + 2]?.lower === 'it' ? k + 3 : k + 2;
			if (!inQuote[k] && tokens[k]!.text === ',' && tokens[k + 1]!.lower === 'but' && /^(?:has|have|had|continues|remains|keeps|kept|still|also)$/.test(tokens[v]?.lower ?? '')
				&& !cueAt(tokens, v, leading) && !cueAt(tokens, v + 1, leading)) {
				end = tokens[k]!.start;
				break;
			}
		}
	}
	const contentStart = tokens[after]?.start ?? end;
	// 'said: "British politicians have … . This is blatant interference …"': a quotation opened in what
	// was said and running past the sentence is all the speaker's.
	if (end === base.sentence.end && extra.length === 0) {
		for (let n = q; n < quotes.length && quotes[n]!.start < base.sentence.end; n++) {
			const quote = quotes[n]!;
			if (quote.start < contentStart || !quote.closed || quote.end <= base.sentence.end) continue;
			// Right after the cue, or introduced by a colon ('issued a statement on its website: "…').
			const lead = body.slice(contentStart, quote.start).replace(/[“"]$/, '');
			if (!/^[\s:,]*$/.test(lead) && !/:\s*$/.test(lead)) break;
			end = quote.end < body.length && /[”"]/.test(body[quote.end]!) ? quote.end + 1 : quote.end;
			break;
		}
	}
	const main: RawAttribution = {...base, span: {start: speaker.start, end}, content: {start: contentStart, end}, kind: 'indirect', cue, speaker, inherits: false};
	return {attributions: [main, ...extra], coveredUntil: Math.max(base.sentence.end, extraEnd, end)};
}

const conjunctions = new Set(['and', 'but', 'while', 'whereas']);

/** ", and X said …" after a first statement: the comma, the second speaker and its cue. */
function coordinated(tokens: readonly Token[], inQuote: readonly boolean[], after: number): {comma: number; np: Phrase; cue: string; cueTo: number} | null {
	for (let k = after; k < tokens.length - 3; k++) {
		if (inQuote[k] || (tokens[k]!.text !== ',' && tokens[k]!.text !== ';')) continue;
		// ", and X said …", "; Zhang said …", or ", Chinese Foreign Ministry spokesperson Lin Jian said …" after a clause about someone else.
		const joined = conjunctions.has(tokens[k + 1]!.lower) || tokens[k]!.text === ';';
		if (!joined && !/^\p{Lu}/u.test(tokens[k + 1]!.text)) continue;
		const from = conjunctions.has(tokens[k + 1]!.lower) ? k + 2 : k + 1;
		for (let j = from + 1; j < Math.min(tokens.length, k + 16); j++) {
			if (inQuote[j]) break;
			const cue = cueAt(tokens, j, leading);
			if (!cue) continue;
			const np = leftPhrase(tokens, j);
			if (np && np.from === from && (joined || j - from >= 2)) return {comma: k, np, cue: cue.text, cueTo: cue.to};
			break;
		}
	}
	return null;
}

/** Marks tokens that lie inside a quotation (their words are the quoted person's, not cues). */
export function quoteMask(tokens: readonly Token[], quotes: readonly Quote[], q: number, until: number): boolean[] {
	const mask = tokens.map(() => false);
	// Tokens and quotes are both in order: one pass with two cursors.
	let k = q;
	for (let t = 0; t < tokens.length; t++) {
		const token = tokens[t]!;
		while (k < quotes.length && quotes[k]!.end <= token.start) k++;
		const quote = quotes[k];
		if (!quote || quote.start >= until) break;
		mask[t] = token.start > quote.start && token.end < quote.end;
	}
	return mask;
}

