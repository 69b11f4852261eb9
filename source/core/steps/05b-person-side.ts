// Step 5b: the side a person speaks for, from the known-people list or else from the actors named
// in their role ("Dutch Defence Minister", "Chinese Embassy spokesperson"); a Chinese family
// name with a diplomatic role ("spokesperson Mao Ning") reads as China's side.

import type {Side} from '../types.js';
import {chineseSurnames} from '../lexicon/people.js';
import type {PeopleIndex} from '../util/people-index.js';
import {markersIn} from '../util/markers.js';

const surnames = new Set(chineseSurnames);
const diplomatic = /\b(?:spokes(?:person|man|woman)|ambassador|envoy|minist(?:er|ry)|embassy|consul|premier|vice[- ]premier)/i;

/** Side of a named person given the role words that introduce them. */
export function personSide(name: string, role: string, people: PeopleIndex): Side {
	const listed = people.sides.get(name);
	if (listed) return listed;
	const marker = markersIn(role).find(m => m.side !== 'other') ?? markersIn(role)[0];
	if (marker) return marker.side;
	const [family = '', ...given] = name.split(/\s+/);
	// "He" is left off the surname list (it is mostly the pronoun); in a name already read as one ("He Yongqian") it is the surname.
	if ((surnames.has(family) || (family === 'He' && given.length > 0)) && diplomatic.test(role)) return 'china';
	return 'other';
}

/**
 * "China's coast guard accused …. 'The Philippine side bears full responsibility,' spokesperson Gan
 * Yu said": a spokesperson whose title names no body or country, quoted right after a body of a
 * known side, speaks for that body. Returns the side, or null when the rule does not apply.
 */
export function spokespersonOfBodyBefore(who: {role: string | null; side: Side; person: boolean}, before: {side: Side; person: boolean; speaker: string} | null): Side | null {
	if (!who.person || who.side !== 'other' || !before || before.person || before.side === 'other') return null;
	return /^spokes(?:person|man|woman)$/i.test(who.role?.trim() ?? '') ? before.side : null;
}
