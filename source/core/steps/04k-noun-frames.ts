// Step 4k: a statement reported by a noun in narration — "The denial follows an accusation by
// Ukrainian President Volodymyr Zelensky that Beijing has been sending artillery", "amid U.S.
// concern that China is weighing …", "after Zelensky's claim that …". The noun's holder (after "by"
// or "from", a possessive, or a capitalised modifier) speaks; the that-clause is what was said.
// Read only for a sentence no verb of saying attributes.

import type {RawAttribution} from './04-attributions.js';
import type {Span} from '../types.js';
import type {Token, TokenIndex} from '../util/tokens.js';
import type {Quote} from './03-quotes.js';
import {quoteMask} from './04g-leading.js';
import {hasHead, rightPhrase, type Phrase} from '../util/phrases.js';
import {chargeNouns, reportNouns} from './04c-embedded.js';
import {roleNouns} from '../lexicon/roles.js';

const roles = new Set(roleNouns);

/** Nouns for a state of mind held about someone ("concern that", "fears that") besides the ones for what was said. */
const mindNouns = ['concern', 'concerns', 'fear', 'fears', 'worry', 'worries', 'suspicion', 'suspicions', 'complaint', 'complaints', 'demand', 'demands', 'insistence', 'belief'];
/** Nouns of demanding, whose holder's words may be "for …" or "to …" rather than a that-clause. */
const demandNouns = new Set(['call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'push']);
// Words that may stand between the determiner and the noun ("a fresh accusation", "repeated claims").
const openers = /^(?:a|an|the|these|those|such|repeated|recent|new|fresh|earlier|latest|renewed|growing|mounting|public|formal)$/;

type Base = {sentence: Span; paragraph: number};

/** The holder of the noun at `k`: "N by/from X that", "X's N that", "U.S. N that"; with the index of "that". */
function holder(tokens: readonly Token[], k: number): {np: Phrase; that: number; from: number} | null {
	if (/^(?:by|from)$/.test(tokens[k + 1]?.lower ?? '')) {
		// "calls by the US and other countries for the ILO to investigate …": a demand's complement.
		if (demandNouns.has(tokens[k]!.lower)) {
			const at = tokens.findIndex((t, j) => j > k + 2 && j <= k + 12 && /^(?:for|to)$/.test(t.lower));
			const np = at > 0 ? {from: k + 2, to: at} : null;
			return np && !tokens.slice(np.from, np.to).some(t => /^[,.;:]$/.test(t.text)) && hasHead(tokens, np) ? {np, that: at, from: k} : null;
		}
		const np = rightPhrase(tokens, k + 2, 10);
		if (np && tokens[np.to]?.lower === 'that') return {np, that: np.to, from: k};
		// "remarks by US officials about large-scale help from Beijing to Moscow": what was said, by its topic.
		const about = chargeNouns.has(tokens[k]!.lower) || mindNouns.includes(tokens[k]!.lower) ? tokens.findIndex((t, j) => j > k + 2 && j <= k + 10 && /^(?:about|over)$/.test(t.lower)) : -1;
		const topical = about > 0 ? {from: k + 2, to: about} : null;
		return topical && !tokens.slice(topical.from, topical.to).some(t => /^[,.;:]$/.test(t.text)) && hasHead(tokens, topical) ? {np: topical, that: about, from: k} : null;
	}
	if (tokens[k + 1]?.lower !== 'that') return null;
	const possessive = /^[’']s$/.test(tokens[k - 1]?.text ?? '');
	const end = possessive ? k - 1 : k;
	let from = end;
	// "Zelensky's", "the German chancellor's": capitalised words and the role nouns among them.
	while (from > 0 && (/^\p{Lu}/u.test(tokens[from - 1]!.text) || (possessive && roles.has(tokens[from - 1]!.lower)))) from--;
	if (!tokens.slice(from, end).some(t => /^\p{Lu}/u.test(t.text))) return null;
	// "The Australian accusations": the article that opens the sentence is not the holder's name.
	while (from < end && /^(?:the|a|an)$/.test(tokens[from]!.lower)) from++;
	return from < end ? {np: {from, to: end}, that: k + 1, from} : null;
}

// "Her comments drew quick condemnation from Beijing", "the move sparked a backlash from
// Washington": a reaction named as what something drew, and whose it was.
const drawing = /^(?:drew|draws|drawn|drawing|prompted|prompts|sparked|sparks|triggered|triggers|provoked|provokes|elicited|brought|met with|attracted)$/;
const reactions = new Set(['condemnation', 'criticism', 'rebuke', 'rebukes', 'protest', 'protests', 'backlash', 'anger', 'ire', 'outrage', 'retort', 'complaint', 'complaints', 'denunciation', 'rebuttal']);

/** Every noun that can tell a statement (for the cheap test before tokenizing). */
export const frameNouns: ReadonlySet<string> = new Set([...chargeNouns, ...reportNouns, ...mindNouns, ...demandNouns, ...reactions]);

/** The reaction a sentence says something drew, with whose it was ("… drew condemnation from Beijing"). */
function reactionFrame(tokens: readonly Token[], inQuote: readonly boolean[], base: Base): RawAttribution | null {
	for (let k = 1; k < tokens.length - 2; k++) {
		if (inQuote[k] || !reactions.has(tokens[k]!.lower) || tokens[k + 1]?.lower !== 'from') continue;
		let v = k - 1;
		while (v > 0 && k - v <= 3 && !drawing.test(tokens[v]!.lower)) v--;
		if (!drawing.test(tokens[v]!.lower)) continue;
		const np = rightPhrase(tokens, k + 2, 8);
		if (!np) continue;
		return {...base, span: base.sentence, content: base.sentence, kind: 'indirect', cue: tokens[k]!.lower, speaker: {start: tokens[np.from]!.start, end: tokens[np.to - 1]!.end}, inherits: false, rule: `"${tokens[v]!.lower} ${tokens[k]!.lower} from X": X's reaction, told by a noun`};
	}
	return null;
}

/** A statement reported by a noun of saying or concern with its holder, if the sentence has one. */
export function nounFrame(tokens: readonly Token[], inQuote: readonly boolean[], base: Base): RawAttribution | null {
	for (let k = 1; k < tokens.length - 3; k++) {
		if (inQuote[k] || !frameNouns.has(tokens[k]!.lower)) continue;
		const found = holder(tokens, k);
		if (!found) continue;
		let open = found.from;
		while (open > 0 && openers.test(tokens[open - 1]!.lower)) open--;
		const start = tokens[open]!.start;
		const content = {start: tokens[found.that + 1]!.start, end: base.sentence.end};
		const np = found.np;
		return {...base, span: {start, end: base.sentence.end}, content, kind: 'indirect', cue: tokens[k]!.lower, speaker: {start: tokens[np.from]!.start, end: tokens[np.to - 1]!.end}, inherits: false, rule: `"${tokens[k]!.lower}" with its holder and ${tokens[found.that]!.lower === 'that' ? 'a that-clause' : /^(?:about|over)$/.test(tokens[found.that]!.lower) ? 'what it was about' : 'what it calls for'}: a statement told by a noun`};
	}
	return reactionFrame(tokens, inQuote, base);
}

/** The statement a noun tells in one sentence, if any (tokenizes the sentence). */
export function nounStatement(sentence: Span, paragraph: number, quotes: readonly Quote[], q: number, index: TokenIndex): RawAttribution | null {
	const tokens = index.range(sentence.start, sentence.end);
	return nounFrame(tokens, quoteMask(tokens, quotes, q, sentence.end), {sentence, paragraph});
}

/**
 * "Replying to Rijiju's statement that …, the spokesperson said …", "Brushing aside Trump's charge
 * that …, Beijing noted …": a noun frame in the words that lead into another statement is a
 * statement of its own, ending where the lead-in does. `tokens` are the lead-in's.
 */
export function nounFrameBefore(tokens: readonly Token[], inQuote: readonly boolean[], answer: RawAttribution): RawAttribution | null {
	let end = tokens.length;
	while (end > 0 && /^[,;:—–-]$/.test(tokens[end - 1]!.text)) end--;
	if (end < 4) return null;
	const found = nounFrame(tokens.slice(0, end), inQuote.slice(0, end), {sentence: answer.sentence, paragraph: answer.paragraph});
	if (!found) return null;
	const stop = tokens[end - 1]!.end;
	return {...found, span: {start: found.span.start, end: stop}, content: {start: found.content.start, end: stop}, embedded: true, inside: answer.span};
}
