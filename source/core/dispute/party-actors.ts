// Actors an article introduces as the accused party's: "a Chinese state-sponsored hacking group
// called 'Volt Typhoon'", "Chinese drone maker DJI", "the China-linked group APT40". Later
// sentences name them alone ("Microsoft says Volt Typhoon may be building …"), and a statement
// about them is about the party. Found from how the article itself introduces them, not from a list.

import type {DisputeProfile} from './profile.js';
import {escapeRegExp} from '../util/search.js';

// Words never cross a line: a name on the next line is another paragraph's.
// A name: one to four capitalised words or an all-capitals code with digits ("APT40", "Salt Typhoon").
const name = String.raw`[‘'"“]?((?:\p{Lu}[\p{L}\d.&-]*)(?:[ \t]+\p{Lu}[\p{L}\d.&-]*){0,3})[’'"”]?`;
// Nouns that an introduced actor is ("group", "firm", "maker", "giant", "hackers").
const actorNouns = String.raw`(?:group|groups|firm|firms|company|companies|maker|makers|manufacturer|giant|conglomerate|hackers|hacker|actor|outfit|operation|campaign|network|unit|vessel|ship|entity|entities|supplier|exporter|bank|lender)`;

const cache = new WeakMap<DisputeProfile, RegExp[]>();

function patterns(profile: DisputeProfile): RegExp[] {
	let found = cache.get(profile);
	if (found) return found;
	const party = profile.partyWords.map(escapeRegExp).join('|');
	// The party word, then up to four modifiers ("state-sponsored hacking"), then the actor noun.
	const head = String.raw`\b(?:${party})(?:-(?:backed|linked|based|sponsored|owned|affiliated))?(?:[ \t]+[\p{Ll}-]+){0,4}?[ \t]+${actorNouns}`;
	found = [
		// "… group called/named/known as/dubbed 'Volt Typhoon'"
		new RegExp(String.raw`${head},?[ \t]+(?:called|named|known[ \t]+as|dubbed|nicknamed|tracked[ \t]+as)[ \t]+${name}`, 'gu'),
		// "Chinese drone maker DJI", "the China-linked group APT40"
		new RegExp(String.raw`${head}[ \t]+(?!(?:called|named|known|dubbed|nicknamed|tracked)\b)${name}`, 'gu'),
	];
	cache.set(profile, found);
	return found;
}

/** Names the article introduces as the party's actors (each as written, quotes stripped). */
export function partyActors(body: string, profile: DisputeProfile): string[] {
	const out = new Set<string>();
	for (const pattern of patterns(profile)) {
		for (const m of body.matchAll(pattern)) {
			const actor = m[1]!.replace(/[.,]$/, '');
			// A sentence-opening word after the noun ("… firms. The …") is no name.
			if (actor.length >= 3 && !/^(?:The|A|An|In|On|And|But|It|This|That|They)$/.test(actor.split(/\s+/)[0]!)) out.add(actor);
		}
	}
	for (const word of profile.partyWords) out.delete(word);
	return [...out];
}

/** The profile with the article's own party actors added to its party words (the same profile when there are none). */
export function withPartyActors(profile: DisputeProfile, body: string): DisputeProfile {
	const actors = partyActors(body, profile);
	return actors.length === 0 ? profile : {...profile, partyWords: [...profile.partyWords, ...actors]};
}
