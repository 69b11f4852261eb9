// Step 2: entities by rules and gazetteer data, no model. Capitalised runs are cut into the longest
// gazetteer names, organisation/place names ending in a suffix ("… Council", "… Center") and
// person names introduced by a title, a role noun, a Chinese family name or a speech verb; then
// bare surnames are resolved to the full names seen in the same article.

import type {Entity} from '../types.js';
import type {Paragraph} from './01-sentences.js';
import {isCapitalised, isWord, type Token, type TokenIndex} from '../util/tokens.js';
import {key, lookupLongest} from '../util/gazetteer.js';
import {organizationHeads, organizationSuffixes} from '../lexicon/organizations.js';
import {placeSuffixes} from '../lexicon/places.js';
import {roleNouns, titleWords} from '../lexicon/roles.js';
import {frameCues} from '../lexicon/cues.js';
import {chineseSurnames, givenNames} from '../lexicon/people.js';
import {nameConnectors, notNameWords} from '../lexicon/common-words.js';
import {findPatternEntities, findDates} from './02b-entity-patterns.js';
import {resolveSurnames, type Candidate} from './02c-surnames.js';
import {lookupPerson, type PeopleIndex} from '../util/people-index.js';

const orgSuffix = new Set(organizationSuffixes.map(key));
const orgHead = new Set(organizationHeads.map(key));
const placeSuffix = new Set(placeSuffixes.map(key));
const titles = new Set(titleWords.map(key));
// Title words that also occur inside organisation names ("Foreign Affairs Commission").
const orgTitleWords = new Set(['foreign', 'defense', 'defence', 'affairs', 'security', 'national', 'state', 'trade', 'finance', 'treasury', 'commerce', 'interior', 'justice', 'home', 'policy', 'high', 'special', 'economy']);
const roles = new Set(roleNouns);
const speechVerbs = new Set(frameCues);
const surnames = new Set(chineseSurnames.map(key));
const given = new Set(givenNames.map(key));

/** Runs of capitalised words separated only by spaces (connectors allowed inside). */
function runs(tokens: readonly Token[], body: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	const spaced = (a: Token, b: Token) => /^[ \t]*$/.test(body.slice(a.end, b.start));
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i]!;
		if (!isWord(t) || !isCapitalised(t.text)) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < tokens.length && spaced(tokens[j - 1]!, tokens[j]!)) {
			const w = tokens[j]!;
			if (isWord(w) && isCapitalised(w.text)) j++;
			else if (nameConnectors.has(w.text) && j + 1 < tokens.length && spaced(w, tokens[j + 1]!) && isCapitalised(tokens[j + 1]!.text) && isWord(tokens[j + 1]!)) j += 2;
			else break;
		}
		out.push([i, j]);
		i = j;
	}
	return out;
}

// No organisation or place name runs longer than this many words; bounding the look-ahead keeps
// a pathological run of capitalised words linear.
const longestName = 12;

/** Index of the last organisation/place suffix reachable from `from` before a person title. */
function suffixEnd(words: readonly string[], from: number, to: number): {end: number; type: 'organization' | 'place'} | null {
	let found: {end: number; type: 'organization' | 'place'} | null = null;
	// "Ministry of National Defence", "Department of Foreign Affairs and Trade": the run is the name.
	if (orgHead.has(words[from]!) && words[from + 1] === 'of' && to - from >= 3) return {end: to, type: 'organization'};
	for (let k = from; k < Math.min(to, from + longestName); k++) {
		const w = words[k]!;
		if (titles.has(w) && !orgTitleWords.has(w)) break;
		if (k > from && orgSuffix.has(w)) found = {end: k + 1, type: 'organization'};
		else if (k > from && placeSuffix.has(w)) found = {end: k + 1, type: 'place'};
	}
	return found;
}

