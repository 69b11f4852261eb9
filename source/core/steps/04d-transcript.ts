// Step 4d: transcripts. A briefing's "Lin Jian: …" answers a labelled question; the answer and
// the paragraphs after it, up to the next label, are the labelled speaker's words.

import type {Span} from '../types.js';
import type {Paragraph} from './01-sentences.js';

// "Lin Jian:" / "Mao Ning:" / "Q:" / "Global Times:" — a label of one to four capitalised words and a colon opening a paragraph.
const labelPattern = /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+/u;

/**
 * A transcript label opening a paragraph, if any. A labelled paragraph that ends with a question
 * mark is a question (a reporter's: its own attributions are read as usual); otherwise it is an
 * answer, spoken by the label's name, and so are the unlabelled paragraphs after it.
 */
export function transcriptLabel(body: string, para: Paragraph): {name: Span; textStart: number; question: boolean} | null {
	const m = labelPattern.exec(body.slice(para.start, Math.min(para.end, para.start + 80)));
	// "Q:" and "A:" name nobody: such an answer is read sentence by sentence like any other text.
	if (!m || m[1]!.length < 2) return null;
	const question = /\?["”’]?\s*$/.test(body.slice(para.start, para.end));
	// An answer's label is a name: two to four words ("Lin Jian", "Mao Ning"), not "Update" or "Photo".
	if (!question && !/^\S+(?:\s+\S+){1,3}$/.test(m[1]!)) return null;
	return {name: {start: para.start, end: para.start + m[1]!.length}, textStart: para.start + m[0].length, question};
}
