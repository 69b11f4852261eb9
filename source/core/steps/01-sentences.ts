// Step 1: split the body into paragraphs (lines) and sentences. Sentences never cross a paragraph
// break; a full stop after an abbreviation or an initial ("U.S.", "Feb.", "E.") does not end one.

import type {Span} from '../types.js';
import {isAbbreviation} from '../util/tokens.js';

/** A paragraph with the sentences inside it; `heading` marks title-case lines without a full stop. */
export type Paragraph = Span & {index: number; sentences: Span[]; heading: boolean};

// A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space and a capital, digit or opening quote.
const boundary = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[]{0,2}[\p{Lu}\p{N}])/gu;

/** Splits one paragraph's text into sentence spans (absolute offsets). */
function splitParagraph(body: string, start: number, end: number): Span[] {
	const spans: Span[] = [];
	const text = body.slice(start, end);
	let from = 0;
	boundary.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = boundary.exec(text)) !== null) {
		const stop = m.index + m[0].length;
		if (m[0].startsWith('.') && m[0].length === 1) {
			const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, m.index - 12), m.index))?.[1] ?? '';
			if (word && isAbbreviation(word.replace(/\.$/, ''))) continue;
		}
		pushTrimmed(spans, body, start + from, start + stop);
		from = stop;
	}
	pushTrimmed(spans, body, start + from, end);
	return spans;
}

function pushTrimmed(spans: Span[], body: string, start: number, end: number): void {
	while (start < end && /\s/u.test(body[start]!)) start++;
	while (end > start && /\s/u.test(body[end - 1]!)) end--;
	if (end > start) spans.push({start, end});
}

/** True for a short line in title case with no closing punctuation: a headline or section heading. */
export function isHeading(line: string): boolean {
	if (/[.!?:;,"”]$/u.test(line.trim())) return false;
	const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	if (words.length === 0 || words.length > 20) return false;
	const small = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'as', 'at', 'by', 'with', 'over', 'from', 'into', 'vs']);
	const capitalised = words.filter(w => /^\p{Lu}/u.test(w) || small.has(w.toLowerCase())).length;
	return capitalised === words.length;
}

/** Splits the body into paragraphs and sentences in one linear pass. */
export function splitSentences(body: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let lineStart = 0;
	while (lineStart <= body.length) {
		let lineEnd = body.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = body.length;
		const line = body.slice(lineStart, lineEnd);
		if (line.trim()) {
			const sentences = splitParagraph(body, lineStart, lineEnd);
			const first = sentences[0]!;
			const last = sentences[sentences.length - 1]!;
			paragraphs.push({start: first.start, end: last.end, index: paragraphs.length, sentences, heading: isHeading(line)});
		}
		lineStart = lineEnd + 1;
	}
	return paragraphs;
}
