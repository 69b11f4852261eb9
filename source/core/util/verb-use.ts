// Whether a word that can be a reporting verb is used as one where it stands: a verb that is also
// a noun ("state media", "press secretary") or whose object must be a clause ("added eleven firms
// to its list") reports nothing there. Shared by the frame readers of steps 4 and 4b.

import type {Token} from './tokens.js';
import {clauseVerbs, nounLikeVerbs} from '../lexicon/cues.js';
import {speakerNouns} from '../lexicon/roles.js';

const clauseVerb = new Set(clauseVerbs);
const nounLike = new Set(nounLikeVerbs);

/** Determiners: a verb form right after one is a noun or an adjective ("the warning", "its stated aim"). */
export const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * Whether a cue word is used as a reporting verb here: a verb that is also a noun, in its plain
 * form, before a bare lower-case word is the noun ("Chinese state media"); a verb whose object is a
 * clause needs one ("added that …", not "added eleven firms to its list").
 */
export function verbUse(tokens: readonly Token[], i: number, to: number): boolean {
	const word = tokens[i]!.lower;
	const next = tokens[to];
	const bare = next !== undefined && /^\p{Ll}+$/u.test(next.text) && !determiners.has(next.lower) && !/^(?:that|to|it|they|he|she|we|this|on|in|at|for|with|by|about|of|china's)$/.test(next.lower);
	if (to === i + 1 && nounLike.has(word) && bare) return false;
	// "She went on: “…”" and "…,” he went on." say more; "the talks went on for hours" does not.
	if (/^(?:went|goes) on$/.test(tokens.slice(i, to).map(t => t.lower).join(' '))) return next === undefined || /^[:“"”.,;]$/.test(next.text);
	// "China claims Taiwan as its own territory" claims land, not that something is so.
	if (/^claim(?:s|ed|ing)?$/.test(word)) {
		for (let k = to; k < Math.min(tokens.length, to + 5); k++) {
			if (tokens[k]!.lower === 'that' || /^[,:“"]$/.test(tokens[k]!.text)) break;
			if (tokens[k]!.lower === 'as') return false;
		}
	}
	// "charged four citizens with …", "charged that …" accuse; "charges a 40% tariff" does not.
	if (/^charg(?:e|es|ed|ing)$/.test(word)) {
		for (let k = to; k < Math.min(tokens.length, to + 8); k++) {
			if (/^(?:with|that)$/.test(tokens[k]!.lower)) return true;
			if (/^[.;:“"]$/.test(tokens[k]!.text)) break;
		}
		return false;
	}
	// "…,” Ivashchenko stated.": a frame's verb ends its clause.
	if (to === i + 1 && clauseVerb.has(word) && next !== undefined && !/^[.!?;”"]$/.test(next.text)) {
		for (let k = to; k < Math.min(tokens.length, to + 4); k++) {
			if (/^(?:that|[,:“"‘”])$/.test(tokens[k]!.lower) || /^(?:on|in|at|last|this|yesterday|today|earlier|later)$/.test(tokens[k]!.lower)) return true;
		}
		// "fear Beijing is trying …": a clause without "that" — a name or pronoun, then a finite verb.
		return bareClause(tokens, to);
	}
	return true;
}


const finite = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|does|did)$/;

/** "Beijing is trying", "the country was", "it has": a subject of up to three words, then a finite verb. */
function bareClause(tokens: readonly Token[], from: number): boolean {
	const first = tokens[from];
	if (!first || !(/^\p{Lu}/u.test(first.text) || /^(?:it|they|he|she|the|its|their)$/.test(first.lower))) return false;
	for (let k = from + 1; k < Math.min(tokens.length, from + 4); k++) {
		if (finite.test(tokens[k]!.lower)) return true;
		if (!/^[\p{L}’'-]+$/u.test(tokens[k]!.text)) return false;
	}
	return false;
}

const speakerNoun = new Set(speakerNouns);
// Words between a determiner and an -ing form that leave it a verb ("the ministry is warning").
const auxiliaries = /^(?:is|are|was|were|be|been|being|am|has|have|had|keeps|kept|also|still|now|repeatedly|again|not)$/;

/**
 * Whether an -ing form ends a noun phrase that a determiner opens: "put out a travel warning",
 * "gave a stern warning" (a noun), unlike "the ministry is warning" or "a spokesman warning that"
 * (a verb whose subject is a speaker).
 */
export function endsNounPhrase(tokens: readonly Token[], i: number): boolean {
	if (!/ing$/.test(tokens[i]!.lower)) return false;
	for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
		const word = tokens[k]!;
		if (determiners.has(word.lower)) return k < i - 1;
		if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) || speakerNoun.has(word.lower) || auxiliaries.test(word.lower)) return false;
	}
	return false;
}
