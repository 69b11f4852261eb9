// Step 5c: phrases that refer to a speaker named elsewhere — a document and its issuer, a
// government organ with no country, a role without a name, one word of a full name, the person
// last named — each resolved by what it means, not by whoever spoke last.

import type {Entity} from '../types.js';
import {markersIn, type Marker} from '../util/markers.js';
import {bodyWho, cleanRole, roleNoun, statementHead, type Who} from './05a-who.js';
import {roleNouns} from '../lexicon/roles.js';
import {eitherCase, lastStartingAtOrBefore} from '../util/search.js';

/**
 * Who issued a document named by a bare noun ("the declaration", "the report"): the nearest earlier
 * mention of the same noun with its owner — "NATO's … Declaration", "the NATO declaration",
 * "a declaration issued by the 32 members", "a statement from the ministry".
 */
export function issuerOf(body: string, phrase: string, at: number): Who | null {
	const noun = statementHead(phrase);
	if (!noun) return null;
	const before = body.slice(Math.max(0, at - 4000), at);
	// The noun in either case ("declaration", "Summit Declaration"); the owner must be capitalised.
	const n = eitherCase(noun.toLowerCase());
	const owned = [
		new RegExp(`(\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,4})['’]s\\s+(?:[\\p{L}-]+\\s+){0,4}${n}`, 'gu'),
		new RegExp(`\\bthe\\s+(\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3})\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}${n}`, 'gu'),
		// "the statement issued by X", "a declaration from X" ("issued at the close of the summit" names no issuer).
		// "a draft communique from the NATO summit": another noun or two may stand between.
		new RegExp(`${n}(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?\\s+(?:(?:issued|released|published|adopted|signed|put out|made)\\s+by|from|by)\\s+((?:the\\s+)?[^,.;:]{2,60})`, 'gu'),
	];
	let best: {at: number; who: Who} | null = null;
	for (const pattern of owned) {
		for (const m of before.matchAll(pattern)) {
			const markers = markersIn(m[1]!);
			if (markers.length === 0) continue;
			const who = bodyWho(m[1]!, markers, null);
			if (who && (!best || m.index! > best.at)) best = {at: m.index!, who};
		}
	}
	// A later mention without an owner ("in its statement", "said in a statement") is the last speaker's.
	const last = [...before.matchAll(new RegExp(`\\b${n}`, 'gu'))].pop();
	if (best && last && last.index! > best.at + 80) return null;
	return best?.who ?? null;
}

