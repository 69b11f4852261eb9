// Step 4: attributions. Each sentence yields at most one statement: a quotation opening the
// sentence with its frame ("…,” Lin said), a trailing frame ("…, G7 ministers said"), a leading
// cue ("the minister accused China of…"), "according to X", or a passive cue. Speakers stay phrases
// here; step 5 resolves them in reading order.

import type {AttributionKind, Span} from '../types.js';
import type {Paragraph} from './01-sentences.js';
import type {Quote} from './03-quotes.js';
import type {Token, TokenIndex} from '../util/tokens.js';
import {accordingCues, frameCues, leadingCues, passiveCues, stanceVerbs, passiveAgentVerbs} from '../lexicon/cues.js';
import {directFromQuote} from './04b-direct.js';
import {calling} from './04a-frames.js';
import {mayEmbed, splitEmbedded} from './04c-embedded.js';
import {measureBefore} from './04j-measures.js';
import {transcriptLabel} from './04d-transcript.js';
import {dashFrame} from './04e-dash-frame.js';
import {quoteMask} from './04g-leading.js';
import {frameNouns, nounFrameBefore, nounStatement} from './04k-noun-frames.js';
import {wordsOf} from '../util/keywords.js';
import {fromSentence, one} from './04l-sentence.js';
import {actWords, measureAct} from './04m-measure-acts.js';
import {evidenceStatement, evidenceWords} from './04n-evidence.js';

/** An attribution before its speaker is resolved. */
export type RawAttribution = {
	span: Span;
	/** What was said, without the speaker and cue: what classification reads. */
	content: Span;
	sentence: Span;
	paragraph: number;
	kind: AttributionKind;
	cue: string;
	/** The speaker phrase in the body, or null when the speaker carries over from the statement before. */
	speaker: Span | null;
	/** True when the speaker is the previous statement's (continued quotes, "adding", passive cues). */
	inherits: boolean;
	/** The rule that found it, in words (for `why`), when it is not just its cue. */
	rule?: string;
	/** For a transcript answer, the question it replies to. */
	answers?: Span;
	/** True for a statement reported inside another ("…, which Beijing called …"): it is not what "it said" next refers to. */
	embedded?: boolean;
	/** For a measure named as an answer's object ("opposed Japan's decision to sanction …"), the answer's span. */
	inside?: Span;
	/** For a measure told as an act in narration ("the US placed 105 firms on a trade list"). */
	act?: boolean;
};

// Any word that can start a cue: a sentence without one cannot attribute anything, and is skipped
// without tokenizing it.
const cueStartWords = new Set([...leadingCues, ...frameCues, ...accordingCues, ...passiveCues, ...stanceVerbs, ...passiveAgentVerbs, ...calling, 'take', 'takes', 'took', 'taken', 'taking', 'flagged', 'mentioned', 'highlighted', 'named', 'listed', 'furious', 'angry', 'outraged', 'indignant', 'dissatisfied', 'displeased', 'incensed'].map(c => c.split(' ')[0]!));
/** Whether a text holds a word that can start a cue (one cheap pass over its words). */
const hasCueStart = (text: string): boolean => wordsOf(text).some(w => cueStartWords.has(w));
const hasFrameNoun = (text: string): boolean => wordsOf(text).some(w => frameNouns.has(w));
// Words of a measure act or of evidence ("placed", "showed"): common, so such a sentence is read by those two readers only.
const hasActWord = (text: string): boolean => wordsOf(text).some(w => actWords.has(w) || evidenceWords.has(w));

