// The typographic folding the gold scorer uses (curly quotes, dashes, white space), in one
// place: the loader compares lines with it ("repeats the title") and the project's scorer folds
// texts with it before matching spans.

const singleQuotes = '‘’‚‛′';
const doubleQuotes = '“”„‟″';
const dashes = '–—‒―';

/** Folds one character: white space to a space, curly quotes to straight, dashes to "-". */
export function foldChar(ch: string): string {
	if (/\s/u.test(ch)) return ' ';
	if (singleQuotes.includes(ch)) return "'";
	if (doubleQuotes.includes(ch)) return '"';
	if (dashes.includes(ch)) return '-';
	return ch;
}

/** Folds quotes, dashes, white space and case so two renderings of one line compare equal. */
export function foldForComparison(text: string): string {
	return Array.from(text, foldChar).join('').replace(/ +/g, ' ').trim().toLowerCase();
}
