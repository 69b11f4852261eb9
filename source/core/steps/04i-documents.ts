// Step 4i: statements whose speaker is a document or an authority named only by place: "The
// report issued by X singled out …" (the issuer), "… are flagged in the final communique" (the
// document), "are accused of …" with no agent (the accusing country the sentence places it in).

import type {Span} from '../types.js';
import type {Token} from '../util/tokens.js';
import {rightPhrase, type Phrase} from '../util/phrases.js';
import {markersIn} from '../util/markers.js';
import {documentNouns} from '../lexicon/roles.js';

/** "The initial report issued on Friday by Canada's Foreign Interference Commission singled out …": the issuer of a document that opens the sentence, before `before`. */
export function issuedBy(tokens: readonly Token[], before: number): Phrase | null {
	let k = 0;
	if (/^(?:the|a|an|its|their)$/.test(tokens[k]?.lower ?? '')) k++;
	while (k < 3 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !statementNoun.test(tokens[k]!.lower)) k++;
	if (!statementNoun.test(tokens[k]?.lower ?? '')) return null;
	if (!/^(?:issued|released|published|adopted|presented|made)$/.test(tokens[k + 1]?.lower ?? '')) return null;
	for (let j = k + 2; j < Math.min(before, k + 8); j++) {
		if (tokens[j]!.lower !== 'by') continue;
		const np = rightPhrase(tokens, j + 1, before - j - 1);
		return np && np.to <= before ? np : null;
	}
	return null;
}

/** "are (also) flagged in the final communique": the participle and the document phrase. */
export function documentPassive(tokens: readonly Token[], inQuote: readonly boolean[]): {cue: string; document: Span} | null {
	for (let i = 1; i < tokens.length - 2; i++) {
		if (inQuote[i] || !/^(?:flagged|raised|mentioned|cited|highlighted|criticised|criticized|condemned|named|listed|denounced)$/.test(tokens[i]!.lower)) continue;
		let b = i - 1;
		if (/^(?:also|again|repeatedly|explicitly)$/.test(tokens[b]!.lower)) b--;
		if (!/^(?:is|are|was|were|been)$/.test(tokens[b]?.lower ?? '') || tokens[i + 1]!.lower !== 'in') continue;
		let k = i + 2;
		if (/^(?:the|its|their|a)$/.test(tokens[k]?.lower ?? '')) k++;
		const from = k;
		while (k < i + 6 && k < tokens.length && !statementNoun.test(tokens[k]!.lower) && /^[\p{L}-]+$/u.test(tokens[k]!.text)) k++;
		if (!statementNoun.test(tokens[k]?.lower ?? '')) return null;
		return {cue: tokens[i]!.lower, document: {start: tokens[Math.max(i + 2, from - 1)]!.start, end: tokens[k]!.end}};
	}
	return null;
}

const statementNoun = new RegExp(`^(?:${documentNouns.filter(n => !n.includes(' ')).join('|')})$`);

/** "are accused of", "was charged with", "is suspected of" with no agent, and the accusing country the sentence places it in. */
export function chargedPassive(tokens: readonly Token[], inQuote: readonly boolean[]): {cue: string; where: Span} | null {
	for (let i = 1; i < tokens.length - 1; i++) {
		// "… are accused of", and a clause set off after the subject's verb (", suspected of passing Beijing …").
		if (inQuote[i] || !/^(?:is|are|was|were|been|being|,)$/.test(tokens[i - 1]!.lower)) continue;
		const word = tokens[i]!.lower;
		const next = tokens[i + 1]!.lower;
		if (!((/^(?:accused|suspected)$/.test(word) && next === 'of') || (word === 'charged' && next === 'with'))) continue;
		for (const t of tokens) {
			if (!/^\p{Lu}/u.test(t.text)) continue;
			const marker = markersIn(t.text)[0];
			if (marker?.kind === 'country' && marker.side === 'accuser') return {cue: `${tokens[i - 1]!.lower} ${word} ${next}`, where: {start: t.start, end: t.end}};
		}
		return null;
	}
	return null;
}

export const spanText = (body: string, tokens: readonly {start: number; end: number}[], p: {from: number; to: number}) => body.slice(tokens[p.from]!.start, tokens[p.to - 1]!.end);
