// Step 4e: a quotation set as its own paragraph and attributed by the line after it, as some
// agencies print them:
//   China has enormous influence on Russia, growing every week.
//   – Tsahkna told Reuters.
// The dash line names the speaker of the whole paragraph before it; anything that paragraph seems
// to report ("China says …") is the quoted speaker's words.

import type {Span} from '../types.js';
import type {Paragraph} from './01-sentences.js';
import type {TokenIndex} from '../util/tokens.js';
import {leftPhrase, rightPhrase} from '../util/phrases.js';
import {cueAt} from '../util/cue-match.js';
import {frames, spanOf} from './04a-frames.js';

// A dash, then a short frame and nothing after its full stop: "– Tsahkna told Reuters news agency."
const dashLine = /^[-–—]\s*\S.{0,118}\.?$/su;

/** The speaker named by a dash line attributing the paragraph before it, or null when `para` is no such line. */
export function dashFrame(body: string, para: Paragraph, index: TokenIndex): {speaker: Span; cue: string} | null {
	const text = body.slice(para.start, para.end).trim();
	if (!dashLine.test(text) || para.sentences.length > 1) return null;
	const tokens = index.range(para.start, para.end);
	for (let i = 1; i < Math.min(tokens.length, 12); i++) {
		const cue = cueAt(tokens, i, frames);
		if (!cue) continue;
		// "– Tsahkna told Reuters." (the speaker before the cue) or "— said the minister." (after it).
		const np = i > 1 ? leftPhrase(tokens, i) : rightPhrase(tokens, cue.to);
		if (np && (i === 1 || np.from === 1)) return {speaker: spanOf(tokens, np), cue: cue.text};
		return null;
	}
	return null;
}
