// Step 5e: a bare organ noun ("the embassy said", "a spokesperson for the ministry") refers to the
// organ last named in full just before it — "The Chinese Embassy in the UK described … , the
// embassy said" — before any guess from the last speaker's country.

import {markersIn} from '../util/markers.js';
import {eitherCase} from '../util/search.js';
import {bodyWho, type Who} from './05a-who.js';

const patterns = new Map<string, RegExp>();

/** The organ named in full ("Chinese Embassy", "China's Foreign Ministry") in `from`…`at` whose noun is the bare phrase's head. */
export function namedOrganBefore(body: string, from: number, at: number, phrase: string): Who | null {
	const noun = /([\p{L}]+)\s*$/u.exec(phrase)?.[1]?.toLowerCase();
	if (!noun) return null;
	let pattern = patterns.get(noun);
	if (!pattern) {
		pattern = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}${eitherCase(noun)}\\b`, 'gu');
		patterns.set(noun, pattern);
	}
	let found: Who | null = null;
	for (const m of body.slice(Math.max(0, from), at).matchAll(pattern)) {
		const markers = markersIn(m[0]);
		if (markers.length === 0) continue;
		found = bodyWho(m[0], markers, null) ?? found;
	}
	return found;
}
