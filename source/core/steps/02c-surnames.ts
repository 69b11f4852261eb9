// Step 2c: one name for every mention. Full names seen anywhere in the article (or in the
// known-people list) give their surname — or, for Chinese names, their family name, which comes
// first — so "Blinken" becomes "Antony Blinken" and "Lin" becomes "Lin Jian". Overlapping
// candidates keep the longest.

import type {Entity} from '../types.js';
import {key} from '../util/gazetteer.js';
import {shortForms, type PeopleIndex} from '../util/people-index.js';

/** An entity candidate; `single` marks a lone capitalised word that is a person only if its surname is known. */
export type Candidate = Entity & {single: boolean};

/** Resolves lone words to full names, drops unresolved ones and overlapping duplicates. */
export function resolveSurnames(candidates: Candidate[], people: PeopleIndex): Entity[] {
	const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const local = new Map<string, string>();
	for (const c of sorted) {
		if (c.type !== 'person' || c.single) continue;
		for (const s of shortForms(c.canonical)) local.set(key(s), c.canonical);
	}
	const out: Entity[] = [];
	let lastEnd = -1;
	for (const c of sorted) {
		if (c.start < lastEnd) continue;
		let canonical = c.canonical;
		if (c.single) {
			const word = key(c.text);
			const full = local.get(word) ?? people.short.get(word);
			if (!full) continue;
			canonical = full;
		}
		out.push({start: c.start, end: c.end, text: c.text, canonical, type: c.type});
		lastEnd = c.end;
	}
	return out;
}
