// Step 4: attributions. Each sentence yields at most one statement: a quotation opening the
// sentence with its frame ("…,” Lin said), a trailing frame ("…, G7 ministers said"), a leading
// cue ("the minister accused China of…"), "according to X", or a passive cue. Speakers stay phrases
// here; step 5 resolves them in reading order.

import type {AttributionKind, Span} from '../types.js';
import type {Paragraph} from './01-sentences.js';
import type {Quote} from './03-quotes.js';
import type {Token, TokenIndex} from '../util/tokens.js';
import {cueAt, leftPhrase, rightPhrase, subjectPhrase} from '../util/phrases.js';
import {accordingCues, frameCues, leadingCues, passiveCues, stanceVerbs, passiveAgentVerbs} from '../lexicon/cues.js';
import {directFromQuote} from './04b-direct.js';
import {according, adding, apposedBefore, calling, callingCue, frames, leading, negatedBefore, openingParticiple, participleCue, passive, passiveWithAgent, silentVerbs, spanOf, stanceCue, withApposition} from './04a-frames.js';
import {mayEmbed, splitEmbedded} from './04c-embedded.js';
import {measureBefore} from './04j-measures.js';
import {transcriptLabel} from './04d-transcript.js';
import {dashFrame} from './04e-dash-frame.js';
import {openingSubordinate, subordinateStatement} from './04f-opening-clause.js';
import {leadingStatement, quoteMask} from './04g-leading.js';
import {frameNouns, nounFrameBefore, nounStatement} from './04k-noun-frames.js';
import {adverbial, endsClause, hasFiniteVerb, interjections, opensSpeaker, quotedAs, relays} from './04h-frame-words.js';
import {chargedPassive, documentPassive, issuedBy, spanText} from './04i-documents.js';
import {determiners, endsNounPhrase, verbUse} from '../util/verb-use.js';
import {wordsOf} from '../util/keywords.js';

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
};

// Any word that can start a cue: a sentence without one cannot attribute anything, and is skipped
// without tokenizing it.
const cueStartWords = new Set([...leadingCues, ...frameCues, ...accordingCues, ...passiveCues, ...stanceVerbs, ...passiveAgentVerbs, ...calling, 'take', 'takes', 'took', 'taken', 'taking', 'flagged', 'mentioned', 'highlighted', 'named', 'listed', 'furious', 'angry', 'outraged', 'indignant', 'dissatisfied', 'displeased', 'incensed'].map(c => c.split(' ')[0]!));
/** Whether a text holds a word that can start a cue (one cheap pass over its words). */
const hasCueStart = (text: string): boolean => wordsOf(text).some(w => cueStartWords.has(w));
const hasFrameNoun = (text: string): boolean => / that /.test(text) && wordsOf(text).some(w => frameNouns.has(w));

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
			if (!hasCueStart(text) && !hasFrameNoun(text)) continue;
			const found = fromSentence(body, para.index, sentence, quotes, q, index) ?? asFound(nounStatement(sentence, para.index, quotes, q, index));
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


