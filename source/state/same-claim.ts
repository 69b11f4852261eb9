// When two statements in different articles are one statement reported twice ("decisive enabler"
// in CNN, Bloomberg and Radio Free Asia): a measurable rule on what the analysis gives, with no
// list of phrases. Two reports are the same when all three hold:
//   1. the same speaker, after folding (case, accents, the organisation aliases of the lexicon,
//      and a surname standing for the full name: "Stoltenberg" is "Jens Stoltenberg");
//   2. their wording overlaps: of the lighter report's content words (stop words and the
//      speaker's own name left out), weighted by how rare each word is among all the statements
//      compared (inverse document frequency), at least `minOverlap` is shared, and at least
//      `minShared` distinct words are shared; a quoted phrase of two or more words that both
//      carry lowers the bar to `quotedOverlap`;
//   3. their articles' dates are at most `windowDays` apart (an undated report is never merged).
import {stopWords} from '../core/lexicon/common-words.js';
import {organizationAliases} from '../core/lexicon/organizations.js';
import {wordsOf} from '../core/util/keywords.js';

/** The thresholds of the rule (set on the bundled articles; the README says what merges there). */
export const sameness = {minOverlap: 0.6, quotedOverlap: 0.45, minShared: 3, windowDays: 7};

/** One statement as a report: who said it, what, and when the article was published. */
export type Report = {speaker: string | null; text: string; published: string | null};

/** A report made ready for comparing: its folded speaker, content words and quoted phrases. */
export type Prepared = {speaker: string | null; words: ReadonlySet<string>; quoted: readonly string[]; day: number | null};

const aliases = new Map(Object.entries(organizationAliases).map(([alias, canonical]) => [fold(alias), fold(canonical)]));

function fold(text: string): string {
	return text.normalize('NFKD').replaceAll(/\p{M}/gu, '').toLowerCase().replaceAll(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/** A speaker's name folded for comparing: case, accents and punctuation off, an alias read as its organisation. */
export function speakerKey(speaker: string | null): string | null {
	if (speaker === null) return null;
	const folded = fold(speaker);
	return folded === '' ? null : (aliases.get(folded) ?? folded);
}

/** Whether two folded speakers are one: equal, or one name's words are the other's ending in the same surname. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
	if (a === null || b === null) return false;
	if (a === b) return true;
	const [short, long] = a.length < b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
	return short.at(-1) === long.at(-1) && short.every(word => long.includes(word));
}

/** A word as compared: possessive and plural endings off ("Russia's" and "Russia", "enablers" and "enabler"). */
function stem(word: string): string {
	return word.replace(/['’]s$/, '').replace(/(?<=[^s]{3})s$/, '');
}

function contentWords(text: string, skip: ReadonlySet<string>): string[] {
	return wordsOf(text.replaceAll(/['’]s\b/g, '')).map(stem).filter(w => w.length > 2 && !stopWords.has(w) && !skip.has(w));
}

const quotes = /[“"‘]([^“”"‘’]{3,}?)[”"’]/g;

/** Prepare a report: `skip` are the speaker's own words, which say who spoke, not what. */
export function prepare(report: Report): Prepared {
	const speaker = speakerKey(report.speaker);
	const skip = new Set((speaker ?? '').split(' '));
	const quoted = [...report.text.matchAll(quotes)]
		.map(m => contentWords(m[1]!, skip).join(' '))
		.filter(phrase => phrase.includes(' '));
	const day = report.published === null ? null : Date.parse(`${report.published}T00:00:00Z`) / 86_400_000;
	return {speaker, words: new Set(contentWords(report.text, skip)), quoted, day: Number.isNaN(day) ? null : day};
}

/** Each word's weight: ln(1 + n / documents holding it), over the prepared reports. */
export function weightsOf(reports: Iterable<Prepared>): (word: string) => number {
	const holding = new Map<string, number>();
	let n = 0;
	for (const r of reports) {
		n++;
		for (const w of r.words) holding.set(w, (holding.get(w) ?? 0) + 1);
	}

	return word => Math.log(1 + n / (holding.get(word) ?? 1));
}

/** The share of the lighter report's word weight that both carry, and how many words they share. */
export function overlap(a: Prepared, b: Prepared, weight: (word: string) => number): {overlap: number; shared: number} {
	let both = 0;
	let shared = 0;
	let sumA = 0;
	let sumB = 0;
	for (const w of a.words) {
		sumA += weight(w);
		if (b.words.has(w)) {
			both += weight(w);
			shared++;
		}
	}

	for (const w of b.words) sumB += weight(w);
	const lighter = Math.min(sumA, sumB);
	return {overlap: lighter === 0 ? 0 : both / lighter, shared};
}

/** Whether both carry a quoted phrase of two or more content words, in the same words. */
export function shareQuote(a: Prepared, b: Prepared): boolean {
	const inside = (phrase: string, words: ReadonlySet<string>) => phrase.split(' ').every(w => words.has(w));
	return a.quoted.some(q => inside(q, b.words)) || b.quoted.some(q => inside(q, a.words));
}

/** The rule: same speaker, dates within the window, and enough shared wording. */
export function sameReport(a: Prepared, b: Prepared, weight: (word: string) => number): boolean {
	if (!sameSpeaker(a.speaker, b.speaker) || a.day === null || b.day === null || Math.abs(a.day - b.day) > sameness.windowDays) return false;
	const {overlap: share, shared} = overlap(a, b, weight);
	return shared >= sameness.minShared && share >= (shareQuote(a, b) ? sameness.quotedOverlap : sameness.minOverlap);
}
