// Phrase helpers over a sentence's tokens: walking left or right from a cue to the noun phrase that names the speaker ("Chinese Foreign Ministry spokesperson Mao Ning").

import type {Token} from './tokens.js';
import {isCapitalised, isWord} from './tokens.js';
import {cueFillers} from '../lexicon/cues.js';
import {speakerNouns, speakerPronouns} from '../lexicon/roles.js';
import {functionWords} from '../lexicon/common-words.js';
import {beforeList, bracketedDate, dateWords, timePhrase} from './between-words.js';

/** A phrase over tokens [from, to). */
export type Phrase = {from: number; to: number};

const fillers = new Set(cueFillers);
// Heads of a common-noun speaker after a proper modifier ("the Philippine coast guard", "Chinese state media").
// (Speaker nouns themselves — "ministry", "agency", "lawmakers" — are read before this list is.)
const speakingHeads = new Set(['guard', 'coastguard', 'navy', 'army', 'military', 'police', 'forces', 'media', 'press', 'intelligence',
	'court', 'courts', 'service', 'services', 'customs', 'regulators', 'prosecutors', 'investigators', 'firm', 'firms', 'company',
	'companies', 'group', 'groups', 'side', 'camp', 'delegation', 'delegates', 'legislators', 'senators', 'negotiators', 'command',
	'headquarters', 'watchdogs', 'operator', 'operators', 'maker', 'makers', 'manufacturer', 'giant', 'network', 'channel',
	'newspaper', 'tabloid', 'outlet', 'researchers', 'scientists', 'engineers', 'executives', 'owners', 'organizers', 'organisers',
	'activists', 'campaigners']);
const nouns = new Set(speakerNouns);
const pronouns = new Set(speakerPronouns);
const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'both', 'some', 'several']);
const inner = new Set(['of', 'to', 'and', 'including', 'for', 'on', '-', '’s', "'s", '’', "'", 'by', 'at', 'in']);

function npWord(t: Token): boolean {
	const w = t.text;
	const lower = t.lower;
	if (/^\d+$/.test(w)) return true;
	if (nouns.has(lower) || determiners.has(lower)) return true;
	if (isWord(t) && isCapitalised(w)) return lower === 'the' || !functionWords.has(lower) || lower === 'us';
	return false;
}

/** "He" right before a capitalised word is the family name He ("He Yadong said"), not the pronoun. */
function familyHe(tokens: readonly Token[], k: number): boolean {
	const next = tokens[k + 1];
	return tokens[k]!.text === 'He' && next !== undefined && isWord(next) && isCapitalised(next.text) && !functionWords.has(next.lower);
}

