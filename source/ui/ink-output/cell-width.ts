// Display width of text as Ink measures it (string-width), with printable ASCII counted
// directly: nearly every character of a frame is ASCII, and string-width's grapheme
// segmentation per character is the largest single cost of drawing one.
import stringWidth from 'string-width';

const printableAscii = /^[\u0020-\u007E]*$/;

/** The width string-width gives `text` (one line), without calling it for printable ASCII. */
export function lineWidth(text: string): number {
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

/** The width of one styled character's value, as Ink's output stage counts it (at least 1). */
export function charWidth(value: string): number {
	if (value.length === 1) {
		const code = value.charCodeAt(0);
		if (code >= 0x20 && code < 0x7F) return 1;
	}

	return Math.max(1, stringWidth(value));
}
