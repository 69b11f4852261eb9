// Builds one lookup from token sequences to gazetteer entries (places, organisations, outlets,
// nationality adjectives), so the entity step can match the longest name in one pass. Known people
// are looked up separately (util/people-index), so analyse() can be given another list.

import {cities, countries, placeAliases, regions} from '../lexicon/places.js';
import {mediaOutlets, organizationAliases} from '../lexicon/organizations.js';
import {nationalities} from '../lexicon/sides.js';
import {tokenize} from './tokens.js';

/** What a gazetteer name is. */
export type GazetteerKind = 'place' | 'organization' | 'person' | 'nationality';

/** A gazetteer entry: kind and canonical name. */
export type GazetteerEntry = {kind: GazetteerKind; canonical: string};

/** Normalises a token for lookup: lower case, straight apostrophes. */
export function key(word: string): string {
	const lower = word.toLowerCase();
	return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

const entries = new Map<string, GazetteerEntry>();
// Longest entry starting with each first word: most words start none, so lookups stop at once.
const firstWords = new Map<string, number>();

function add(name: string, entry: GazetteerEntry): void {
	const words = tokenize(name).map(t => key(t.text));
	const k = words.join(' ');
	if (!entries.has(k)) entries.set(k, entry);
	firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
}

for (const [name, kind] of Object.entries(nationalities)) add(name, {kind: 'nationality', canonical: kind});
for (const name of [...countries, ...cities, ...regions]) add(name, {kind: 'place', canonical: name});
for (const [name, canonical] of Object.entries(placeAliases)) add(name, {kind: 'place', canonical});
for (const [name, canonical] of Object.entries(organizationAliases)) add(name, {kind: 'organization', canonical});
for (const name of mediaOutlets) add(name, {kind: 'organization', canonical: name});
// "New Zealand" is both a country and an adjective; as a name it is the place.
entries.set('new zealand', {kind: 'place', canonical: 'New Zealand'});

/** Longest gazetteer match of words[from…] (already keyed), or null. Returns the match length too. */
export function lookupLongest(words: readonly string[], from: number, limit: number): {entry: GazetteerEntry; length: number} | null {
	const max = Math.min(firstWords.get(words[from]!) ?? 0, limit - from);
	for (let n = max; n >= 1; n--) {
		const entry = entries.get(words.slice(from, from + n).join(' '));
		if (entry) return {entry, length: n};
	}
	return null;
}

/** The entry for an exact name, or undefined. */
export function lookupName(name: string): GazetteerEntry | undefined {
	return entries.get(tokenize(name).map(t => key(t.text)).join(' '));
}
