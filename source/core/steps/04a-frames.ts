// Step 4a: the frames a statement can be reported in, beyond a verb before or after a speaker:
// stance verbs with their object ("voiced strong opposition"), naming ("what he called …"),
// passives with an agent, participles, a negated verb of saying, a name set off after its role.

import type {Span} from '../types.js';
import type {Token} from '../util/tokens.js';
import {leftPhrase, subjectPhrase, type Phrase} from '../util/phrases.js';
import {compileCues, cueAt, type CueMatch} from '../util/cue-match.js';
import {accordingCues, addingCues, frameCues, leadingCues, passiveCues, passiveAgentVerbs, stanceNouns, stanceVerbs} from '../lexicon/cues.js';
import {functionWords} from '../lexicon/common-words.js';

/** Compiled cue lists, shared by the frame readers. */
export const leading = compileCues(leadingCues);
export const frames = compileCues(frameCues);
export const according = compileCues(accordingCues);
export const passive = compileCues(passiveCues);
export const adding: ReadonlySet<string> = new Set(addingCues);
const stanceVerb = new Set(stanceVerbs);
const stanceNoun = new Set(stanceNouns);
const agentParticiple = new Set(passiveAgentVerbs);
export const calling: ReadonlySet<string> = new Set(['called', 'calls', 'call', 'calling', 'dubbed', 'termed']);

/** The body span of a phrase over tokens. */
export const spanOf = (tokens: readonly Token[], p: Phrase): Span => ({start: tokens[p.from]!.start, end: tokens[p.to - 1]!.end});

export const silentVerbs = /^(?:say|said|report|reported|comment|commented|disclose|disclosed|respond|responded|reply|replied|specify|specified|elaborate|elaborated|reveal|revealed|mention|mentioned|name|named|confirm|confirmed|return|returned)$/;

