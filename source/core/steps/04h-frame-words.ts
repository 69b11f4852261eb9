// Step 4h: the words around a frame — what may follow a trailing frame's cue (an adverbial, the
// one told), what opens a speaker after ", said", a sentence adverb set off after the cue, and
// "quoted X as saying", a speaker with a role before ", said", and hearsay passives ("said to be").
// Read by step 4's sentence reader.

import type {Token} from '../util/tokens.js';
import {leftPhrase, rightPhrase, type Phrase} from '../util/phrases.js';
import {inflectAll} from '../util/inflect.js';
import {speakerNouns} from '../lexicon/roles.js';
import {markersIn} from '../util/markers.js';
import {spanText} from './04i-documents.js';

/** "quoted/cited X as saying": the phrase X, when the saying is theirs. */
export function quotedAs(tokens: readonly Token[], saying: number): Phrase | null {
	if (tokens[saying - 1]?.lower !== 'as') return null;
	for (let k = saying - 2; k >= Math.max(0, saying - 10); k--) {
		if (/^(?:quoted|quoting|cited|citing|quotes)$/.test(tokens[k]!.lower)) {
			const np = rightPhrase(tokens, k + 1, saying - k - 2);
			return np && np.to === saying - 1 ? np : null;
		}
	}
	return null;
}

// Sentence adverbs set off by commas after a cue (", said, however, that …").
export const interjections = /^(?:however|though|meanwhile|moreover|furthermore|nonetheless|nevertheless|instead|too|also|again|separately|notably|previously|earlier|later)$/;

// Words that open an adverbial after a cue (", said on Sunday"), not a speaker.
export const adverbial = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'late', 'early', 'during', 'after', 'before']);

// Words that may follow a trailing frame's cue: adverbials, not a reported clause.
const afterFrame = new Set([',', '.', ';', 'on', 'in', 'at', 'during', 'after', 'before', 'as', 'while', 'when', 'earlier', 'later', 'last', 'this', 'yesterday', 'today', 'recently', 'previously', 'late', 'early', 'also', 'then', 'via', 'from', 'by', 'of', 'about', 'to']);

/** True when the cue ends its clause (", Biden said on Wednesday") instead of opening one (", Biden said that"). */
export function endsClause(tokens: readonly Token[], cue: {to: number; text: string}): boolean {
	let k = cue.to;
	// "…, he told a regular press briefing.": the one told, up to six words, then the clause's end.
	if (/^(?:told|tells)$/.test(cue.text)) {
		let m = k;
		while (m < Math.min(tokens.length, k + 6) && /^[\p{L}’'-]+$/u.test(tokens[m]!.text) && tokens[m]!.lower !== 'that' && !afterFrame.has(tokens[m]!.lower)) m++;
		k = m > k ? m : k + 1;
	}
	const next = tokens[k];
	if (next === undefined || /^[”"’]$/.test(next.text)) return true;
	if (!afterFrame.has(next.lower)) return false;
	// "…, Shapps said on May 22 that …": an adverbial, then the reported clause.
	for (let m = k; m < Math.min(tokens.length, k + 10); m++) {
		if (/^[,.;:]$/.test(tokens[m]!.text)) break;
		if (tokens[m]!.lower === 'that') return false;
	}
	return true;
}

// A speaker after ", said" starts with a name, a determiner or a speaker noun ("said Tan Wei",
// "said a statement", "said officials"); "…, said shipping records showed …" reports a clause.
const speakerStarts = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', ...speakerNouns]);

export function opensSpeaker(token: Token): boolean {
	return /^\p{Lu}/u.test(token.text) || speakerStarts.has(token.lower);
}

const finite = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'must']);

/** True when a phrase holds a finite verb: a clause, not a speaker ("flights were a provocation"). */
export function hasFiniteVerb(tokens: readonly Token[], p: Phrase): boolean {
	for (let k = p.from; k < p.to; k++) if (finite.has(tokens[k]!.lower)) return true;
	return false;
}


/** Verbs of a reply ("answered", "retorted", "denied"): one side's answer, told by anyone. */
export const replyVerbs: ReadonlySet<string> = new Set(inflectAll(['answer', 'reply', 'respond', 'retort', 'deny', 'reject', 'dismiss', 'rebut', 'refute']));

/**
 * Whether a trailing frame is an outlet relaying ("…, Reuters reported"): "reported" is the verb
 * of the press whoever it is ("…, News.az reports, citing foreign media"); "said" and "wrote" relay
 * only for an outlet the lexicon knows.
 */
export function relays(body: string, tokens: readonly Token[], np: Phrase, cue: string): boolean {
	if (/^(?:reported|reports)$/.test(cue)) return true;
	return /^(?:said|says|wrote|writes)$/.test(cue) && markersIn(spanText(body, tokens, np)).some(m => m.kind === 'outlet');
}

/** "Liu Pengyu, the spokesperson for China's embassy" up to `end`: a name of two to four capitalised words, a comma, a role. */
export function nameWithRole(tokens: readonly Token[], end: number): boolean {
	const role = leftPhrase(tokens, end);
	if (!role || tokens[role.from - 1]?.text !== ',') return false;
	const name = role.from - 1;
	return name >= 2 && name <= 4 && tokens.slice(0, name).every(t => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text));
}

/** "said to be", "reported to have", "believed to include": a passive of hearsay, not a statement. */
export function hearsay(tokens: readonly Token[], i: number): boolean {
	if (!/^(?:said|reported|believed|thought|understood|alleged|rumoured|rumored)$/.test(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'to') return false;
	// A bare verb after "to" ("said to be", "said to have", "believed to include"), not an audience ("said to state media").
	return /^(?:be|have|include|involve|number|total|contain|hold|own|control|operate|possess|work|supply|support|provide|help|belong|run|exceed|amount)$/.test(tokens[i + 2]?.lower ?? '');
}
