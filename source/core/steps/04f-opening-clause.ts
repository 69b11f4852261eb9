// Step 4f: a sentence that opens with another speaker's statement. "After the Commission announced
// tariffs, Beijing called the step …" and "Voicing dissatisfaction after the Commission announced
// tariffs, Beijing called …" report two statements: the opening clause's speaker's, and the main
// clause's. The opening clause ends at its comma.

import type {RawAttribution} from './04-attributions.js';
import type {Token} from '../util/tokens.js';
import {leftPhrase, type Phrase} from '../util/phrases.js';
import {cueAt} from '../util/cue-match.js';
import {callingCue, leading, spanOf} from './04a-frames.js';
import {verbUse} from '../util/verb-use.js';

/** In an opening phrase (before token `until`), "after/when/as X <cue> …" up to the comma: the statement of X it reports. */
export function subordinateStatement(tokens: readonly Token[], inQuote: readonly boolean[], until: number): Pick<RawAttribution, 'span' | 'content' | 'cue' | 'speaker' | 'rule'> | null {
	for (let k = 0; k < until - 2; k++) {
		if (inQuote[k] || !/^(?:after|when|as|following|since|although|though|while|whereas)$/.test(tokens[k]!.lower)) continue;
		for (let j = k + 2; j < until - 1; j++) {
			const cue = cueAt(tokens, j, leading);
			if (!cue || !verbUse(tokens, j, cue.to)) continue;
			const np = leftPhrase(tokens, j);
			if (!np) continue;
			if (np.from !== k + 1) break;
			let end = until - 1;
			while (end > cue.to && /^[,;:—–-]$/.test(tokens[end]!.text)) end--;
			if (end < cue.to) break;
			return {span: {start: tokens[np.from]!.start, end: tokens[end]!.end}, content: {start: tokens[cue.to]!.start, end: tokens[end]!.end}, cue: cue.text, speaker: spanOf(tokens, np), rule: `"${tokens[k]!.lower} X ${cue.text} …" in an opening phrase: X's own statement`};
		}
	}
	return null;
}

/** "After X <cue> …, Y <cue> …": the statement in the opening clause and the main clause's speaker and cue. */
export function openingSubordinate(tokens: readonly Token[], inQuote: readonly boolean[]): {inner: Pick<RawAttribution, 'span' | 'content' | 'cue' | 'speaker' | 'rule'>; np: Phrase; cue: {from: number; to: number; text: string}} | null {
	if (!/^(?:after|when|as|following|although|though|while|whereas)$/.test(tokens[0]?.lower ?? '')) return null;
	const comma = tokens.findIndex((t, k) => t.text === ',' && !inQuote[k]);
	if (comma < 4) return null;
	for (let j = comma + 2; j < Math.min(tokens.length, comma + 12); j++) {
		if (inQuote[j]) continue;
		const found = cueAt(tokens, j, leading) ?? callingCue(tokens, j, inQuote);
		if (!found || !verbUse(tokens, j, found.to)) continue;
		const np = leftPhrase(tokens, j);
		if (!np || np.from !== comma + 1) return null;
		const inner = subordinateStatement(tokens, inQuote, comma + 1);
		return inner ? {inner, np, cue: {from: j, to: found.to, text: found.text}} : null;
	}
	return null;
}
