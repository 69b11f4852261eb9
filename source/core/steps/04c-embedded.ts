// Step 4c: statements reported inside another. "rejected the allegations from X that …",
// "…, after X accused Beijing of …", "…, a claim Beijing denies", "Reports say NATO …, charging
// that …": the first statement ends where the second begins; the second is its own.

import type {RawAttribution} from './04-attributions.js';
import type {Token} from '../util/tokens.js';
import {leftPhrase, rightPhrase, subjectPhrase, type Phrase} from '../util/phrases.js';
import {cueAt} from '../util/cue-match.js';
import {callingCue, leading, spanOf} from './04a-frames.js';
import {measureAt, measureWords, splitAtMeasure} from './04j-measures.js';

// Nouns for what someone said that may carry the saying inside another statement ("reports that …", "Stoltenberg's statement that …").
export const reportNouns = new Set(['reports', 'report', 'statement', 'statements', 'warning', 'warnings', 'assessment', 'findings', 'suggestion']);
export const chargeNouns = new Set(['allegations', 'allegation', 'accusations', 'accusation', 'claims', 'claim', 'charges', 'charge', 'suggestions', 'assertions', 'criticism', 'remarks', 'comments', 'worries', 'fears']);
const nestedParticiples = new Set(['charging', 'accusing', 'alleging', 'claiming', 'saying', 'warning', 'insisting', 'arguing', 'stating', 'declaring']);
const embedders = new Set(['after', 'when', 'as', 'while', 'whereas', 'since', 'because', 'which']);
const triggers = new RegExp(`\\b(?:${[...reportNouns, ...chargeNouns, ...nestedParticiples, ...embedders, ...measureWords].join('|')})\\b`, 'i');

/**
 * A statement holding another's: "rejected the allegations from Ukrainian authorities that …"
 * and "denied it again, after NATO's chief accused Beijing of …" report two speakers. The first
 * statement ends where the second begins; the second is its own (its speaker phrase resolved later).
 */
/** Whether a statement's text holds a word that can open a statement inside it (a cheap test before tokenizing). */
export function mayEmbed(text: string, cue = ''): boolean {
	return triggers.test(text) || (relaying.test(cue) && /^\s*that\s/i.test(text));
}

// Verbs with which an outlet relays another's statement ("AFP reported that Tugendhat said …").
const relaying = /^(?:reported|reports|said|says|wrote|writes)$/;