// Organs of a government named without their country ("the Foreign Ministry", "the defence ministry").
export const governmentBody = /^(?:the\s+)?(?:(?:foreign|defen[cs]e|commerce|trade|interior|justice|finance)\s+)?(?:ministry|ministry of [\p{L} ]+|embassy|consulate|government|cabinet|spokes(?:person|man|woman)(?:'s office)?)$/iu;

/** The country a speaker stands for, from their name and role ("Lin Jian (Chinese Foreign Ministry spokesperson)" → China). */
export function countryOf(who: Who): Marker | undefined {
	return markersIn(`${who.speaker} ${who.role ?? ''}`).find(m => m.kind === 'country');
}

/** The capitalised phrase that opens a sentence ("The Armed Forces of the Philippines (AFP)"), if it does. */
export function subjectText(before: string): string | null {
	return /^(?:The\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|the|and|for|on)\s+|\s+))*\p{Lu}[\p{L}.'’-]*/u.exec(before.trimStart())?.[0] ?? null;
}

/** The last body, group or country named in the few hundred characters before `at`. */
export function bodyNamedBefore(body: string, at: number): Who | null {
	const before = body.slice(Math.max(0, at - 400), at);
	const markers = [...markersIn(before)].reverse();
	const marker = markers.find(m => m.kind === 'body') ?? markers.find(m => m.kind === 'nato-group');
	return marker ? bodyWho(marker.canonical, [marker], null) : null;
}

export const nameWord = "\\p{Lu}[\\p{L}'’.-]+";
export const apposed = new RegExp(`^(.{3,}?),\\s*(${nameWord}(?:\\s+${nameWord}){1,3})\\s*$`, 'u');

/** "ROLE, First Last" with a role noun in ROLE and no actor's name in the name part. */
export function apposedName(text: string): {name: string; role: string} | null {
	const m = apposed.exec(text);
	if (!m || markersIn(m[2]!).length > 0 || !roleNoun.test(m[1]!)) return null;
	return {name: m[2]!, role: cleanRole(m[1]!) || m[1]!.trim()};
}

// People named in full (two words or more), by each word of their name and by the full name, in
// reading order: looking a name up is then a binary search, not a walk back over everyone named.
const byWord = new WeakMap<readonly Entity[], Map<string, Entity[]>>();

function namesIndex(people: readonly Entity[]): Map<string, Entity[]> {
	let index = byWord.get(people);
	if (index) return index;
	index = new Map();
	for (const p of people) {
		const words = p.canonical.split(/\s+/);
		if (words.length < 2) continue;
		for (const key of new Set([...words, p.canonical])) {
			const list = index.get(key);
			if (list) list.push(p);
			else index.set(key, [p]);
		}
	}
	byWord.set(people, index);
	return index;
}

/** The last person named in full before `at` whose name holds `key` (a word of it, or the whole name). */
function lastWithName(people: readonly Entity[], key: string, at: number): Entity | null {
	const list = namesIndex(people).get(key);
	return list ? list[lastStartingAtOrBefore(list, at - 1)] ?? null : null;
}

/** "Kellogg", "Ms Mao", "Wenbin": one name word that is part of a person named in full before. */
export function earlierPerson(text: string, people: readonly Entity[], at: number): Entity | null {
	// The full name again where the entity reader did not see one: "He Yongqian dismissed …" opening
	// a sentence, where "He" reads as the pronoun.
	const full = text.trim();
	if (/^He\s+\p{Lu}\p{Ll}+$/u.test(full)) {
		const again = lastWithName(people, full, at);
		if (again && again.canonical === full) return again;
	}
	const word = /^(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+)?(\p{Lu}[\p{L}'’-]+)$/u.exec(full)?.[1];
	return word ? lastWithName(people, word, at) : null;
}

export const bodyNoun = /\b(?:embassy|consulate|ministry|mission|office|department|government|delegation|council|commission|agency|service|statement|declaration)\b/i;

/** "the Ukrainian leader", "the FBI director": a role without a name stands for the person quoted before with that role or country. */
export function describedPerson(text: string, history: readonly Who[]): Who | null {
	const bare = text.replace(/^(?:the|a|an)\s+/i, '');
	if (bodyNoun.test(bare) || /\s\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(` ${bare}`)) return null;
	// "The official also said …": a definite generic title stands for the person quoted just before.
	if (/^the\s+(?:official|diplomat|envoy)$/i.test(text.trim())) {
		for (let i = history.length - 1; i >= Math.max(0, history.length - 3); i--) if (history[i]!.person) return history[i]!;
	}
	const nouns = bare.toLowerCase().split(/\s+/).filter(w => roleNouns.includes(w));
	if (nouns.length === 0) return null;
	const countries = markersIn(bare).map(m => m.canonical);
	for (let i = history.length - 1; i >= Math.max(0, history.length - 12); i--) {
		const who = history[i]!;
		if (!who.person) continue;
		const role = (who.role ?? '').toLowerCase();
		const theirs = markersIn(`${who.role ?? ''}`).map(m => m.canonical);
		if (nouns.some(n => role.includes(n)) || countries.some(c => theirs.includes(c))) return who;
	}
	return null;
}

/**
 * A person named by one word ("Ms Mao", "Wenbin") is the person named in full earlier whose name
 * holds that word: family names come first or last, and the press sometimes repeats a given name.
 */
export function fullNameOf(entity: Entity, people: readonly Entity[]): Entity {
	const words = entity.canonical.replace(/^(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+/, '').split(/\s+/);
	if (words.length !== 1) return entity;
	const full = lastWithName(people, words[0]!, entity.start);
	return full ? {...entity, canonical: full.canonical} : entity;
}

/** The last person entity that ends before `at` (within a few paragraphs' reach). */
export function lastNamedBefore(people: readonly Entity[], at: number): Entity | null {
	let lo = 0;
	let hi = people.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (people[mid]!.end <= at) lo = mid + 1;
		else hi = mid;
	}
	const found = people[lo - 1];
	return found && at - found.end < 1500 ? found : null;
}

/** Entities lying inside [start, end), found by binary search over entities sorted by start. */
export function within(entities: readonly Entity[], start: number, end: number): Entity[] {
	let lo = 0;
	let hi = entities.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (entities[mid]!.start < start) lo = mid + 1;
		else hi = mid;
	}
	const out: Entity[] = [];
	for (let i = lo; i < entities.length && entities[i]!.start < end; i++) if (entities[i]!.end <= end) out.push(entities[i]!);
	return out;
}

/** "the embassy", "the consulate", "the diplomatic mission": a country's office abroad. */
export const diplomaticOffice = /^(?:the\s+)?(?:diplomatic\s+)?(?:embassy|consulate|mission)$/iu;
const diplomat = /\b(?:ambassador|envoy|embassy|consul|consulate|diplomat|mission)\b/iu;

/**
 * Whose a bare "the embassy" is: after a diplomat or a speaker of the accused side (whose embassies
 * answer for it), that speaker's country's; else not the last speaker's (a government does not answer
 * through an embassy at home) but the country the story names most besides ("Canada's finance
 * minister announced … 'China will take resolute action,' the embassy said").
 */
export function missionOf(body: string, last: Who | null): Marker | null {
	if (!last) return null;
	const home = countryOf(last)?.canonical;
	if (last.side === 'china' || diplomat.test(`${last.speaker} ${last.role ?? ''} ${last.named ?? ''}`)) return countryOf(last) ?? null;
	const counts = new Map<string, {marker: Marker; n: number}>();
	for (const m of markersIn(body)) {
		if (m.kind !== 'country' || m.canonical === home) continue;
		const c = counts.get(m.canonical) ?? {marker: m, n: 0};
		c.n++;
		counts.set(m.canonical, c);
	}
	let best: {marker: Marker; n: number} | null = null;
	for (const c of counts.values()) if (!best || c.n > best.n) best = c;
	return best?.marker ?? null;
}
