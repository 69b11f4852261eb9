// Step 2c: one name for every mention. Full names seen anywhere in the article (or in the
// known-people list) give their surname — or, for Chinese names, their family name, which comes
// first — so "Blinken" becomes "Antony Blinken" and "Lin" becomes "Lin Jian"; a name's first word
// stands for it before a speech verb too ("Bi said"). Overlapping candidates keep the longest.

import type {Entity} from '../types.js';
import {key} from '../util/gazetteer.js';
import {shortForms, type PeopleIndex} from '../util/people-index.js';
import {cueFillers, frameCues} from '../lexicon/cues.js';

/** An entity candidate; `single` marks a lone capitalised word that is a person only if its surname is known. */
export type Candidate = Entity & {single: boolean};

// "Bi said", "Ou added": a lone word right before a speech verb.
const speaks = new RegExp(`^\\s+(?:(?:${cueFillers.join('|')})\\s+)?(?:${frameCues.join('|')})\\b`);

/** Resolves lone words to full names, drops unresolved ones and overlapping duplicates. */
export function resolveSurnames(candidates: Candidate[], people: PeopleIndex, body: string): Entity[] {
	const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const local = new Map<string, string>();
	// The first word of each full name, for family names that come first but are not on the list
	// of common ones ("Bi Xin" … "Bi said"); null where two names share it.
	const firsts = new Map<string, string | null>();
	for (const c of sorted) {
		if (c.type !== 'person' || c.single) continue;
		for (const s of shortForms(c.canonical)) local.set(key(s), c.canonical);
		const first = c.canonical.split(/\s+/);
		if (first.length === 2) {
			const word = key(first[0]!);
			firsts.set(word, firsts.has(word) && firsts.get(word) !== c.canonical ? null : c.canonical);
		}
	}
	const out: Entity[] = [];
	let lastEnd = -1;
	for (const c of sorted) {
		if (c.start < lastEnd) continue;
		let canonical = c.canonical;
		if (c.single) {
			const word = key(c.text);
			const full = local.get(word) ?? people.short.get(word) ?? (speaks.test(body.slice(c.end, c.end + 40)) ? firsts.get(word) : undefined);
			if (!full) continue;
			canonical = full;
		}
		out.push({start: c.start, end: c.end, text: c.text, canonical, type: c.type});
		lastEnd = c.end;
	}
	return out;
}
