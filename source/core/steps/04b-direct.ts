// Step 4b: a quotation that opens a sentence, with the frame after it ("…,” Lin said. / …,” said
// a statement by …). A quotation with no frame continues the previous speaker's words when it
// follows them directly; each paragraph of a long quotation becomes its own statement.

import type {Span} from '../types.js';
import type {Paragraph} from './01-sentences.js';
import type {Quote} from './03-quotes.js';
import type {RawAttribution} from './04-attributions.js';
import type {Token, TokenIndex} from '../util/tokens.js';
import {leftPhrase, rightPhrase} from '../util/phrases.js';
import {compileCues, cueAt} from '../util/cue-match.js';
import {verbUse} from '../util/verb-use.js';
import {lastStartingAtOrBefore} from '../util/search.js';
import {accordingCues, addingCues, frameCues, leadingCues} from '../lexicon/cues.js';

const cues = compileCues([...new Set([...frameCues, ...leadingCues])]);
const according = compileCues(accordingCues);
const adding = new Set(addingCues);
// Reporting verbs' participles ("faulting", "accusing", "urging"): after a frame they report more of the speaker's words.
const participles = new Set(leadingCues.filter(c => !c.includes(' ')));

/** The sentence that contains offset `at` (binary search: paragraphs and sentences are in order). */
function sentenceAt(paragraphs: readonly Paragraph[], from: number, at: number): Span | null {
	const para = paragraphs[lastStartingAtOrBefore(paragraphs, at, from)];
	if (!para || at >= para.end) return null;
	const s = para.sentences[lastStartingAtOrBefore(para.sentences, at)];
	return s && at < s.end ? s : null;
}


