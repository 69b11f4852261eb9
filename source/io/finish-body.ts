// The body an article is shown and analysed with, from the text its reader gave: made
// display-safe, page furniture dropped, blank lines cut at either end. The display marks a
// Markdown reader put on that text are carried through each step onto the body, so they point
// at the same words in it; a mark whose words were dropped goes with them.
import type {Mark} from '../core/types.js';
import {removeFurniture, keptLines} from '../text/furniture.js';
import {sanitizeLine, sanitizeText, sanitizeTextMapped} from '../text/sanitize.js';
import {countAtOrBelow} from '../core/util/search.js';

/** Longest link address kept on a mark. */
const maxUrl = 2000;

/** The index of the last of the ascending `starts` at or before `offset` (0 when none is). */
const lineAt = (starts: readonly number[], offset: number): number => Math.max(0, countAtOrBelow(starts, offset) - 1);

/** Blank lines at the start of a body, cut. */
const leadingBlank = /^(?:[ \t]*\n)+/;

/** The finished body of `text` (the title is what furniture repeating it is found by), and `marks` moved onto it. */
export function finishBody(text: string, title: string, marks: readonly Mark[] = []): {body: string; marks: Mark[]} {
	if (marks.length === 0) return {body: removeFurniture(sanitizeText(text), title).replace(leadingBlank, '').trimEnd(), marks: []};
	const safe = sanitizeTextMapped(text);
	const lines = safe.text.split('\n');
	const kept = keptLines(lines, title);
	// Where each line starts in the safe text, and where it lands in the text without furniture (-1: dropped).
	const starts: number[] = [];
	const landing: number[] = Array.from({length: lines.length}, () => -1);
	for (let index = 0, at = 0; index < lines.length; at += lines[index]!.length + 1, index++) starts.push(at);
	for (let index = 0, at = 0; index < kept.length; at += lines[kept[index]!]!.length + 1, index++) landing[kept[index]!] = at;
	const joined = kept.map(index => lines[index]!).join('\n');
	const cut = joined.length - joined.replace(leadingBlank, '').length;
	const body = joined.slice(cut).trimEnd();
	// An offset in a dropped line moves to the next kept line's start (a mark's start) or the previous kept line's end (its end).
	const place = (offset: number, isEnd: boolean): number => {
		const line = lineAt(starts, offset);
		if (landing[line] !== -1) return landing[line]! + offset - starts[line]!;
		if (isEnd) {
			for (let before = line - 1; before >= 0; before--) if (landing[before] !== -1) return landing[before]! + lines[before]!.length;
			return 0;
		}

		for (let after = line + 1; after < lines.length; after++) if (landing[after] !== -1) return landing[after]!;
		return joined.length;
	};

	const moved: Mark[] = [];
	for (const mark of marks) {
		const start = Math.max(0, place(safe.at(mark.start), false) - cut);
		const end = Math.min(body.length, place(safe.at(mark.end), true) - cut);
		if (end <= start) continue;
		moved.push(mark.kind === 'link' ? {...mark, start, end, url: sanitizeLine(mark.url).slice(0, maxUrl)} : {...mark, start, end});
	}

	return {body, marks: moved};
}