/** Finds attributions sentence by sentence, in reading order. */
export function findAttributions(body: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[], index: TokenIndex): RawAttribution[] {
	const out: RawAttribution[] = [];
	let q = 0;
	let coveredUntil = -1;
	// A transcript's answer: "Lin Jian: …" and the paragraphs after it until the next label.
	let answerer: Span | null = null;
	let question: Span | null = null;
	// Only a transcript has answers: a labelled question and a labelled answer. One "Photo: …" or
	// "Update: …" line in an article makes nothing after it anyone's words.
	const labels = paragraphs.map(para => (para.heading ? null : transcriptLabel(body, para)));
	const transcript = labels.some(l => l?.question) && labels.some(l => l && !l.question);
	let attributedLine = -1;
	for (const [p, para] of paragraphs.entries()) {
		// Headlines restate the story in the paper's voice; they attribute nothing.
		if (para.heading || p === attributedLine) continue;
		const next = paragraphs[p + 1];
		const dash = next && !next.heading && !answerer ? dashFrame(body, next, index) : null;
		if (dash) {
			for (const sentence of para.sentences) {
				out.push({span: sentence, content: sentence, sentence, paragraph: para.index, kind: 'direct', cue: dash.cue, speaker: dash.speaker, inherits: false, rule: 'a paragraph attributed by the dash line after it'});
			}
			while (q < quotes.length && quotes[q]!.end <= next!.end) q++;
			attributedLine = p + 1;
			coveredUntil = next!.end;
			continue;
		}
		const label = transcript ? labels[p] : null;
		if (label?.question) question = {start: para.start, end: para.end};
		if (label) answerer = label.question ? null : label.name;
		if (answerer) {
			const speaker = answerer;
			for (const sentence of para.sentences) {
				const start = label && sentence === para.sentences[0] ? label.textStart : sentence.start;
				const content = {start, end: sentence.end};
				if (content.end - content.start < 3) continue;
				out.push({span: content, content, sentence, paragraph: para.index, kind: 'direct', cue: 'answered', speaker, inherits: false, rule: 'a transcript answer under its speaker\'s label', answers: question ?? undefined});
			}
			while (q < quotes.length && quotes[q]!.end <= para.end) q++;
			continue;
		}
		for (const sentence of para.sentences) {
			if (sentence.start < coveredUntil) continue;
			while (q < quotes.length && quotes[q]!.end <= sentence.start) q++;
			const quote = quotes[q];
			if (quote && quote.start >= sentence.start && body.slice(sentence.start, quote.start).trim() === '') {
				const direct = directFromQuote(body, paragraphs, para.index, sentence, quote, index);
				if (direct.attributions.length > 0) {
					out.push(...direct.attributions);
					coveredUntil = direct.coveredUntil;
					continue;
				}
			}
			const text = body.slice(sentence.start, sentence.end);
			const framed = hasCueStart(text) || hasFrameNoun(text);
			const acted = hasActWord(text);
			if (!framed && !acted) continue;
			const told = framed ? fromSentence(body, para.index, sentence, quotes, q, index) ?? asFound(nounStatement(sentence, para.index, quotes, q, index)) : null;
			const found = told ?? (acted ? asFound(measureAct(sentence, para.index, quotes, q, index) ?? evidenceStatement(sentence, para.index, quotes, q, index)) : null);
			if (found) {
				for (const a of found.attributions) {
					// "Asked about X's sanctions …, the spokesperson said …": the measure asked about comes first.
					const lead = a.span.start > sentence.start && !found.attributions.some(b => b.span.start < a.span.start) && mayEmbed(body.slice(sentence.start, a.span.start)) ? leadIn(index.range(sentence.start, a.span.start), a, quotes, q) : null;
					if (lead) out.push(lead);
					out.push(...(mayEmbed(body.slice(a.content.start, a.content.end), a.cue) ? splitEmbedded(index.range(a.content.start, a.content.end), a, index.range(a.span.start, a.content.start)) : [a]));
				}
				coveredUntil = Math.max(coveredUntil, found.coveredUntil);
			}
		}
	}
	return out;
}


/** A statement told in the words leading into another: a measure asked about, or a noun frame. */
function leadIn(tokens: readonly Token[], answer: RawAttribution, quotes: readonly Quote[], q: number): RawAttribution | null {
	return measureBefore(tokens, answer) ?? nounFrameBefore(tokens, quoteMask(tokens, quotes, q, answer.span.start), answer);
}

const asFound = (a: RawAttribution | null): {attributions: RawAttribution[]; coveredUntil: number} | null => (a ? one(a) : null);
