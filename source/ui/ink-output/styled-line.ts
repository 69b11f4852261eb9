// The two conversions of Ink's output stage, done as @alcalzone/ansi-tokenize does them but with
// one style array shared by consecutive characters of the same style: a line then converts back
// to text by comparing arrays by identity, and the per-character style diff is only computed
// where the style actually changes. Same escape codes out, far fewer objects and diffs.
import {
	ansiCodesToString,
	diffAnsiCodes,
	reduceAnsiCodesIncremental,
	tokenize,
	type AnsiCode,
	type StyledChar,
} from '@alcalzone/ansi-tokenize';

/** A line (with escape codes) as styled characters; characters in one style share `styles`. */
export function styledChars(line: string): StyledChar[] {
	let codes: AnsiCode[] = [];
	const chars: StyledChar[] = [];
	for (const token of tokenize(line)) {
		if (token.type === 'ansi') {
			codes = reduceAnsiCodesIncremental(codes, [token]);
		} else {
			chars.push({type: 'char', value: token.value, fullWidth: token.fullWidth, styles: codes});
		}
	}

	return chars;
}

/** Styled characters back to text with the fewest escape codes, as styledCharsToString does. */
export function styledCharsText(chars: readonly StyledChar[]): string {
	let text = '';
	let styles: AnsiCode[] = [];
	for (const char of chars) {
		if (char.styles !== styles) {
			text += ansiCodesToString(diffAnsiCodes(styles, char.styles));
			styles = char.styles;
		}

		text += char.value;
	}

	return text + ansiCodesToString(diffAnsiCodes(styles, []));
}
