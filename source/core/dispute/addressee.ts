// Whom an answer says it answers. Reporting of a reply names the claim it replies to in a few
// standing shapes: "in response to Blinken's statements", "refuting the accusations made against
// China by the US representative", "dismissed Zelenskyy's allegations", "We urge the UK to stop …".
// The words of those phrases are the answer's addressee: pairing prefers a claim whose claimant
// they name, and holds back one whose claimant is a different party they do not name.

import {markersIn} from '../util/markers.js';
import {wordsOf} from '../util/keywords.js';

/** Nouns for what an answer answers: said things and the acts of a claimant. */
const answeredNouns = 'accusations?|allegations?|claims?|charges?|remarks|comments|statements?|criticism|smears?|assertions?|rhetoric|words|testimony|warnings?|sanctions|decision|move|moves|actions?|report|comments';
const name = String.raw`(?:[\p{Lu}][\p{L}\p{M}.’'-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.-]*`;

// Each pattern's first group is the phrase naming the addressee; `pointed` shapes name the
// statement answered, the others (a counter-demand: "urged the US to …") only whom it is put to.
const shapes: readonly {pattern: RegExp; pointed: boolean}[] = [
	// "accusations (made against China) by the US representative", "criticism from Washington"
	{pattern: new RegExp(String.raw`\b(?:${answeredNouns})\b(?:\s+[\p{L}-]+){0,4}?\s+(?:by|from)\s+((?:[\p{L}\p{M}.’'-]+\s*){1,6})`, 'giu'), pointed: true},
	// "Blinken's statements", "Zelenskyy's recent allegations", "the EU's decision"
	{pattern: new RegExp(String.raw`(${name})['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:${answeredNouns})\b`, 'gu'), pointed: true},
	// "urged the US to", "called on Britain to", "told London to"
	{pattern: new RegExp(String.raw`\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|told|tell(?:s|ing)?|advis(?:e|es|ed|ing))\s+((?:the\s+)?(?:[\p{L}\p{M}.-]+\s+){0,3}?)to\b`, 'giu'), pointed: false},
	// "in response to …", "hit back at …", "refuting …"
	{pattern: new RegExp(String.raw`\b(?:in\s+response\s+to|responding\s+to|in\s+reply\s+to|replying\s+to|reacting\s+to|in\s+answer\s+to|hit(?:ting)?\s+back\s+at|fir(?:ed|ing)\s+back\s+at|lash(?:ed|ing)\s+out\s+at|refut(?:ing|ed)|rebutt?(?:ing|ed))\s+((?:[\p{L}\p{M}.’'-]+\s*){1,6})`, 'giu'), pointed: true},
];

/** An answer's addressee: the words of the phrases naming whom it answers, and the parties among them. */
export type Addressee = {pointed: ReadonlySet<string>; words: ReadonlySet<string>; parties: ReadonlySet<string>};

const none: Addressee = {pointed: new Set(), words: new Set(), parties: new Set()};

/** The addressee named in a sentence that reports an answer (none when it names nobody). */
export function addresseeOf(sentence: string): Addressee {
	const phrases: string[] = [];
	const pointed = new Set<string>();
	for (const {pattern, pointed: names} of shapes) {
		for (const m of sentence.matchAll(pattern)) {
			phrases.push(m[1]!);
			if (names) for (const w of wordsOf(m[1]!)) pointed.add(w);
		}
	}
	if (phrases.length === 0) return none;
	const words = new Set(phrases.flatMap(p => wordsOf(p)));
	const parties = new Set<string>();
	for (const p of phrases) for (const m of markersIn(p)) if (m.side === 'accuser' && m.kind !== 'outlet') parties.add(m.canonical);
	return {pointed, words, parties};
}

/**
 * How an answer's addressee stands to a claimant: the statement answered is the claimant's
 * ('named'), the answer is put to another party and not to the claimant ('other'), or neither.
 */
export function addressing(addressee: Addressee, claimantWords: ReadonlySet<string>, claimantParties: ReadonlySet<string>): 'named' | 'other' | 'unsaid' {
	if (addressee.words.size === 0) return 'unsaid';
	for (const w of claimantWords) if (addressee.pointed.has(w)) return 'named';
	for (const w of claimantWords) if (addressee.words.has(w)) return 'unsaid';
	if (claimantParties.size === 0) return 'unsaid';
	for (const p of addressee.parties) if (!claimantParties.has(p)) return 'other';
	return 'unsaid';
}
