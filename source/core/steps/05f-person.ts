// Step 5f: a person speaker — the role words that introduce them (before the name, set off by a
// comma, or after it), kept as first introduced, and the side that role, the known-people list or
// the capital the statement is placed in gives them.

import type {Entity, Side} from '../types.js';
import type {PeopleIndex} from '../util/people-index.js';
import {markersIn} from '../util/markers.js';
import {personSide} from './05b-person-side.js';
import {capitalOf, countrySides} from '../lexicon/sides.js';
import {cleanRole, roleNoun, type Who} from './05a-who.js';
import {roleNouns} from '../lexicon/roles.js';

/** Roles as first introduced and sides as first read, by canonical name, and the known-people lookups. */
export type Roles = {first: Map<string, string>; sides: Map<string, Side>; known: PeopleIndex};

/** A person speaker: canonical name, the role words before the name (or as first introduced), side. */
export function personWho(entity: Entity, body: string, from: number, roles: Roles): Who {
	const before = body.slice(Math.max(from, entity.start - 80), entity.start);
	// Full stops end a sentence only after a lower-case word: "U.S. Deputy Secretary" stays whole.
	const segments = before.split(/[;:!?“”"()]|(?<=\p{Ll}{2})\.\s/u).pop()!.split(',');
	// An honorific alone ("Mr. Fu") is no role: the one first introduced stands.
	let role = cleanRole(segments.pop() ?? '').replace(/^(?:Mr|Mrs|Ms|Dr|Sir|Madam|Mme|Prof)\.?$/, '');
	// "China's envoy to France, Lu Shaye" / "the commander of US forces, Admiral John Smith": the
	// role set off by a comma says whom they speak for when the words next to the name do not.
	const apposed = segments.length > 0 ? cleanRole(segments[segments.length - 1]!) : '';
	if (apposed && roleNoun.test(apposed) && markersIn(role).length === 0) role = role ? `${apposed}, ${role}` : apposed;
	// "…,” said Ou Pei, a spokeswoman for the Chinese Consulate" / "Piet Smits, chairman of the NATO
	// Military Committee, said": a role set off after the name, when none stands before it.
	if (markersIn(role).length === 0) {
		const after = trailingRole(body, entity.end);
		if (after) role = role ? `${role}, ${after}` : after;
	}

	if (role && !roles.first.has(entity.canonical)) roles.first.set(entity.canonical, role);
	const known = role || roles.first.get(entity.canonical) || null;
	let side = personSide(entity.canonical, known ?? '', roles.known);
	// An official with no country in the title ("Commerce Ministry spokesperson") speaks for the
	// capital the sentence places them in ("In Beijing, …", "said in Beijing").
	if (side === 'other' && known && roleNoun.test(known) && markersIn(known).length === 0) side = placedIn(body, entity.start) ?? roles.sides.get(entity.canonical) ?? side;
	if (side !== 'other' && !roles.sides.has(entity.canonical)) roles.sides.set(entity.canonical, side);
	return {speaker: entity.canonical, role: known, side, person: true};
}

/** The role in apposition right after a name (", a spokesman for China's Defence Ministry,"), if the words there hold a role noun. */
function trailingRole(body: string, end: number): string | null {
	const match = /^,\s+((?:(?:a|an|the)\s+)?[^,.;:!?“”"()]{3,90}?)(?=,|\.(?:\s|$)|;|$)/.exec(body.slice(end, end + 100));
	if (!match) return null;
	const words = match[1]!.split(/\s+/);
	// The role noun heads the phrase: within its first four words ("the deputy foreign minister").
	return words.slice(0, 4).some(word => roleNoun.test(word)) ? match[1]!.replace(/^(?:a|an|the)\s+/i, '') : null;
}

/** The side of the capital a statement is placed in ("In Beijing, …", "… said in Beijing"), if any. */
function placedIn(body: string, at: number): Side | null {
	// The paragraph around the name, bounded so a huge single-line text stays linear.
	const start = Math.max(0, body.lastIndexOf('\n', at) + 1, at - 300);
	const newline = body.indexOf('\n', at);
	const sentence = body.slice(start, Math.min(newline < 0 ? body.length : newline, at + 300));
	for (const m of sentence.matchAll(/\b(?:[Ii]n|[Ff]rom)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/gu)) {
		const country = capitalOf[m[1]!];
		const side = country ? countrySides[country] : undefined;
		if (side) return side;
	}
	return null;
}

/**
 * "…, a Foreign Ministry spokesman said on Thursday." then "Foreign Ministry spokesman Wang Wenbin
 * told …": an indefinite role that the next person named within a few sentences carries word for word.
 */
export function titledLater(text: string, people: readonly Entity[], at: number, body: string, roles: Roles): Who | null {
	const m = /^an?\s+(.+)$/i.exec(text.trim());
	if (!m || /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(m[1]!)) return null;
	const role = m[1]!.toLowerCase();
	// Two words at least ("a Foreign Ministry spokesman", not "a spokesman": that title fits either side's).
	if (!role.includes(' ') || !roleNouns.some(n => role.endsWith(n))) return null;
	const titled = (p: Entity) => {
		const theirs = (roles.first.get(p.canonical) ?? '').toLowerCase();
		return theirs === role || theirs.endsWith(` ${role}`);
	};
	const next = people.find(p => p.start > at && p.start - at < 400 && titled(p));
	return next ? personWho(next, body, next.start, roles) : null;
}