/** "did not immediately respond", "didn't reply", "never said": a negation just before the verb (an -ly adverb between). */
export function negatedBefore(tokens: readonly Token[], i: number): boolean {
	for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
		const w = tokens[k]!.lower;
		if (/^(?:not|never|n[’']t|t)$/.test(w)) return true;
		if (!/^\p{Ll}+ly$/u.test(tokens[k]!.text) && !/^[’']$/.test(w)) return false;
	}
	return false;
}

/** A sentence opening with a reporting or stance participle ("Voicing …", "Citing …"), and the main clause's speaker and cue after the first comma. */
export function openingParticiple(tokens: readonly Token[], inQuote: readonly boolean[]): {np: Phrase; cue: CueMatch} | null {
	const first = tokens[0]?.lower ?? '';
	if (!first.endsWith('ing') || !(cueAt(tokens, 0, leading) || stanceCue(tokens, 0))) return null;
	const comma = tokens.findIndex((t, k) => t.text === ',' && !inQuote[k]);
	if (comma < 2) return null;
	for (let j = comma + 2; j < Math.min(tokens.length, comma + 12); j++) {
		const cue = cueAt(tokens, j, leading) ?? callingCue(tokens, j, inQuote);
		if (!cue || inQuote[j]) continue;
		const np = leftPhrase(tokens, j);
		return np && np.from === comma + 1 ? {np, cue} : null;
	}
	return null;
}

/** "voiced strong opposition", "aired concerns", "lodged a serious protest": a stance verb whose object (within three words) is a stance noun. */
export function stanceCue(tokens: readonly Token[], i: number): {from: number; to: number; text: string} | null {
	// "took the PLA Navy to task": the object stands inside the idiom; "took issue with" is one too.
	if (/^(?:take|takes|took|taken|taking)$/.test(tokens[i]!.lower)) {
		if (tokens[i + 1]?.lower === 'issue' && tokens[i + 2]?.lower === 'with') return {from: i, to: i + 3, text: 'took issue with'};
		// The object may be a title and a name set off by commas ("took the US Secretary of State, Antony Blinken, to task").
		for (let k = i + 2; k <= i + 12 && k + 1 < tokens.length; k++) {
			if (/^[.;:]$/.test(tokens[k]!.text)) break;
			if (tokens[k]!.lower === 'to' && tokens[k + 1]!.lower === 'task') return {from: i, to: i + 1, text: 'took to task'};
		}
		return null;
	}
	// "Beijing was (also) furious at …": a form of "be" and an adjective of anger or dismay, then what it is at.
	if (/^(?:is|are|was|were)$/.test(tokens[i]!.lower)) {
		let k = i + 1;
		if (/^(?:also|again|deeply|very|particularly)$/.test(tokens[k]?.lower ?? '')) k++;
		if (/^(?:furious|angry|outraged|indignant|dissatisfied|displeased|incensed)$/.test(tokens[k]?.lower ?? '') && /^(?:at|over|with|about|by)$/.test(tokens[k + 1]?.lower ?? '')) {
			return {from: i, to: k + 1, text: tokens.slice(i, k + 1).map(t => t.lower).join(' ')};
		}
		return null;
	}
	if (!stanceVerb.has(tokens[i]!.lower)) return null;
	// Up to three words; quotation marks around them do not count ('voicing "strong dissatisfaction"').
	let words = 0;
	for (let k = i + 1; words < 3 && k < tokens.length; k++) {
		if (/^[“”"‘’]$/.test(tokens[k]!.text)) continue;
		words++;
		if (stanceNoun.has(tokens[k]!.lower)) return {from: i, to: k + 1, text: tokens.slice(i, k + 1).filter(t => /\p{L}/u.test(t.text)).map(t => t.lower).join(' ')};
		if (!/^\p{L}+$/u.test(tokens[k]!.text)) break;
	}
	return null;
}

/** "what he called “unsafe …”", "which Beijing called a “stern punishment”": naming something in quoted words. */
export function callingCue(tokens: readonly Token[], i: number, inQuote: readonly boolean[]): {from: number; to: number; text: string} | null {
	if (!calling.has(tokens[i]!.lower)) return null;
	for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
		if (/^[“"‘]$/.test(tokens[k]!.text) || inQuote[k]) return {from: i, to: i + 1, text: tokens[i]!.lower};
		// "called the operation a hacking campaign", "called it an act of aggression" (not "called a meeting").
		if (k > i + 1 && /^(?:a|an)$/.test(tokens[k]!.lower)) return {from: i, to: i + 1, text: tokens[i]!.lower};
		if (/^[,.;:]$/.test(tokens[k]!.text)) break;
	}
	return judgedObject(tokens, i) ? {from: i, to: i + 1, text: tokens[i]!.lower} : null;
}

// "calling the accusations baseless", "called such claims irresponsible": a short object with a
// determiner, then an evaluating word that ends the clause.
const objectOpeners = /^(?:the|these|those|such|this|that|it|them|his|her|their|its|washington['’]s|beijing['’]s)$/;
const evaluating = /^\p{Ll}+(?:less|ous|ful|ible|able|ive|ic|ical|ary|ant|ent|ed|al)$/u;

function judgedObject(tokens: readonly Token[], i: number): boolean {
	if (!objectOpeners.test(tokens[i + 1]?.lower ?? '')) return false;
	for (let k = i + 2; k <= i + 5 && k < tokens.length; k++) {
		if (/^[,.;:]$/.test(tokens[k]!.text)) return false;
		const next = tokens[k + 1];
		if (evaluating.test(tokens[k]!.text) && (!next || /^(?:[,.;:]|and|but)$/.test(next.lower))) return true;
	}
	return false;
}

/** "was sharply condemned by Washington": a passive verb of accusing or answering with its agent. */
export function passiveWithAgent(tokens: readonly Token[], i: number): {from: number; to: number; text: string} | null {
	if (!/^(?:was|were|been|is|are|be)$/.test(tokens[i]!.lower)) return null;
	let k = i + 1;
	if (/^\p{Ll}+ly$/u.test(tokens[k]?.text ?? '')) k++;
	if (!agentParticiple.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return null;
	return {from: i, to: k + 1, text: tokens.slice(i, k + 1).map(t => t.lower).join(' ')};
}

/** ", warning that" / ", insisting that": a reporting participle after a comma. */
export function participleCue(tokens: readonly Token[], i: number): {from: number; to: number; text: string} | null {
	const word = tokens[i]!.lower;
	return tokens[i - 1]?.text === ',' && adding.has(word) && tokens[i + 1]?.lower === 'that' ? {from: i, to: i + 1, text: word} : null;
}

/**
 * "The head of Estonia's intelligence service (EFIS), Kaupo Rosin, told …": a name of two to four
 * capitalised words set off by commas right before the cue speaks, with the role before it; the
 * phrase runs from the clause's subject to the name.
 */
export function apposedBefore(tokens: readonly Token[], cue: number): Phrase | null {
	if (tokens[cue - 1]?.text !== ',') return null;
	let j = cue - 2;
	while (j >= 0 && /^\p{Lu}[\p{L}'’.-]+$/u.test(tokens[j]!.text) && !functionWords.has(tokens[j]!.lower)) j--;
	const words = cue - 2 - j;
	if (words < 2 || words > 4 || tokens[j]?.text !== ',' || j < 2) return null;
	const from = subjectPhrase(tokens, j)?.from ?? 0;
	return from < j ? {from, to: cue - 1} : null;
}

/** "China's envoy to France, Lu Shaye, said": the phrase runs on over a name set off by commas. */
export function withApposition(tokens: readonly Token[], np: Phrase, cue: number): Phrase {
	let k = cue - 1;
	while (k > np.to && tokens[k]!.text !== ',') k--;
	// "the head of Ukraine's Foreign Intelligence Service (SZRU), Oleh Ivashchenko, told": an
	// abbreviation in brackets may stand between the role and the comma.
	let open = np.to;
	if (tokens[open]?.text === '(') {
		while (open < k && tokens[open]!.text !== ')') open++;
		open++;
	}
	if (k <= open + 1 || tokens[open]?.text !== ',') return np;
	np = {from: np.from, to: open};
	for (let m = np.to + 1; m < k; m++) if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(tokens[m]!.text)) return np;
	return k - np.to - 1 <= 4 ? {from: np.from, to: k} : np;
}
