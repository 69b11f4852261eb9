// Step 4n: evidence that speaks — "Video released by the Philippine Coast Guard showed a Chinese
// ship …", "The leaked files show that China …", "The investigation also uncovered signs that …".
// A document, recording or inquiry that shows, reveals or suggests something is a statement: by
// whoever released it when the sentence says ("released by X"), else by the evidence itself.
// Read only for a sentence nothing else attributes.

import type {RawAttribution} from './04-attributions.js';
import type {Span} from '../types.js';
import {isCapitalised, type TokenIndex} from '../util/tokens.js';
import type {Quote} from './03-quotes.js';
import {quoteMask} from './04g-leading.js';
import {rightPhrase} from '../util/phrases.js';
import {determiners} from '../util/verb-use.js';
import {spanOf} from './04a-frames.js';

const evidenceVerbs: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'shown', 'reveal', 'reveals', 'revealed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'uncovered', 'documented']);
const evidenceNouns = /^(?:video|videos|footage|images|photos|photographs|pictures|files|documents|records|data|recordings|investigation|inquiry|probe|analysis|findings|leak|leaks|cache|evidence)$/;
const inquiries = /^(?:investigation|inquiry|probe|analysis|findings)$/;
const releasing = /^(?:released|published|obtained|shared|posted|issued|leaked|seen|reviewed|conducted|carried)$/;

/** Every word that can open such a statement (for the cheap test before tokenizing). */
export const evidenceWords: ReadonlySet<string> = evidenceVerbs;

/** The statement evidence makes in a sentence, with whose it is, if any. */
export function evidenceStatement(sentence: Span, paragraph: number, quotes: readonly Quote[], q: number, index: TokenIndex): RawAttribution | null {
	const tokens = index.range(sentence.start, sentence.end);
	const inQuote = quoteMask(tokens, quotes, q, sentence.end);
	for (let i = 1; i < Math.min(tokens.length - 2, 20); i++) {
		if (inQuote[i] || !evidenceVerbs.has(tokens[i]!.lower) || determiners.has(tokens[i - 1]!.lower)) continue;
		// The evidence noun opens the sentence, within its first four words ("The leaked files", "Video released by …").
		const noun = tokens.slice(0, Math.min(4, i)).findIndex(t => evidenceNouns.test(t.lower));
		if (noun < 0) continue;
		// "released by the Philippine Coast Guard": the releaser speaks for it.
		const by = tokens.findIndex((t, k) => k > noun && k < i && t.lower === 'by' && releasing.test(tokens[k - 1]?.lower ?? ''));
		const issuer = by > 0 ? rightPhrase(tokens.slice(0, i), by + 1, 8) : null;
		// "The investigation also uncovered …": an inquiry named by "the" alone is the one just reported, its reporter's.
		const inquiry = !issuer && noun === 1 && tokens[0]!.lower === 'the' && inquiries.test(tokens[noun]!.lower);
		// Otherwise the evidence must be someone's: its releaser, or the name it was given before
		// ("The leaked files" after "The Xinjiang Police Files"); unowned ("The data shows …"), it is no one's statement.
		const speaker = issuer ? spanOf(tokens, issuer) : inquiry ? null : namedBefore(index, sentence.start, tokens[noun]!.lower);
		if (!speaker && !inquiry) continue;
		return {
			sentence, paragraph, span: sentence, content: {start: tokens[i + 1]!.start, end: sentence.end}, kind: 'indirect', cue: tokens[i]!.lower,
			speaker, inherits: inquiry, rule: inquiry ? `"the ${tokens[noun]!.lower}" that "${tokens[i]!.lower}" something: the inquiry just reported, its reporter's statement` : issuer ? `evidence released by its issuer "${tokens[i]!.lower}" something: the issuer's statement` : `evidence that "${tokens[i]!.lower}" something speaks for itself`,
		};
	}
	return null;
}

/** "The leaked files" after "The Xinjiang Police Files" were named: the last capitalised name ending in that noun, in the text before. */
function namedBefore(index: TokenIndex, at: number, noun: string): Span | null {
	const before = index.range(Math.max(0, at - 3000), at);
	for (let k = before.length - 1; k > 0; k--) {
		if (before[k]!.lower !== noun || !isCapitalised(before[k]!.text) || !isCapitalised(before[k - 1]!.text)) continue;
		let from = k - 1;
		while (from > 0 && isCapitalised(before[from - 1]!.text) && !/^(?:The|A|An)$/.test(before[from - 1]!.text)) from--;
		return {start: before[from]!.start, end: before[k]!.end};
	}
	return null;
}
