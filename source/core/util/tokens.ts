// A one-pass tokenizer shared by the steps: words (with abbreviation dots kept), possessive "’s"
// and single punctuation marks, each with its offsets into the body.

/** A token and where it stands in the body. */
export type Token = {text: string; lower: string; start: number; end: number};

// Abbreviations whose trailing dot is part of the word, not a full stop (wire-service style).
const abbreviations = new Set([
	'feb', 'jan', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'ms', 'mrs', 'dr',
	'gen', 'sen', 'rep', 'lt', 'col', 'st', 'jr', 'co', 'ltd', 'inc', 'corp', 'no', 'vs', 'prof', 'gov', 'adm', 'maj',
	'capt', 'sgt', 'ft', 'mt', 'l.p', 'e.g', 'i.e', 'etc',
]);

const tokenPattern = /[\p{L}\p{N}]+(?:[-.&/][\p{L}\p{N}]+)*|['’]s(?![\p{L}\p{N}])|[^\s\p{L}\p{N}]/gu;

/** True when the word before a dot is an abbreviation or an initial ("U.S", "Feb", "E"). */
export function isAbbreviation(word: string): boolean {
	if (abbreviations.has(word.toLowerCase())) return true;
	if (/^\p{Lu}$/u.test(word)) return true;
	return /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Splits text[from, to) into tokens; offsets are absolute. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const out: Token[] = [];
	tokenPattern.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = tokenPattern.exec(text)) !== null && m.index < to) {
		let end = m.index + m[0].length;
		if (end > to) break;
		let word = m[0];
		if (text[end] === '.' && /[\p{L}]$/u.test(word) && isAbbreviation(word)) {
			end++;
			word += '.';
			tokenPattern.lastIndex = end;
		}
		// Split "Thomas-Greenfield/AFP" style credit runs at the slash; keep hyphenated names whole.
		if (word.includes('/') && word.length > 1) {
			let offset = m.index;
			for (const part of word.split('/')) {
				if (part) out.push({text: part, lower: part.toLowerCase(), start: offset, end: offset + part.length});
				offset += part.length + 1;
			}
			continue;
		}
		out.push({text: word, lower: word.toLowerCase(), start: m.index, end});
	}
	return out;
}

/** Tokens of a body by offset range. */
export type TokenIndex = {range(start: number, end: number): Token[]};

/**
 * Tokenizes ranges of the body on demand. Ranges are sentences, so only one sentence's tokens
 * live at a time: holding a 20 MB body's millions of tokens at once costs more in garbage
 * collection than tokenizing each sentence twice.
 */
export function indexTokens(body: string): TokenIndex {
	return {range: (start, end) => tokenize(body, start, end)};
}

/** True for a word starting with a capital letter or digit-free uppercase form. */
export function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}

/** True for a word token (letters or digits), false for punctuation. */
export function isWord(token: Token): boolean {
	return /^[\p{L}\p{N}]/u.test(token.text);
}