/** True when tokens[a, b) look like a personal name (no stop words, Title-case, not all capitals). */
function nameLike(tokens: readonly Token[], a: number, b: number): boolean {
	for (let k = a; k < b; k++) {
		const w = tokens[k]!.text;
		// "He" before another capitalised word is the family name He (He Yadong), not the pronoun.
		const familyHe = k === a && b - a >= 2 && w === 'He';
		if ((notNameWords.has(w.toLowerCase()) && !familyHe) || !/^\p{Lu}[\p{Ll}'’.-]/u.test(w) || /\d/.test(w)) return false;
	}
	return true;
}

/** ", a spokeswoman for …" / ", chairman of …" right after a run: the run is a person introduced by a role. */
function roleFollows(words: readonly string[], end: number): boolean {
	if (words[end] !== ',') return false;
	const first = /^(?:a|an|the)$/.test(words[end + 1] ?? '') ? end + 2 : end + 1;
	// The role noun is the head, within a few words: "a senior spokesman", "the deputy foreign minister".
	for (let k = first; k < Math.min(words.length, first + 4); k++) {
		if (roles.has(words[k]!)) return true;
		if (words[k] === ',' || words[k] === '.') return false;
	}

	return false;
}

/** Finds entities in the body: gazetteer names, suffix names, titled names, dates. */
export function findEntities(body: string, paragraphs: readonly Paragraph[], index: TokenIndex, people: PeopleIndex): Entity[] {
	const candidates: Candidate[] = [];
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.sentences) scanSentence(body, index.range(sentence.start, sentence.end), paragraph.heading, people, candidates);
	}
	for (const e of findPatternEntities(body)) candidates.push({...e, single: false});
	const resolved = resolveSurnames(candidates, people, body);
	return [...resolved, ...findDates(body)].sort((a, b) => a.start - b.start || b.end - a.end);
}

function scanSentence(body: string, tokens: readonly Token[], heading: boolean, people: PeopleIndex, out: Candidate[]): void {
	const words = tokens.map(t => (t.lower.includes('’') ? key(t.lower) : t.lower));
	const emit = (a: number, b: number, type: Entity['type'], canonical: string | null, single = false) => {
		const start = tokens[a]!.start;
		const end = tokens[b - 1]!.end;
		const text = body.slice(start, end);
		out.push({start, end, text, canonical: canonical ?? text, type, single});
	};
	for (const [from, to] of runs(tokens, body)) {
		let k = from;
		// "spokesperson Lin Jian", or in apposition: "the foreign minister, Margus Tsahkna,"; or the
		// role after the name ("Ou Pei, a spokeswoman for …"); or a frame before it ("…,” said Ou Pei).
		let titled = from > 0 && (roles.has(words[from - 1]!) || (words[from - 1] === ',' && from > 1 && roles.has(words[from - 2]!)));
		titled ||= roleFollows(words, to) || (from > 0 && speechVerbs.has(words[from - 1]!) && (from < 2 || words[from - 2] === ',' || words[from - 2] === '”' || words[from - 2] === '"'));
		let afterName = false;
		let pending = -1;
		const flush = (stop: number) => {
			if (pending < 0) return;
			classifyUnknown(pending, stop, titled || afterName, stop === to);
			pending = -1;
		};
		const classifyUnknown = (a: number, b: number, introduced: boolean, atRunEnd: boolean) => {
			while (a < b && nameConnectors.has(words[a]!)) a++;
			const n = b - a;
			if (n <= 0) return;
			const spoke = atRunEnd && b < tokens.length && speechVerbs.has(words[b]!);
			// A family name from the list first, or a common given name first: a person's name.
			const chinese = (surnames.has(words[a]!) || given.has(words[a]!)) && n >= 2 && n <= 3;
			if (!heading && n >= 2 && n <= 4 && nameLike(tokens, a, b) && (introduced || chinese || spoke)) emit(a, b, 'person', null);
			else if (n === 1 && nameLike(tokens, a, b)) emit(a, b, 'person', null, true);
		};
		while (k < to) {
			const place = lookupLongest(words, k, to);
			const person = lookupPerson(people, words, k, to);
			// A listed person wins only when longer than a gazetteer name at the same word.
			const gz = person && person.length > (place?.length ?? 0) ? {entry: {kind: 'person' as const, canonical: person.canonical}, length: person.length} : place;
			const sx = suffixEnd(words, k, to);
			if (sx && sx.end - k > (gz?.length ?? 0) && sx.end - k >= 2) {
				flush(k);
				emit(k, sx.end, sx.type, null);
				k = sx.end;
				afterName = true;
			} else if (gz) {
				flush(k);
				if (gz.entry.kind !== 'nationality') emit(k, k + gz.length, gz.entry.kind, gz.entry.canonical);
				k += gz.length;
				afterName = gz.entry.kind !== 'person';
			} else if (titles.has(words[k]!)) {
				// Capitalised words right before a title belong to it ("Armed Forces Minister").
				if (pending >= 0 && !titled && k < to - 1) pending = -1;
				flush(k);
				titled = true;
				k++;
			} else {
				if (pending < 0) pending = k;
				k++;
			}
		}
		flush(to);
	}
}