export function splitEmbedded(tokens: readonly Token[], a: RawAttribution, before: readonly Token[] = []): RawAttribution[] {
	if (a.kind === 'direct') return [a];
	// "AFP reported that Tugendhat said in a statement that …": the outer speaker only relays; the statement is the inner one's.
	const relayed = relaying.test(a.cue) ? innerSpeaker(tokens) : null;
	if (relayed) return [{...a, span: {start: tokens[relayed.np.from]!.start, end: a.span.end}, content: {start: tokens[relayed.cueTo]?.start ?? a.span.end, end: a.span.end}, cue: relayed.cue, speaker: {start: tokens[relayed.np.from]!.start, end: tokens[relayed.np.to - 1]!.end}, inherits: false, rule: `"${a.cue} that X ${relayed.cue} …": X's statement, relayed`}];
	for (let k = 0; k < tokens.length - 2; k++) {
		const word = tokens[k]!.lower;
		const measure = measureAt(tokens, k);
		if (measure) return splitAtMeasure(tokens, a, measure, before);
		// "dismissed Australian accusations that …", "criticized Stoltenberg's statement that …",
		// "dismissed reports that the EU is proposing …": an accusation reported inside the answer. Its
		// speaker is the one who modifies the noun, else the that-clause's subject, else the noun.
		if ((chargeNouns.has(word) || reportNouns.has(word)) && tokens[k + 1]?.lower === 'that' && !ownStatement(tokens, k)) {
			const possessive = tokens[k - 1]?.text === '’s' || tokens[k - 1]?.text === "'s";
			let from = possessive ? k - 2 : k - 1;
			const named = from >= 0 && /^\p{Lu}/u.test(tokens[from]!.text);
			while (named && from > 0 && /^\p{Lu}/u.test(tokens[from - 1]!.text) && !/^[.,;:]$/.test(tokens[from - 1]!.text)) from--;
			// "denied the allegations that it …" names no accuser: the denial keeps its words whole; but
			// "saying Washington had made untrue claims that …" names who made them.
			const maker = !named && chargeNouns.has(word) ? claimMaker(tokens, k) : null;
			const clauseSubject = named || maker || chargeNouns.has(word) ? null : subjectPhrase(tokens.slice(k + 2), tokens.length - k - 2);
			// "rejected reports that it has been supplying …": a pronoun there is the accused, not who reports.
			const subject = clauseSubject && !pronounSpeaker.test(tokens[clauseSubject.from + k + 2]!.lower) && tokens[clauseSubject.from + k + 2]!.lower !== 'it' ? clauseSubject : null;
			if (!named && !subject && !maker) continue;
			const np: Phrase = named ? {from, to: possessive ? k - 1 : k} : maker ?? {from: subject!.from + k + 2, to: subject!.to + k + 2};
			// "Washington's claims that China armed Russia are 'groundless', a spokesman said" (or "…, saying
			// reports that … are fabricated"): the charge is the subject of what was said; its clause ends
			// at the main verb, and the answer is the whole statement. ("dismissed reports that …": an object.)
			const verb = (a.content.start === a.sentence.start || clauseCues.test(a.cue)) && (named ? from : k - 1) <= 1 ? subjectVerb(tokens, k + 2) : -1;
			const end = verb > 0 ? tokens[verb - 1]!.end : a.span.end;
			const inner: RawAttribution = {...a, span: {start: tokens[named ? np.from : k]!.start, end}, content: {start: tokens[k + 1]!.start, end}, kind: 'indirect', cue: word, speaker: spanOf(tokens, np), inherits: false, rule: verb > 0 ? `"${word} that … are …": the charge an answer judges, reported inside it` : `"… ${word} that …": an accusation reported inside the answer`, embedded: true};
			if (verb > 0) return [a, inner];
			const main: RawAttribution = {...a, span: {start: a.span.start, end: tokens[k]!.end}, content: {start: a.content.start, end: tokens[k]!.end}};
			return [main, inner];
		}
		// "…, a claim Beijing denies": the answer, set off after the claim it answers.
		if (chargeNouns.has(word) && /^(?:a|an|the)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',') {
			for (let j = k + 2; j < Math.min(tokens.length, k + 7); j++) {
				const cue = cueAt(tokens, j, leading);
				if (!cue) continue;
				const np = leftPhrase(tokens, j);
				if (np && np.from >= k + 1) {
					const main: RawAttribution = {...a, span: {start: a.span.start, end: tokens[k - 2]!.start}, content: {start: a.content.start, end: tokens[k - 2]!.start}};
					const inner: RawAttribution = {...a, span: {start: tokens[k - 1]!.start, end: a.span.end}, content: {start: tokens[k - 1]!.start, end: a.span.end}, kind: 'indirect', cue: cue.text, speaker: spanOf(tokens, np), inherits: false, rule: `", a ${word} X ${cue.text}": the answer set off after the claim`, embedded: true};
					return [main, inner];
				}
				break;
			}
		}
		if (chargeNouns.has(word)) {
			const by = tokens[k + 1]?.lower === 'made' ? k + 2 : k + 1;
			if (!/^(?:from|by)$/.test(tokens[by]?.lower ?? '')) continue;
			const np = rightPhrase(tokens, by + 1, 8);
			if (!np) continue;
			let open = k;
			while (open > 0 && /^(?:the|these|those|such|what|it|called|\p{Ll}+less|unfounded|false)$/u.test(tokens[open - 1]!.lower)) open--;
			// The answer keeps the words that name what it answers ("rejected what it called groundless accusations").
			return cut(a, tokens, open, np, `"${word} ${tokens[by]!.lower} …": an accusation reported inside the answer`, tokens[k]!.lower, k + 1);
		}
		// "Reports say NATO issued its declaration, charging that …": the reported clause's subject speaks.
		if (nestedParticiples.has(word) && tokens[k - 1]?.text === ',' && k > 3) {
			const np = subjectPhrase(tokens, k - 1);
			// A clause ("NATO issued its declaration, charging …"), not a list of objects ("China, Russia and India, accusing them …").
			// A clause has a verb after its subject; "condemned Beijing for its partnership with Moscow,
			// accusing …" names an object and what for, and the participle is the condemner's.
			const objectAndWhy = np !== null && tokens.slice(np.from, np.to).some(t => /^(?:for|with|over|about|against)$/.test(t.lower));
			const verbAfter = np !== null && !objectAndWhy && /^\p{Ll}/u.test(tokens[np.to]?.text ?? '') && !/^(?:and|or|for|with|of|over|about|in|on|at|to|by|from|against)$/.test(tokens[np.to]!.lower);
			if (np && np.from === 0 && np.to < k - 1 && verbAfter) {
				const content = {start: tokens[tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1]?.start ?? a.span.end, end: a.span.end};
				const inner: RawAttribution = {...a, span: {start: tokens[np.from]!.start, end: a.span.end}, content, kind: 'indirect', cue: word, speaker: {start: tokens[np.from]!.start, end: tokens[np.to - 1]!.end}, inherits: false, rule: `", ${word} …" reports the words of the clause's subject`};
				const main: RawAttribution = {...a, span: {start: a.span.start, end: tokens[k - 1]!.start}, content: {start: a.content.start, end: tokens[k - 1]!.start}};
				return [main, inner];
			}
		}
		if (embedders.has(word) && (k > 2 || (k === 0 && /^(?:after|when|as|while|since)$/.test(word)))) {
			// The speaker phrase runs from just after the conjunction to a reporting verb.
			// The speaker phrase may hold a cue word as a noun ("Secretary of State Antony Blinken said"): a cue with no phrase before it is passed over.
			for (let j = k + 2; j < Math.min(tokens.length, k + 12); j++) {
				const cue = cueAt(tokens, j, leading) ?? callingCue(tokens, j, tokens.map(() => false));
				if (!cue) continue;
				const np = leftPhrase(tokens, j);
				if (!np) continue;
				if (np.from === k + 1) return cut(a, tokens, k, np, `"${word} … ${cue.text}": a second speaker's statement inside the first`, cue.text);
				break;
			}
		}
	}
	return [a];
}

