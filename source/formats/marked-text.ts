// Text with display marks whose offsets are relative to its own start: the pieces the Markdown
// reader builds its plain text from. Joining shifts each piece's marks by where it lands;
// trimming shifts them by what was cut and keeps only what is left of each.
import type {Mark} from '../core/types.js';

/** Plain text and the marks on it (offsets into `text`). */
export type MarkedText = {text: string; marks: Mark[]};

/** What a mark says, without where it is (each kind with its own fields). */
export type Markup = Mark extends infer Each ? (Each extends Mark ? Omit<Each, 'start' | 'end'> : never) : never;

/** Text with no marks. */
export const plainText = (text: string): MarkedText => ({text, marks: []});

/** The pieces one after another, `separator` between them. */
export function joinMarked(pieces: readonly MarkedText[], separator = ''): MarkedText {
	const marks: Mark[] = [];
	let at = 0;
	for (const [index, piece] of pieces.entries()) {
		if (index > 0) at += separator.length;
		for (const mark of piece.marks) marks.push({...mark, start: mark.start + at, end: mark.end + at});
		at += piece.text.length;
	}

	return {text: pieces.map(piece => piece.text).join(separator), marks};
}

/** The piece with `mark` over the whole of it (outermost, so first), unless it is empty. */
export function markAll(piece: MarkedText, mark: Markup): MarkedText {
	if (piece.text.length === 0) return piece;
	return {text: piece.text, marks: [{...mark, start: 0, end: piece.text.length} as Mark, ...piece.marks]};
}

/** The piece without white space at either end (as String.prototype.trim cuts it); a mark left empty goes. */
export function trimMarked(piece: MarkedText): MarkedText {
	const text = piece.text.trim();
	const cut = piece.text.length - piece.text.trimStart().length;
	if (cut === 0 && text.length === piece.text.length) return piece;
	const marks: Mark[] = [];
	for (const mark of piece.marks) {
		const start = Math.max(0, mark.start - cut);
		const end = Math.min(text.length, mark.end - cut);
		if (end > start) marks.push({...mark, start, end});
	}

	return {text, marks};
}