/** "Defense Department press secretary", "the deputy spokesperson", "New Zealand's cybersecurity bureau": a lower-case word between a name, a determiner or the phrase's start and a speaker noun is part of the role. */
function roleModifier(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k]!;
	const before = tokens[k - 1];
	return /^\p{Ll}{3,}$/u.test(t.text) && !functionWords.has(t.lower) && !fillers.has(t.lower) && nouns.has(tokens[k + 1]?.lower ?? '')
		&& (before === undefined || /^[,;:“"”]$/.test(before.text) || ((isCapitalised(before.text) || determiners.has(before.lower)) && npWord(before))
			|| (/^[’']s$/.test(before.text) && isCapitalised(tokens[k - 2]?.text ?? '')));
}

/** "the city's authorities", "the country's foreign ministry": a place noun with "the" before and a possessive after. */
function placeNoun(tokens: readonly Token[], k: number): boolean {
	return /^(?:city|territory|country|nation|island)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'the' && /^[’']s$/.test(tokens[k + 1]?.text ?? '');
}

/** True when a phrase has a head: a capitalised name, a speaker noun or a pronoun. */
export function hasHead(tokens: readonly Token[], p: Phrase): boolean {
	for (let k = p.from; k < p.to; k++) {
		const w = tokens[k]!.text;
		const lower = tokens[k]!.lower;
		if (pronouns.has(lower) || nouns.has(lower)) return true;
		if (isCapitalised(w) && isWord(tokens[k]!) && (!functionWords.has(lower) || lower === 'us')) return true;
	}
	return false;
}

const statesOfMind = new Set(['concerned', 'worried', 'alarmed', 'convinced', 'disappointed', 'opposed']);
const beForms = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/**
 * "Lin Jian was asked about it", "the envoy was told": a past participle after a form of "be" is
 * passive, so the phrase before it is who was spoken to, not who spoke.
 */
function passiveAt(tokens: readonly Token[], cue: number): boolean {
	// "are increasingly concerned about": a participle that names a state of mind is said by its subject.
	if (!/(?:ed|told|said|written)$/.test(tokens[cue]!.lower) || statesOfMind.has(tokens[cue]!.lower)) return false;
	let k = cue - 1;
	while (k >= 0 && /^\p{Ll}+ly$/u.test(tokens[k]!.text) && tokens[k]!.text.length > 4) k--;
	return k >= 0 && beForms.has(tokens[k]!.lower);
}

/** Walks left from token `cue` over fillers and a parenthetical to the speaker phrase before it. */
export function leftPhrase(tokens: readonly Token[], cue: number): Phrase | null {
	if (passiveAt(tokens, cue)) return null;
	let k = cue - 1;
	let abbreviation = -1;
	let open = -1;
	while (k >= 0) {
		const lower = tokens[k]!.lower;
		// "has in the past denied", "has time and again rejected", "in recent years warned": a
		// three-word adverbial of time.
		if (k > 1 && timePhrase.test(`${tokens[k - 2]!.lower} ${tokens[k - 1]!.lower} ${lower}`)) k -= 3;
		// "have for months accused", "has for years warned".
		else if (k > 0 && /^for (?:days|weeks|months|years|decades)$/.test(`${tokens[k - 1]!.lower} ${lower}`)) k -= 2;
		// "has “firmly” rejected": an adverb in quotation marks.
		else if (/^[”"’']$/.test(lower) && k > 1 && /^\p{Ll}+ly$/u.test(tokens[k - 1]!.text) && /^[“"‘']$/.test(tokens[k - 2]!.text)) k -= 3;
		// Auxiliaries and adverbs ("has also sharply criticised"): any -ly adverb is one.
		else if (fillers.has(lower) || (lower.length > 4 && /^\p{Ll}+ly$/u.test(tokens[k]!.text))) k--;
		else if (dateWords.test(lower) && k > 0 && /^(?:on|in|at|last|this|each|every|early|late)$/i.test(tokens[k - 1]!.text)) k -= 2;
		// "The National Task Force … (NTF-WPS) said": an abbreviation in brackets after the name.
		else if (lower === ')' && k > 1 && tokens[k - 2]!.text === '(' && /^\p{Lu}/u.test(tokens[k - 1]!.text)) {
			// It names the body too ("… industrialised nations (G7)"): the phrase keeps it.
			abbreviation = k + 1;
			k -= 3;
		}
		// "China on Thursday (Feb 29) accused …": a date in brackets.
		else if (lower === ')' && (open = bracketedDate(tokens, k)) >= 0) k = open - 1;
		else if (dateWords.test(lower) && k > 1 && dateWords.test(tokens[k - 1]!.text) && /^(?:on|in)$/i.test(tokens[k - 2]!.text)) k -= 3;
		else if (lower === ',' || lower === '—' || lower === '–') {
			// A role set off by commas may run to eighteen words ("a senior fellow in China studies at the … Foundation in Washington D.C.").
			const window = lower === ',' ? 18 : 40;
			let m = k - 1;
			while (m >= 0 && k - m <= window && tokens[m]!.text !== lower) m--;
			if (m < 0 || k - m > window || m === k - 1) break;
			// "The G7, made up of Germany, Italy, …, France and Japan, also criticised": a list inside the
			// apposition; its items are not the speaker, the phrase before the list is.
			const listEnd = lower === ',' && tokens.slice(m + 1, k).some(t => t.lower === 'and');
			k = listEnd ? beforeList(tokens, m - 1, cue) : m - 1;
		} else break;
	}
	if (k < 0) return null;
	const word = tokens[k]!.lower;
	if (pronouns.has(word)) return {from: k, to: k + 1};
	const end = k + 1;
	// "The Philippine coast guard", "Taiwan's defence ministry": common nouns after a proper modifier.
	if (!npWord(tokens[k]!)) {
		// The head must be a body that can speak ("Chinese subsidies threaten …" is no speaker).
		if (!speakingHeads.has(tokens[k]!.lower)) return null;
		let m = k;
		while (m > k - 2 && m >= 0 && /^\p{Ll}{3,}$/u.test(tokens[m]!.text) && !functionWords.has(tokens[m]!.lower) && !fillers.has(tokens[m]!.lower)) m--;
		// "China's coast guard", "Japan's navy": a possessive name before the common nouns.
		if (m < k && m > 0 && /^[’']s$/.test(tokens[m]!.text) && isCapitalised(tokens[m - 1]!.text)) m--;
		if (m === k || m < 0 || !isCapitalised(tokens[m]!.text) || functionWords.has(tokens[m]!.lower)) return null;
		k = m;
	}
	while (k >= 0 && (npWord(tokens[k]!) || familyHe(tokens, k) || (inner.has(tokens[k]!.lower) && k > 0 && (npWord(tokens[k - 1]!) || placeNoun(tokens, k - 1))) || roleModifier(tokens, k) || placeNoun(tokens, k))) k--;
	let from = k + 1;
	// "The group of seven major industrialised nations (G7)": a body named in full before its
	// abbreviation reaches back over its lower-case words to the sentence's start or a comma.
	if (abbreviation === end + 3) {
		let m = from;
		while (m > 0 && from - m < 8 && /^[\p{L}\d-]+$/u.test(tokens[m - 1]!.text)) m--;
		if (m === 0 || tokens[m - 1]!.text === ',') from = m;
	}
	// "On Wednesday China's Foreign Ministry said": a day or month opening the sentence is no part of the speaker.
	if (/^(?:on|in|last|this|early|late)$/i.test(tokens[from - 1]?.text ?? '')) while (from < end - 1 && dateWords.test(tokens[from]!.lower)) from++;
	while (from < end && inner.has(tokens[from]!.lower)) from++;
	const phrase = {from, to: abbreviation === end + 3 ? abbreviation : end};
	return from < end && hasHead(tokens, phrase) ? phrase : null;
}

const clauseWords = new Set(['as', 'that', 'which', 'who', 'because', 'after', 'when', 'while', 'since', 'but']);

/** The phrase right after token index `from` up to a comma, a full stop or `limit` tokens. */
export function rightPhrase(tokens: readonly Token[], from: number, limit = 16): Phrase | null {
	let k = from;
	while (k < tokens.length && k - from < limit) {
		const w = tokens[k]!.text;
		if (w === ',' || w === '.' || w === ';' || w === ':' || w === '“' || w === '"' || w === '(' || clauseWords.has(w)) break;
		k++;
	}
	const phrase = {from, to: k};
	return k > from && hasHead(tokens, phrase) ? phrase : null;
}

/** The clause subject: the first phrase of the sentence after an introductory ", "-phrase. */
export function subjectPhrase(tokens: readonly Token[], before: number, pronoun = false): Phrase | null {
	let start = 0;
	if (tokens[0]?.text === '(') {
		const close = tokens.findIndex(t => t.text === ')');
		if (close > 0 && close < before) start = close + 1;
		while (start < before && /^[-—–]$/.test(tokens[start]!.text)) start++;
	}
	const first = tokens[start]?.lower ?? '';
	if (/^(?:at|in|on|ahead|after|before|during|following|when|back|still|meanwhile|speaking|yet|as|since|while)$/.test(first)) {
		let k = start;
		while (k < before && tokens[k]!.text !== ',') k++;
		if (k >= before) return null;
		start = k + 1;
	}
	// "He left, claiming that …": a pronoun subject, where the caller allows one.
	if (pronoun && pronouns.has(tokens[start]?.lower ?? '') && !familyHe(tokens, start) && start + 1 < before) return {from: start, to: start + 1};
	let k = start;
	while (k < before && (npWord(tokens[k]!) || (inner.has(tokens[k]!.lower) && k + 1 < before && npWord(tokens[k + 1]!)))) k++;
	const phrase = {from: start, to: k};
	return k > start && hasHead(tokens, phrase) ? phrase : null;
}