/** Attributions for a quotation opening a sentence, and the offset up to which the text is consumed. */
export function directFromQuote(
	body: string, paragraphs: readonly Paragraph[], paragraph: number, sentence: Span, quote: Quote, index: TokenIndex,
): {attributions: RawAttribution[]; coveredUntil: number} {
	const last = sentenceAt(paragraphs, paragraph, Math.max(quote.start, quote.end - 1)) ?? sentence;
	const frameEnd = Math.max(last.end, quote.end);
	const frame = index.range(quote.end, frameEnd);
	let k = 0;
	while (k < frame.length && /^[,.:;—–-]$/.test(frame[k]!.text)) k++;
	const parsed = parseFrame(frame, k);
	const whole = {start: quote.start, end: frameEnd};
	const make = (part: Span, speaker: Span | null, cue: string, inherits: boolean): RawAttribution => ({
		span: part, content: part, sentence: whole, paragraph, kind: 'direct', cue, speaker, inherits,
	});
	if (parsed) {
		const parts = [...quote.parts];
		// A quotation split by its frame (“A,” Campbell said, “B.”) is one statement.
		const resumed = /^[\s,]*[“"]/.exec(body.slice(frame[parsed.end - 1]!.end, frameEnd));
		if (resumed && parts.length > 0) {
			const start = frame[parsed.end - 1]!.end + resumed[0].length;
			const close = body.slice(start, frameEnd).search(/[”"]/);
			const lastPart = parts[parts.length - 1]!;
			parts[parts.length - 1] = {start: lastPart.start, end: close < 0 ? frameEnd : start + close};
		}
		const out = parts.map(p => make(p, parsed.speaker, parsed.cue, false));
		// ", adding, “…”": a second quotation by the same speaker in the same sentence.
		for (let i = parsed.end; i < frame.length - 1; i++) {
			const word = frame[i + 1]!.lower;
			if (frame[i]!.text !== ',' || !(adding.has(word) || (word.endsWith('ing') && participles.has(word)))) continue;
			const rest = body.slice(frame[i + 1]!.end, frameEnd);
			const m = /^[\s,:]*[“"]/.exec(rest);
			if (m) {
				const start = frame[i + 1]!.end + m[0].length;
				const close = body.slice(start, frameEnd).search(/[”"]/);
				const end = close < 0 ? frameEnd : start + close;
				out.push(make({start, end}, null, frame[i + 1]!.text, true));
			} else {
				// "…,” he stressed, faulting Japan for …": the participle reports more of the speaker's words.
				const part = {start: frame[i + 1]!.start, end: frameEnd};
				const from = frame[i + 2]?.lower === 'that' ? i + 3 : i + 2;
				out.push({...make(part, null, frame[i + 1]!.text, true), kind: 'indirect', content: {start: frame[from]?.start ?? frameEnd, end: frameEnd}});
			}
			break;
		}
		return {attributions: out, coveredUntil: frameEnd};
	}
	const bare = frame.slice(k).every(t => /^[”"’.,)\]]$/.test(t.text));
	if (bare) return {attributions: quote.parts.map(p => make(p, null, 'continued', true)), coveredUntil: frameEnd};
	return {attributions: [], coveredUntil: -1};
}

/** Reads ", NP said" / "said NP" / "according to NP" at the start of a frame. */
function parseFrame(frame: readonly Token[], k: number): {speaker: Span; cue: string; end: number} | null {
	const span = (from: number, to: number): Span => ({start: frame[from]!.start, end: frame[to - 1]!.end});
	const acc = cueAt(frame, k, according);
	if (acc) {
		const np = rightPhrase(frame, acc.to);
		return np ? {speaker: span(np.from, np.to), cue: acc.text, end: np.to} : null;
	}
	const first = cueAt(frame, k, cues);
	if (first && verbUse(frame, k, first.to)) {
		const np = rightPhrase(frame, first.to);
		return np ? {speaker: span(np.from, np.to), cue: first.text, end: np.to} : null;
	}
	// "…,” Xinhua quoted Dai as saying": the one quoted speaks, the outlet relays.
	const quoted = quotedAsSaying(frame, k);
	if (quoted) return {speaker: span(quoted.from, quoted.to), cue: 'quoted as saying', end: quoted.end};
	for (let c = k + 1; c < Math.min(frame.length, k + 24); c++) {
		const cue = cueAt(frame, c, cues);
		// "Defense Department press secretary Patrick Ryder said": "press" is a noun there.
		if (!cue || !verbUse(frame, c, cue.to)) continue;
		const np = leftPhrase(frame, c);
		if (np && np.from === k) return {speaker: span(np.from, np.to), cue: cue.text, end: cue.to};
		return null;
	}
	return null;
}

/**
 * "Xinhua quoted Dai as saying" opening a frame: the words of the one quoted, named after "quoted"
 * (an outlet named in up to five words before it, no comma), or named before "was quoted (by …)
 * as saying"; a pronoun ("quoted him as saying") is left to the other readers.
 */
function quotedAsSaying(frame: readonly Token[], k: number): {from: number; to: number; end: number} | null {
	let q = k;
	while (q < Math.min(frame.length, k + 6) && frame[q]!.lower !== 'quoted' && !/^[,.;:]$/.test(frame[q]!.text)) q++;
	if (q === k) return null;
	// "…,” Lin was quoted by Xinhua as saying": the one before "was quoted".
	if (frame[q]?.lower === 'quoted' && q - 1 > k && /^(?:was|were|is)$/.test(frame[q - 1]!.lower)) {
		const as = frame.findIndex((t, a) => a > q && a < q + 10 && t.lower === 'as' && frame[a + 1]?.lower === 'saying');
		return as > 0 && !frame.slice(q, as).some(t => /^[,.;:]$/.test(t.text)) ? {from: k, to: q - 1, end: as + 2} : null;
	}
	if (frame[q]?.lower !== 'quoted' || /^(?:him|her|them|it|by|as)$/.test(frame[q + 1]?.lower ?? 'as')) return null;
	for (let a = q + 2; a < Math.min(frame.length - 1, q + 10); a++) {
		if (/^[,.;:]$/.test(frame[a]!.text)) return null;
		if (frame[a]!.lower === 'as' && frame[a + 1]!.lower === 'saying') return {from: q + 1, to: a, end: a + 2};
	}
	return null;
}
