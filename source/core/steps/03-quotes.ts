// Step 3: quotations. Curly marks pair by direction; straight marks toggle within a paragraph.
// A quotation left open at the end of a paragraph continues when the next paragraph opens with a
// quotation mark (the press convention for multi-paragraph quotes); otherwise it closes there.

import type {Span} from '../types.js';
import type {Paragraph} from './01-sentences.js';

/** A quotation: from its opening mark to just after its closing mark, with its content per paragraph. */
export type Quote = Span & {parts: Span[]; closed: boolean};

const opening = new Set(['“', '„', '«']);
const closing = new Set(['”', '»']);
// Only quotation marks matter; the scan jumps from one to the next.
const marks = /[“„«”»"]/g;

/** Finds every double-quoted passage in one linear pass over the paragraphs. */
export function findQuotes(body: string, paragraphs: readonly Paragraph[]): Quote[] {
	const quotes: Quote[] = [];
	let open: {start: number; parts: Span[]; partStart: number; straight: boolean} | null = null;
	for (let p = 0; p < paragraphs.length; p++) {
		const para = paragraphs[p]!;
		let i = para.start;
		if (open) {
			// Continuation: the paragraph's own opening mark belongs to the running quote.
			open.partStart = i + 1;
			i++;
		}
		marks.lastIndex = i;
		for (let m = marks.exec(body); m !== null && m.index < para.end; m = marks.exec(body)) {
			i = m.index;
			const ch = m[0];
			if (opening.has(ch)) {
				if (!open) open = {start: i, parts: [], partStart: i + 1, straight: false};
			} else if (closing.has(ch)) {
				if (open) {
					open.parts.push({start: open.partStart, end: i});
					quotes.push({start: open.start, end: i + 1, parts: open.parts, closed: true});
					open = null;
				}
			} else if (ch === '"') {
				if (open?.straight) {
					open.parts.push({start: open.partStart, end: i});
					quotes.push({start: open.start, end: i + 1, parts: open.parts, closed: true});
					open = null;
				} else if (!open && /\S/u.test(body[i + 1] ?? '')) {
					open = {start: i, parts: [], partStart: i + 1, straight: true};
				}
			}
		}
		if (open) {
			open.parts.push({start: open.partStart, end: para.end});
			const next = paragraphs[p + 1];
			const continues = next !== undefined && /^["“„«]/u.test(body[next.start] ?? '');
			if (!continues) {
				quotes.push({start: open.start, end: para.end, parts: open.parts, closed: false});
				open = null;
			}
		}
	}
	return quotes;
}
