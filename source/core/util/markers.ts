// Reads which actors a phrase names — countries, nationality adjectives, bodies, outlets, NATO's
// group nouns — with the side each stands on, so a speaker's side follows from role and affiliation.

import type {Side} from '../types.js';
import {tokenize} from './tokens.js';
import {key, lookupLongest} from './gazetteer.js';
import {chineseStateMedia, mediaOutlets} from '../lexicon/organizations.js';
import {capitalOf, countrySides, natoGroupWords, organizationSides} from '../lexicon/sides.js';

/** An actor named in a phrase. */
export type Marker = {canonical: string; side: Side; kind: 'country' | 'body' | 'outlet' | 'nato-group'};

const media = new Set(mediaOutlets);
const stateMedia = new Set(chineseStateMedia);
const natoWords = natoGroupWords.map(w => w.split(' '));

function sideOfBody(canonical: string): Side {
	if (organizationSides[canonical]) return organizationSides[canonical];
	if (/^Chinese\b/.test(canonical)) return 'china';
	return 'other';
}

// The same phrases (speakers, roles) are read again and again: markers are kept per phrase, a
// bounded memo that is emptied when full (results are frozen, so callers cannot change them).
const memo = new Map<string, readonly Marker[]>();
const memoSize = 4096;

/** Actors named in `text`, in order of appearance. */
export function markersIn(text: string): readonly Marker[] {
	const known = memo.get(text);
	if (known) return known;
	const found = Object.freeze(scan(text));
	if (memo.size >= memoSize) memo.clear();
	memo.set(text, found);
	return found;
}

function scan(text: string): Marker[] {
	const tokens = tokenize(text);
	const words = tokens.map(t => key(t.text));
	const out: Marker[] = [];
	for (let i = 0; i < words.length; ) {
		const match = lookupLongest(words, i, words.length);
		if (match && /^[\p{Lu}\d]/u.test(tokens[i]!.text)) {
			const {kind} = match.entry;
			const canonical = capitalOf[match.entry.canonical] ?? match.entry.canonical;
			if (kind === 'place' || kind === 'nationality') {
				const side = countrySides[canonical] ?? (canonical === 'European Union' || canonical === 'the West' ? 'accuser' : 'other');
				out.push({canonical, side, kind: 'country'});
			} else if (kind === 'organization') {
				if (media.has(canonical)) out.push({canonical, side: stateMedia.has(canonical) ? 'china' : 'accuser', kind: 'outlet'});
				else out.push({canonical, side: sideOfBody(canonical), kind: 'body'});
			}
			i += match.length;
			continue;
		}
		const group = natoWords.find(g => g.every((w, k) => words[i + k] === w));
		if (group) {
			out.push({canonical: 'NATO', side: 'accuser', kind: 'nato-group'});
			i += group.length;
			continue;
		}
		i++;
	}
	return out;
}
