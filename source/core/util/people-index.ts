// Lookups built from a known-people list: full names by their words (for the entity scan), the
// short form each name is cited by ("Blinken", "Lin"), and each person's side. Built once per
// list, so analyse() can take another list (or none) without rebuilding the gazetteer.

import type {Side} from '../types.js';
import type {KnownPerson} from '../lexicon/people.js';
import {chineseSurnames} from '../lexicon/people.js';
import {key} from './gazetteer.js';
import {tokenize} from './tokens.js';

/** The lookups for one known-people list. */
export type PeopleIndex = {
	/** Keyed full name (words joined by a space) → canonical name. */
	names: ReadonlyMap<string, string>;
	/** Keyed first word → the most words of any name starting with it. */
	firstWords: ReadonlyMap<string, number>;
	/** Keyed short form → canonical name, or null when two listed people share it. */
	short: ReadonlyMap<string, string | null>;
	sides: ReadonlyMap<string, Side>;
};

const chinese = new Set(chineseSurnames.map(key));

/** The short forms a full name is referred to by: the surname, or a Chinese family name (first). */
export function shortForms(fullName: string): string[] {
	const parts = fullName.split(/\s+/);
	if (parts.length < 2) return [];
	const first = parts[0]!;
	const last = parts[parts.length - 1]!;
	return chinese.has(key(first)) ? [first] : [last];
}

const built = new WeakMap<readonly KnownPerson[], PeopleIndex>();

/** The lookups for `people` (cached per list). */
export function peopleIndex(people: readonly KnownPerson[]): PeopleIndex {
	const cached = built.get(people);
	if (cached) return cached;
	const names = new Map<string, string>();
	const firstWords = new Map<string, number>();
	const short = new Map<string, string | null>();
	const sides = new Map<string, Side>();
	for (const p of people) {
		const words = tokenize(p.name).map(t => key(t.text));
		names.set(words.join(' '), p.name);
		firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
		for (const s of shortForms(p.name)) short.set(key(s), short.has(key(s)) && short.get(key(s)) !== p.name ? null : p.name);
		sides.set(p.name, p.side);
	}
	const index = {names, firstWords, short, sides};
	built.set(people, index);
	return index;
}

/** Longest listed name at words[from…] (already keyed) before `limit`, with its length in words. */
export function lookupPerson(index: PeopleIndex, words: readonly string[], from: number, limit: number): {canonical: string; length: number} | null {
	const max = Math.min(index.firstWords.get(words[from]!) ?? 0, limit - from);
	for (let n = max; n >= 1; n--) {
		const canonical = index.names.get(words.slice(from, from + n).join(' '));
		if (canonical) return {canonical, length: n};
	}
	return null;
}