const pronounSpeaker = /^(?:they|he|she)$/;

/** "that Tugendhat said …" opening what was said: the inner speaker phrase and cue. */
function innerSpeaker(tokens: readonly Token[]): {np: Phrase; cue: string; cueTo: number} | null {
	const from = tokens[0]?.lower === 'that' ? 1 : -1;
	if (from < 0) return null;
	for (let j = from + 1; j < Math.min(tokens.length, from + 10); j++) {
		if (!/^(?:said|told|stated|says|tells)$/.test(tokens[j]!.lower)) continue;
		const np = leftPhrase(tokens, j);
		return np && np.from === from && !pronounSpeaker.test(tokens[np.from]!.lower) ? {np, cue: tokens[j]!.lower, cueTo: j + 1} : null;
	}
	return null;
}

/** "Washington had made 'untrue' claims": the phrase before a verb of making within a few words of the charge noun at `k`. */
function claimMaker(tokens: readonly Token[], k: number): Phrase | null {
	for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
		if (!/^(?:made|make|makes|making|levelled|leveled|levels|raised|lodged|repeated|spread|spreading)$/.test(tokens[j]!.lower)) continue;
		const np = leftPhrase(tokens, j);
		return np && !pronounSpeaker.test(tokens[np.from]!.lower) ? np : null;
	}
	return null;
}

/** The last run of capitalised words (with "and", "the") before token `before`: who a pronoun after it points back to. */
function namedBefore(tokens: readonly Token[], before: number): Phrase | null {
	let end = before - 1;
	while (end >= 0 && !/^\p{Lu}/u.test(tokens[end]!.text)) end--;
	if (end < 1) return null;
	let from = end;
	while (from > 0 && (/^\p{Lu}/u.test(tokens[from - 1]!.text) || /^(?:and|the|of)$/.test(tokens[from - 1]!.lower))) from--;
	while (from < end && /^(?:and|the|of)$/.test(tokens[from]!.lower)) from++;
	return {from, to: end + 1};
}

/** "said in a separate statement that …": the speaker's own statement, not one they answer. */
function ownStatement(tokens: readonly Token[], k: number): boolean {
	for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
		const w = tokens[j]!.lower;
		if (/^(?:in|through|via|with)$/.test(w)) return true;
		if (!/^\p{Ll}+$/u.test(tokens[j]!.text)) return false;
	}
	return false;
}

/** Splits a statement at token `open` (the second statement's start); the first keeps tokens before `keep` (default: before `open`). */
function cut(a: RawAttribution, tokens: readonly Token[], open: number, np: Phrase, rule: string, cue: string, keep = open): RawAttribution[] {
	const at = tokens[open]!.start;
	const mainEnd = tokens[keep - 1]?.end ?? at;
	const main: RawAttribution = {...a, span: {start: a.span.start, end: mainEnd}, content: {start: a.content.start, end: Math.max(a.content.start, mainEnd)}};
	// "accused Britain and the United States of … after they denounced …": "they" are the ones named in the first clause.
	const speaker = pronounSpeaker.test(tokens[np.from]!.lower) && np.to - np.from === 1 ? namedBefore(tokens, open) ?? np : np;
	const inner: RawAttribution = {...a, span: {start: at, end: a.span.end}, content: {start: tokens[np.to]?.start ?? a.span.end, end: a.span.end}, kind: 'indirect', cue, speaker: {start: tokens[speaker.from]!.start, end: tokens[speaker.to - 1]!.end}, inherits: false, rule, embedded: true};
	// "rejected the allegations from X" states a rejection; "was responding to remarks by X" only says what it answers.
	const said = !/^(?:respond|repl|react|answer|refer|comment)/.test(a.cue);
	return said && main.span.end - main.span.start > 2 ? [main, inner] : [inner];
}

const copulas = new Set(['is', 'are', 'was', 'were']);
// Cues followed by a clause, not by an object: what opens their content is its subject.
const clauseCues = /^(?:say|said|says|saying|state|stated|states|stating|add|added|adding|note|noted|noting|insist|insisted|insisting|argue|argued|arguing|stress|stressed|stressing)$/;

/** The main verb after a subject's that-clause starting at `from`: the first "is/are/was/were" with at least three words of the clause before it, or -1 when a comma or "and"/"but" comes first. */
function subjectVerb(tokens: readonly Token[], from: number): number {
	for (let k = from; k < tokens.length - 1; k++) {
		if (/^(?:,|;|and|but)$/.test(tokens[k]!.lower)) return -1;
		if (k >= from + 3 && copulas.has(tokens[k]!.lower)) return k;
	}
	return -1;
}
