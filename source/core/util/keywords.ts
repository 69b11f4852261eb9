// Whole-word keyword matching over word lists: a keyword list is compiled once into a first-word
// index, and a text is split into words once, so many lists can be checked in one linear pass each.

/** A compiled keyword list: first word → the keywords (as word arrays) starting with it, longest first. */
export type KeywordSet = Map<string, string[][]>;

const wordPattern = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const asciiWordPattern = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
// Characters outside ASCII that are never part of a word: curly quotes, dashes, no-break space.
const otherThanPunctuation = /[^\u0000-\u007f\u00a0\u2010-\u2015\u2018-\u201f\u2026]/;

/** Lower-cased words of a text (hyphenated words kept whole, apostrophes split). */
export function wordsOf(text: string): string[] {
	const lower = text.toLowerCase();
	// Text whose letters are all ASCII (most English news, curly quotes and all) takes the
	// cheaper pattern; it finds the same words.
	return (otherThanPunctuation.test(lower) ? lower.match(wordPattern) : lower.match(asciiWordPattern)) ?? [];
}

/** Compiles keywords (case-insensitive, whole words) into a set. */
export function keywordPattern(keywords: readonly string[]): KeywordSet {
	const index: KeywordSet = new Map();
	for (const keyword of keywords) {
		const words = wordsOf(keyword);
		if (words.length === 0) continue;
		const list = index.get(words[0]!) ?? [];
		list.push(words);
		list.sort((a, b) => b.length - a.length);
		index.set(words[0]!, list);
	}
	return index;
}

/** Non-overlapping keyword occurrences among `words` (from wordsOf), or in a text. */
export function countMatches(set: KeywordSet, text: string | readonly string[]): number {
	const words = typeof text === 'string' ? wordsOf(text) : text;
	let n = 0;
	for (let i = 0; i < words.length; i++) {
		const list = set.get(words[i]!);
		if (!list) continue;
		for (const phrase of list) {
			let ok = true;
			for (let k = 1; k < phrase.length; k++) {
				if (words[i + k] !== phrase[k]) {
					ok = false;
					break;
				}
			}
			if (ok) {
				n++;
				i += phrase.length - 1;
				break;
			}
		}
	}
	return n;
}
