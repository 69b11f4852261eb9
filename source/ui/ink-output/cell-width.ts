// Display width of text as Ink measures it (string-width), with narrow text counted directly:
// nearly every character of a frame is narrow, and string-width's grapheme segmentation per
// character was the largest single cost of drawing one.
import stringWidth from 'string-width';
import {isNarrow} from '../text/narrow.js';

// SGR sequences exactly as string-width's ansi-regex matches them (digits, then ;digits, then m).
const sgr = /\u001B\[\d{1,4}(?:;\d{0,4})*m/g;

/** The width string-width gives `text` (one line), without calling it for narrow text, styled or not. */
export function lineWidth(text: string): number {
	if (isNarrow(text)) return text.length;
	// Styled narrow text (Ink measures nested, coloured Text with its escape codes in).
	if (text.includes('\u001B')) {
		const plain = text.replace(sgr, '');
		if (isNarrow(plain)) return plain.length;
	}

	return stringWidth(text);
}

// Widths of the other characters met so far (a frame has few distinct ones); emptied if it grows.
const wide = new Map<string, number>();

/** The width of one styled character's value, as Ink's output stage counts it (at least 1). */
export function charWidth(value: string): number {
	if (value.length === 1) {
		const code = value.charCodeAt(0);
		if (code >= 0x20 && code < 0x7F) return 1;
	}

	let width = wide.get(value);
	if (width === undefined) {
		if (wide.size >= 4096) wide.clear();
		// string-width's first call compiles its emoji patterns (tens of ms): narrow characters skip it.
		width = Math.max(1, isNarrow(value) ? value.length : stringWidth(value));
		wide.set(value, width);
	}

	return width;
}
