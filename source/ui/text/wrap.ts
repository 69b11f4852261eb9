// Wrapping and truncating by display width (CJK and emoji take two columns, combining marks
// none), in grapheme clusters so nothing is split mid-character. Lines are offsets into the
// original text, so styling by span (entities, claims, matches) needs no re-mapping.
import stringWidth from 'string-width';
import type {Span} from '../../core/types.js';
import {isNarrow} from './narrow.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Display width of one grapheme; printable ASCII skips the general measure. */
export function graphemeWidth(g: string): number {
	const code = g.codePointAt(0) ?? 0;
	return g.length === 1 && code >= 0x20 && code < 0x7F ? 1 : stringWidth(g);
}

/** Extra columns drawn around a grapheme (e.g. entity brackets when colour is off). */
export type Extra = (start: number, end: number) => number;

const none: Extra = () => 0;

/** Wrap text[from, to) into lines no wider than `width`: break after spaces, split words longer than a line. */
export function wrapRange(text: string, from: number, to: number, width: number, extra: Extra = none): Span[] {
	const lines: Span[] = [];
	let start = from;
	let used = 0;
	// The last space on the current line: where the content before it ends, where the next line starts, and the width up to the next line's start.
	let breakEnd = -1;
	let breakNext = -1;
	let widthToNext = 0;
	const line = text.slice(from, to);
	// Narrow text (see narrow.ts): each code unit is a grapheme one column wide.
	const narrow = isNarrow(line);
	const graphemes = narrow ? Array.from(line, (segment, index) => ({segment, index})) : segmenter.segment(line);
	for (const {segment, index} of graphemes) {
		const at = from + index;
		const end = at + segment.length;
		const w = (narrow ? 1 : graphemeWidth(segment)) + extra(at, end);
		if (segment === ' ') {
			if (at === start) {
				start = end; // No leading spaces on a wrapped line.
				continue;
			}

			if (used + w > width) {
				lines.push({start, end: at});
				start = end;
				used = 0;
				breakEnd = -1;
				continue;
			}

			used += w;
			breakEnd = at;
			breakNext = end;
			widthToNext = used;
			continue;
		}

		if (used + w > width && breakEnd !== -1) {
			lines.push({start, end: breakEnd});
			start = breakNext;
			used -= widthToNext;
			breakEnd = -1;
		}

		if (used + w > width && used > 0) {
			lines.push({start, end: at}); // A word longer than the line: split it.
			start = at;
			used = 0;
		}

		used += w;
	}

	lines.push({start: Math.min(start, to), end: to});
	return lines;
}

/** Wrap a multi-line text: each line wraps on its own; `gap` adds an empty line between paragraphs. */
export function wrapText(text: string, width: number, options: {gap?: boolean; extra?: Extra} = {}): Span[] {
	const lines: Span[] = [];
	let from = 0;
	let previousEmpty = true;
	while (from <= text.length) {
		const newline = text.indexOf('\n', from);
		const to = newline === -1 ? text.length : newline;
		const empty = text.slice(from, to).trim() === '';
		// One empty line between paragraphs; a text that already has blank lines keeps just those.
		if (options.gap && !previousEmpty && !empty) {
			lines.push({start: from - 1, end: from - 1});
		}

		lines.push(...wrapRange(text, from, to, Math.max(1, width), options.extra));
		previousEmpty = empty;
		from = to + 1;
	}

	return lines;
}

/** Cut a single-line string to `width` columns, ending in … when cut. One pass that stops at the edge. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	// Narrow text: one column per code unit.
	if (isNarrow(text)) {
		return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
	}

	let used = 0;
	// Where the text would be cut to leave room for the ellipsis.
	let cut = -1;
	for (const {segment, index} of segmenter.segment(text)) {
		const w = graphemeWidth(segment);
		if (cut === -1 && used + w > width - 1) {
			cut = index;
		}

		used += w;
		if (used > width) {
			return `${text.slice(0, cut)}…`;
		}
	}

	return text;
}

/** Display width of a string. */
export function displayWidth(text: string): number {
	return stringWidth(text);
}
