// Step 4m: a measure told as an act in narration — "On Friday the US placed 105 Russian and
// Chinese firms on a trade restriction list", "The European Union has opened an investigation into
// subsidies for Chinese electric cars", "the Commission decided to impose duties on imports of
// Chinese EVs". No verb of saying attributes it, but a measure against a named party is its
// taker's charge against that party; the subject takes it. Read only for a sentence nothing else
// attributes; which party it is against is the dispute profile's business (classify).

import type {RawAttribution} from './04-attributions.js';
import type {Span} from '../types.js';
import {isCapitalised, type Token, type TokenIndex} from '../util/tokens.js';
import type {Quote} from './03-quotes.js';
import {quoteMask} from './04g-leading.js';
import {leftPhrase, subjectPhrase} from '../util/phrases.js';
import {determiners} from '../util/verb-use.js';
import {markersIn} from '../util/markers.js';
import {spanOf} from './04a-frames.js';

// Verbs that take a measure against their object, as they appear in narration.
// (Not "sanctions" or "blacklist": those are nouns as often as verbs.)
const directActs: ReadonlySet<string> = new Set(['sanctioned', 'sanctioning', 'indict', 'indicts', 'indicted']);
// Verbs that take a measure only with a measure noun after them ("imposed tariffs on", "opened an investigation into").
const nounActs: ReadonlySet<string> = new Set(['impose', 'imposes', 'imposed', 'imposing', 'slap', 'slaps', 'slapped', 'open', 'opens', 'opened', 'launch', 'launches', 'launched']);
const measureObjects = /^(?:sanctions|tariffs|duties|curbs|restrictions|penalties|levies|surtax|bans?|investigation|probe|inquiry)$/;
// Verbs that put their object on a list ("placed 105 firms on a trade restriction list").
const listActs: ReadonlySet<string> = new Set(['place', 'places', 'placed', 'put', 'puts', 'add', 'adds', 'added']);
// "was sanctioned by the US": in the passive the subject is the target, not the taker.
const auxiliaries = /^(?:is|are|was|were|be|been|being|get|gets|got)$/;

/** Every word that can open a measure act (for the cheap test before tokenizing). */
export const actWords: ReadonlySet<string> = new Set([...directActs, ...nounActs, ...listActs]);

/** The measure act a sentence tells, with its taker, if any. */
export function measureAct(sentence: Span, paragraph: number, quotes: readonly Quote[], q: number, index: TokenIndex): RawAttribution | null {
	const tokens = index.range(sentence.start, sentence.end);
	const inQuote = quoteMask(tokens, quotes, q, sentence.end);
	for (let i = 1; i < tokens.length - 2; i++) {
		if (inQuote[i]) continue;
		const word = tokens[i]!.lower;
		const act = directActs.has(word) || (nounActs.has(word) && measureAhead(tokens, i + 1, 4)) || (listActs.has(word) && listAhead(tokens, i + 1));
		// "the sanctioned firms": after a determiner the word is no verb.
		if (!act || determiners.has(tokens[i - 1]!.lower) || auxiliaries.test(tokens[i - 1]!.lower)) continue;
		// The object must name a party: a capitalised word after the verb ("Chinese firms", "China").
		if (!tokens.slice(i + 1).some((t, j) => !inQuote[i + 1 + j] && isCapitalised(t.text))) continue;
		const np = subjectPhrase(tokens, i) ?? leftPhrase(tokens, i);
		// The taker must be named too ("the US", "The European Union"; not "The ministry" or "Officials",
		// whose capital is only the sentence's): an actor the lexicon knows, or a capital inside the sentence.
		if (!np || !(markersIn(tokens.slice(np.from, np.to).map(t => t.text).join(' ')).length > 0 || tokens.slice(np.from, np.to).some((t, j) => np.from + j > 0 && isCapitalised(t.text)))) continue;
		return {
			sentence, paragraph, span: sentence, content: {start: tokens[i]!.start, end: sentence.end}, kind: 'indirect', cue: word,
			speaker: spanOf(tokens, np), inherits: false, act: true,
			rule: `"${word}" a measure against a named party, told as an act: its taker's charge`,
		};
	}
	return null;
}

/** A measure noun within `reach` words ("imposed additional 100% tariffs", "opened an investigation"). */
function measureAhead(tokens: readonly Token[], from: number, reach: number): boolean {
	for (let k = from; k < Math.min(tokens.length, from + reach); k++) if (measureObjects.test(tokens[k]!.lower)) return true;
	return false;
}

/** "… on a trade restriction list", "… to its entity list" within fourteen words. */
function listAhead(tokens: readonly Token[], from: number): boolean {
	for (let k = from; k < Math.min(tokens.length, from + 14); k++) {
		if (/^[.;]$/.test(tokens[k]!.text)) return false;
		if (tokens[k]!.lower === 'list' && /^(?:on|to|onto)$/.test(tokens.slice(from, k).reverse().find(t => /^(?:on|to|onto)$/.test(t.lower))?.lower ?? '')) return true;
	}
	return false;
}

