// Display width of text as Ink measures it (string-width), with narrow text counted directly:
// nearly every character of a frame is narrow, and string-width's grapheme segmentation per
// character was the largest single cost of drawing one.
import stringWidth from 'string-width';
import {isNarrow} from '../text/narrow.js';

/** The width string-width gives `text` (one line), without calling it for narrow text. */
export function lineWidth(text: string): number {
	return isNarrow(text) ? text.length : stringWidth(text);
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
		width = Math.max(1, stringWidth(value));
		wide.set(value, width);
	}

	return width;
}