/** Indirect speech in one sentence (quotes inside it are part of the statement). */
function fromSentence(body: string, paragraph: number, sentence: Span, quotes: readonly Quote[], q: number, index: TokenIndex): {attributions: RawAttribution[]; coveredUntil: number} | null {
	const tokens = index.range(sentence.start, sentence.end);
	const inQuote = quoteMask(tokens, quotes, q, sentence.end);
	const base = {sentence, paragraph};
	// 1. A trailing frame: "…, G7 ministers said (on Friday)." or "…, says a statement by …".
	for (let i = 1; i < tokens.length; i++) {
		if (inQuote[i]) continue;
		const cue = cueAt(tokens, i, frames);
		if (!cue) continue;
		const np = endsClause(tokens, cue) ? leftPhrase(tokens, i) : null;
		const beforeNp = np ? tokens[np.from - 1] : undefined;
		// The comma may sit inside the closing quotation mark: …basis," he concluded.
		const closingQuote = beforeNp !== undefined && /^[”"]$/.test(beforeNp.text) && tokens[np!.from - 2]?.text === ',';
		// "Washington, Wang added, should stop …": a frame set off by commas inside the sentence; the statement is all of it.
		const parenthetical = np !== null && beforeNp?.text === ',' && tokens[cue.to]?.text === ',' && cue.to + 2 < tokens.length && !inQuote[cue.to + 1];
		if (np && beforeNp && (beforeNp.text === ',' || closingQuote) && (np.from > 3 || (parenthetical && np.from >= 2))) {
			// "Shapps accused China of …, Reuters reported.": an outlet relays a statement whose own speaker stands in it.
			const relayed = !parenthetical && relays(body, tokens, np, cue.text) ? fromSentence(body, paragraph, {start: sentence.start, end: beforeNp.start}, quotes, q, index) : null;
			if (relayed && relayed.attributions.every(a => a.speaker)) return {attributions: relayed.attributions.map(a => ({...a, sentence, rule: `${a.rule ?? `${a.kind} speech, cue "${a.cue}"`}, relayed by an outlet`})), coveredUntil: sentence.end};
			const content = parenthetical ? {start: sentence.start, end: sentence.end} : {start: sentence.start, end: closingQuote ? beforeNp.end : beforeNp.start};
			return one({...base, span: content, content, kind: 'indirect', cue: cue.text, speaker: spanOf(tokens, np), inherits: false});
		}
		if (tokens[i - 1]?.text === ',' && i > 3) {
			const right = rightPhrase(tokens, cue.to);
			// ", said on Sunday that …" opens a reported clause, and so does ", said joint flights were …":
			// in both the speaker stands before the cue.
			if (right && !adverbial.has(tokens[right.from]!.lower) && tokens[right.to]?.lower !== 'that' && !hasFiniteVerb(tokens, right) && opensSpeaker(tokens[right.from]!)) {
				const content = {start: sentence.start, end: tokens[i - 1]!.start};
				return one({...base, span: content, content, kind: 'indirect', cue: cue.text, speaker: spanOf(tokens, right), inherits: false});
			}
		}
	}
	// 2. A passive cue: the body quoted just before ("Exports were defended as lawful").
	for (let i = 0; i < tokens.length; i++) {
		const cue = inQuote[i] ? null : cueAt(tokens, i, passive) ?? passiveWithAgent(tokens, i);
		if (!cue) continue;
		// "…were rejected by Beijing": the agent is the speaker; without one, the body quoted before.
		const agent = tokens[cue.to]?.text === 'by' ? rightPhrase(tokens, cue.to + 1) : null;
		return one({...base, span: sentence, content: sentence, kind: 'indirect', cue: cue.text, speaker: agent ? spanOf(tokens, agent) : null, inherits: !agent});
	}
	// 2b. "Three of them, arrested in western Germany, are accused of handing China information": a
	// charge in the passive with no agent is brought by the authorities of the country it happened in.
	// 2c. "Worries about Beijing's arsenal are also flagged in the final communique": a passive whose
	// place is a document is that document's statement (its issuer is resolved in step 5).
	const inDocument = documentPassive(tokens, inQuote);
	if (inDocument) return one({...base, span: sentence, content: sentence, kind: 'indirect', cue: inDocument.cue, speaker: inDocument.document, inherits: false, rule: `"${inDocument.cue} in" a document: the document's statement`});
	const charged = chargedPassive(tokens, inQuote);
	if (charged) return one({...base, span: sentence, content: sentence, kind: 'indirect', cue: charged.cue, speaker: charged.where, inherits: false, rule: `"${charged.cue}" with no agent: a charge brought in ${body.slice(charged.where.start, charged.where.end)}`});
	// 3a. "Voicing strong dissatisfaction after …, Beijing called the step …": a participle opening the
	// sentence is the main clause's subject's; that subject speaks the whole sentence.
	const opening = openingParticiple(tokens, inQuote);
	if (opening) {
		const main: RawAttribution = {...base, span: sentence, content: {start: tokens[opening.cue.to]?.start ?? sentence.end, end: sentence.end}, kind: 'indirect', cue: opening.cue.text, speaker: spanOf(tokens, opening.np), inherits: false, rule: `an opening participle belongs to the main clause's speaker`};
		// "Voicing dissatisfaction after the Commission announced tariffs, Beijing called …": the clause
		// after "after" is the Commission's own statement; the answer is the main clause.
		const inner = subordinateStatement(tokens, inQuote, opening.np.from);
		const at = tokens[opening.np.from]!.start;
		// "Brushing aside Trump's charge that …, Beijing noted …": the charge is Trump's statement.
		const charge = inner ? null : nounFrameBefore(tokens.slice(0, opening.np.from), inQuote.slice(0, opening.np.from), main);
		if (charge) return {attributions: [charge, {...main, span: {start: at, end: sentence.end}}], coveredUntil: sentence.end};
		if (!inner) return one(main);
		return {attributions: [{...inner, ...base, kind: 'indirect', inherits: false, embedded: true, span: inner.span, content: inner.content, cue: inner.cue, speaker: inner.speaker, rule: inner.rule}, {...main, span: {start: at, end: sentence.end}}], coveredUntil: sentence.end};
	}
	// 3b. "After the Commission announced tariffs, Beijing called the step …": a subordinate clause
	// opening the sentence holds one speaker's statement, the main clause another's.
	const split = openingSubordinate(tokens, inQuote);
	if (split) {
		const {inner, np, cue} = split;
		const at = tokens[np.from]!.start;
		const main = leadingStatement(body, tokens, inQuote, withApposition(tokens, np, cue.from), cue.to, cue.text, base, quotes, q);
		const answer = main.attributions.map(a => a.span.start < at ? {...a, span: {start: at, end: a.span.end}} : a);
		return {attributions: [{...base, ...inner, kind: 'indirect', inherits: false, embedded: true}, ...answer], coveredUntil: main.coveredUntil};
	}
	// 3. A leading cue: "the minister accused China of …", "Beijing denies …".
	for (let i = 0; i < tokens.length; i++) {
		if (inQuote[i]) continue;
		// After a determiner a verb form is a noun or adjective ("the warning", "its stated aim");
		// "did not report the remarks" reports nothing.
		if (determiners.has(tokens[i - 1]?.lower ?? '') || endsNounPhrase(tokens, i)) continue;
		// "20 Chinese companies accused of helping Russia": a participle with "of" right after it is a
		// passive describing the noun before (the active verb has its object first: "accused China of").
		if (/^(?:accused|suspected|blamed|charged|alleged|criticized|criticised|condemned|sanctioned)$/.test(tokens[i]!.lower) && /^(?:of|with|for|to|over|by)$/.test(tokens[i + 1]?.lower ?? '')) continue;
		if (silentVerbs.test(tokens[i]!.lower) && negatedBefore(tokens, i)) continue;
		// A capitalised word inside a sentence is a name, not a verb ("the United States Secretary of State").
		if (i > 0 && /^\p{Lu}/u.test(tokens[i]!.text) && !/^[“"‘(]$/.test(tokens[i - 1]!.text)) continue;
		const cue = cueAt(tokens, i, leading) ?? participleCue(tokens, i) ?? stanceCue(tokens, i) ?? callingCue(tokens, i, inQuote);
		if (!cue || !verbUse(tokens, i, cue.to)) continue;
		// "…, which China controls and Vietnam also claims, lie in …": a verb with nothing reported after it.
		// ", said, however, that …": an interjection set off by commas, then the reported clause.
		const aside = tokens[cue.to]?.text === ',' && interjections.test(tokens[cue.to + 1]?.lower ?? '') && tokens[cue.to + 2]?.text === ',';
		if (!aside && /^[,.;)]$/.test(tokens[cue.to]?.text ?? '.') && !adding.has(tokens[cue.to + 1]?.lower ?? '') && !/^[“"‘]$/.test(tokens[cue.to + 1]?.text ?? '')) continue;
		// "Bloomberg quoted Western officials as saying …": the ones quoted speak.
		const quoted = cue.text === 'saying' ? quotedAs(tokens, i) : null;
		if (quoted) return leadingStatement(body, tokens, inQuote, quoted, cue.to, cue.text, base, quotes, q);
		// "Bessent got personal about Li, China's negotiator, describing him as …": a participle after
		// a comma is the sentence subject's, whatever stands just before it.
		// (", accusing …", and "… days after claiming that …": a participle a conjunction opens is the subject's too.)
		const afterComma = (tokens[i - 1]?.text === ',' || /^(?:after|before|while|since|when)$/.test(tokens[i - 1]?.lower ?? '')) && /ing$/.test(tokens[i]!.lower) && i > 2;
		const participle = afterComma ? subjectPhrase(tokens, i, true) ?? issuedBy(tokens, i) : null;
		// With no subject to give it to, the phrase before the comma is an object ("singled out China,
		// Russia and India, accusing them …"), not the speaker.
		if (afterComma && !participle && !adding.has(tokens[i]!.lower)) continue;
		let np = participle ?? apposedBefore(tokens, i) ?? leftPhrase(tokens, i) ?? issuedBy(tokens, i);
		// "… did not say who, but urged Beijing to …": a second verb of the sentence's subject.
		if (!np && /^(?:but|and)$/.test(tokens[i - 1]?.lower ?? '')) np = subjectPhrase(tokens, i - 1);
		// "…a senior NATO commander, who said in March that …": the relative pronoun's antecedent speaks.
		if (!np && tokens[i - 1]?.lower === 'who' && tokens[i - 2]?.text === ',') np = leftPhrase(tokens, i - 2);
		// "…Kellogg, who at a conference in Kyiv last Saturday said …": a place after a preposition is
		// part of an adverbial; the relative pronoun before it stands for the speaker.
		if (np && /^(?:in|at|on|from|during|near|outside|inside|to|with)$/.test(tokens[np.from - 1]?.lower ?? '')) {
			let w = np.from - 1;
			while (w > 0 && np.from - w < 14 && tokens[w]!.lower !== 'who') w--;
			np = tokens[w]?.lower === 'who' && tokens[w - 1]?.text === ',' ? leftPhrase(tokens, w - 1) : null;
		}
		// "…, warning that …": a participle after a comma reports the sentence subject's words.
		if (!np && (adding.has(cue.text) || tokens[i - 1]?.text === ',')) np = subjectPhrase(tokens, i);
		if (!np && cue.text.endsWith(' out')) np = subjectPhrase(tokens, i);
		if (!np) continue;
		// "what critics regard as …" is the reporter's paraphrase of a view, not a statement; "Neither
		// minister said …" reports that nothing was said.
		// "what it called …" / "what he described as …" attribute the words; "what they see as …" is the reporter's paraphrase.
		const pronoun = np.to - np.from === 1 && /^(?:it|he|she|they)$/.test(tokens[np.from]!.lower) && /^(?:call|describ|term|dub|label|brand)/.test(cue.text);
		if ((tokens[np.from - 1]?.lower === 'what' && !pronoun) || /^(?:neither|no|none|nobody)$/.test(tokens[np.from]!.lower)) continue;
		np = withApposition(tokens, np, i);
		return leadingStatement(body, tokens, inQuote, np, aside ? cue.to + 3 : cue.to, cue.text, base, quotes, q);
	}
	// 4. "according to X".
	for (let i = 0; i < tokens.length; i++) {
		if (inQuote[i]) continue;
		const cue = cueAt(tokens, i, according);
		if (!cue) continue;
		const np = rightPhrase(tokens, cue.to);
		if (!np) return null;
		// "according to figures compiled by Bloomberg", "according to customs data": a count, not a side's statement.
		if (/^(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:figures|data|statistics|records|estimates|calculations|tallies|numbers)\b/iu.test(spanText(body, tokens, np))) return null;
		const atStart = i === 0;
		// "The latter, according to Kallas, make it possible to …": set off by commas inside the sentence, it vouches for all of it.
		if (!atStart && tokens[i - 1]?.text === ',' && tokens[np.to]?.text === ',' && np.to + 2 < tokens.length) {
			return one({...base, span: sentence, content: sentence, kind: 'according', cue: cue.text, speaker: spanOf(tokens, np), inherits: false});
		}
		const content = atStart
			? {start: tokens[np.to]?.start ?? sentence.end, end: sentence.end}
			: {start: sentence.start, end: tokens[Math.max(0, i - 1)]!.text === ',' ? tokens[i - 1]!.start : tokens[i]!.start};
		if (content.end - content.start < 10) return null;
		return one({...base, span: {start: atStart ? sentence.start : content.start, end: atStart ? content.end : spanOf(tokens, np).end}, content, kind: 'according', cue: cue.text, speaker: spanOf(tokens, np), inherits: false});
	}
	return null;
}

/** A statement told in the words leading into another: a measure asked about, or a noun frame. */
function leadIn(tokens: readonly Token[], answer: RawAttribution, quotes: readonly Quote[], q: number): RawAttribution | null {
	return measureBefore(tokens, answer) ?? nounFrameBefore(tokens, quoteMask(tokens, quotes, q, answer.span.start), answer);
}

const asFound = (a: RawAttribution | null): {attributions: RawAttribution[]; coveredUntil: number} | null => (a ? one(a) : null);

function one(a: RawAttribution): {attributions: RawAttribution[]; coveredUntil: number} {
	return {attributions: [a], coveredUntil: a.sentence.end};
}
