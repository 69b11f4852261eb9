// Step 5d: the person a "he" or "she" opening a sentence most likely means — the subject of the
// sentence before, when that sentence opens with a person's name ("Zelensky drew his claims from
// … He alleged …"). Readers take the last sentence's subject over someone quoted further back.

import type {Entity, Span} from '../types.js';
import {speakerNouns} from '../lexicon/roles.js';
import {lastStartingAtOrBefore} from '../util/search.js';

// Words that may stand before a subject's name: a linking adverb, an article, capitalised words
// (titles, countries, "Ukraine's"), and lower-case role words ("spokesperson", "foreign").
const linking = /^(?:(?:But|And|Yet|Meanwhile|However|Still|Later|Earlier|Separately|Also|Moreover|Furthermore|In addition|On \p{Lu}\p{Ll}+day),?\s+)?(?:(?:the|The|a|A|an|An)\s+)?/u;
// A time adverbial set off by a comma before the subject ("A day later, Lin Jian …", "On Thursday, …").
const timeOpening = /^[^,.;:]{0,30}?\b(?:later|earlier|afterwards|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|year),\s+/u;
const roleWords = new Set(speakerNouns.map(w => w.toLowerCase()));
// After the name: a verb or an apposition, not a possessive ("Zelensky's claims were rejected").
const followedBySubjectUse = /^(?:\s+(?:\p{Ll}|has\b|had\b)|,\s)/u;

/** The person named as the subject of the sentence before `sentence`, if that sentence opens with one. */
export function subjectOfSentenceBefore(body: string, sentences: readonly Span[], sentence: Span, people: readonly Entity[]): Entity | null {
	const i = lastStartingAtOrBefore(sentences, sentence.start - 1);
	const before = sentences[i];
	if (!before || before.end > sentence.start || sentence.start - before.end > 4) return null;
	const j = lastStartingAtOrBefore(people, before.start - 1) + 1;
	const first = people[j];
	if (!first || first.start >= before.end) return null;
	const whole = body.slice(before.start, first.start);
	const prefix = whole.slice(timeOpening.exec(whole)?.[0].length ?? 0);
	const rest = prefix.slice(linking.exec(prefix)?.[0].length ?? 0).trim();
	const words = rest === '' ? [] : rest.split(/\s+/);
	if (!words.every(w => /^\p{Lu}/u.test(w) || roleWords.has(w.toLowerCase()))) return null;
	return followedBySubjectUse.test(body.slice(first.end, first.end + 8)) ? first : null;
}
