// Terminal hygiene for untrusted text, in the manner of less and newsboat: every character that
// a terminal would act on (escape sequences, controls) or that can hide or reorder text (bidi
// controls) becomes a visible, inert stand-in before anything is analysed or drawn.
//
// Stand-ins:
//   C0 controls and DEL       caret notation, as `cat -v` and less show them: ESC → ^[, BEL → ^G,
//                             CR → ^M, backspace → ^H, DEL → ^?
//   tab                       four spaces (Ink measures a tab as one column; terminals do not)
//   C1 controls (U+0080–9F)   <U+009B> (the 8-bit CSI and its kin)
//   bidi controls, other      <U+202E> — shown, because they can reorder what the reader sees
//   format characters
//   invisible joiners/hints   dropped: zero-width space/joiners, word joiner, soft hyphen, stray
//                             BOM, tag characters (they only hide text or confuse width counts)
//   emoji presentation,       dropped: variation selector 16 (U+FE0F), the skin-tone modifiers
//   skin tones, keycaps       (U+1F3FB–1F3FF) and the keycap mark (U+20E3). Terminals disagree on
//                             their width and Ink measures them with string-width: tmux 3.3 draws
//                             👍🏽 in 4 columns and ❤️ or 1️⃣ in 1 where Ink counts 2, which cut
//                             lines and pushed pane borders. What is left (👍, ❤, 1) is drawn
//                             as wide as Ink counts it.
//   lone surrogates           U+FFFD
//   line/paragraph separator  a newline (a space on one-line fields)
// The output never contains U+0000–U+001F except \n, nor U+007F–U+009F, so no sequence from the
// input can reach the terminal. Stand-ins contain no control characters: sanitising is idempotent.
import {countAtOrBelow} from '../core/util/search.js';

// One pass over the string: linear even for a 20 MB body.
// Every character replaced or dropped but the C0 controls, as a regular-expression class body.
const unsafeRest = String.raw`\x7F-\x9F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u20E3\u2060-\u206F\uFE0F\uFEFF\uFFF9-\uFFFB\u{1F3FB}-\u{1F3FF}\u{E0000}-\u{E007F}\uD800-\uDFFF`;
const unsafe = new RegExp(String.raw`[\0-\x1F${unsafeRest}]`, 'gu');

// The same class without the newline, not global: a text it finds nothing in is returned as it
// is, with no copy (an 8 MB article's body was copied twice on load for nothing).
const needsWork = new RegExp(String.raw`[\0-\x09\x0B-\x1F${unsafeRest}]`, 'u');

/** Code points that are dropped outright: invisible, and harmless to lose. */
const invisible = new Set([0xad, 0x18_0e, 0x20_0b, 0x20_0c, 0x20_0d, 0x20_60, 0x20_61, 0x20_62, 0x20_63, 0x20_64, 0x20_e3, 0xfe_0f, 0xfe_ff]);

const codePointLabel = (code: number) => `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;

function standIn(char: string, oneLine: boolean): string {
	const code = char.codePointAt(0)!;
	if (code === 0x0a || code === 0x20_28 || code === 0x20_29) return oneLine ? ' ' : '\n';
	if (code === 0x09) return oneLine ? ' ' : '    ';
	if (code < 0x20) return `^${String.fromCodePoint(code + 0x40)}`;
	if (code === 0x7f) return '^?';
	if (code >= 0xd8_00 && code <= 0xdf_ff) return '\uFFFD';
	if (invisible.has(code) || (code >= 0xe_00_00 && code <= 0xe_00_7f) || (code >= 0x1_f3_fb && code <= 0x1_f3_ff)) return '';
	return codePointLabel(code);
}

/** Makes multi-line untrusted text safe to print: keeps newlines, replaces everything a terminal would interpret. */
export function sanitizeText(text: string): string {
	return needsWork.test(text) ? text.replace(unsafe, char => standIn(char, false)) : text;
}

/**
 * sanitizeText, and where each offset of the text lands in what it returns (a stand-in is longer
 * or shorter than what it replaced): an offset at a replaced character's start maps to its
 * stand-in's start, one at its end to the stand-in's end.
 */
export function sanitizeTextMapped(text: string): {text: string; at: (offset: number) => number} {
	if (!needsWork.test(text)) return {text, at: offset => offset};
	// After each replacement that changed the length: where it ended in the text, and the shift from then on.
	const ends: number[] = [];
	const shifts: number[] = [];
	let shift = 0;
	const safe = text.replace(unsafe, (char: string, offset: number) => {
		const standing = standIn(char, false);
		if (standing.length !== char.length) {
			shift += standing.length - char.length;
			ends.push(offset + char.length);
			shifts.push(shift);
		}

		return standing;
	});
	const at = (offset: number) => {
		const passed = countAtOrBelow(ends, offset);
		return offset + (passed === 0 ? 0 : shifts[passed - 1]!);
	};

	return {text: safe, at};
}

/** Like sanitizeText, for one-line fields (titles, outlets, file names): newlines and tabs become spaces. */
export function sanitizeLine(text: string): string {
	return text.replace(unsafe, char => standIn(char, true));
}

/** True when the text holds nothing a terminal would act on: no control character but tab and newline, no C1, no bidi control. */
export function isTerminalSafe(text: string): boolean {
	return !/[\0-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u.test(text);
}

/**
 * Text typed or pasted into a prompt (the search): everything sanitizeLine would replace is
 * dropped instead, since a query for "^G" is not what a pasted BEL meant, and a backspace or DEL
 * that arrives inside pasted text is a character, not an erase.
 */
export function typedText(text: string): string {
	return text.replace(unsafe, '');
}
