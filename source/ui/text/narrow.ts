// Text whose every character is one column wide and a grapheme of its own: printable ASCII,
// Latin-1 and Latin Extended letters, general punctuation (curly quotes, dashes, ellipsis),
// arrows, box drawing and block elements. Nearly all of an English news article and of the frame
// around it is such text, and for it width is length and each UTF-16 unit is a grapheme: no
// segmenter, no width tables.
// (test/ui/narrow checks every character of the class against string-width and Intl.Segmenter.)

/** The characters counted as narrow, as a regular-expression class body. */
export const narrowClass = String.raw`\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u259F`;

const narrow = new RegExp(`^[${narrowClass}]*$`);

/** True when every character of `text` is one column and its own grapheme. */
export function isNarrow(text: string): boolean {
	return narrow.test(text);
}
