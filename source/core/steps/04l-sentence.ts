// Step 4l: indirect speech in one sentence (quotations inside it are part of the statement), by
// the first of these that fits: a trailing frame ("…, G7 ministers said"), a passive cue, a charge
// told in a document or in the passive, an opening participle or subordinate clause, a leading cue
// ("the minister accused China of …"), or "according to X".

import type {Span} from '../types.js';
import type {Quote} from './03-quotes.js';
import type {TokenIndex} from '../util/tokens.js';
import type {RawAttribution} from './04-attributions.js';
import {leftPhrase, rightPhrase, subjectPhrase} from '../util/phrases.js';
import {cueAt} from '../util/cue-match.js';
import {according, adding, apposedBefore, callingCue, frames, leading, negatedBefore, openingParticiple, participleCue, passive, passiveWithAgent, silentVerbs, spanOf, stanceCue, withApposition} from './04a-frames.js';
import {openingSubordinate, subordinateStatement} from './04f-opening-clause.js';
import {leadingStatement, quoteMask} from './04g-leading.js';
import {nounFrameBefore} from './04k-noun-frames.js';
import {adverbial, endsClause, hasFiniteVerb, hearsay, interjections, nameWithRole, opensSpeaker, quotedAs, relays, replyVerbs} from './04h-frame-words.js';
import {chargedPassive, documentPassive, issuedBy, spanText} from './04i-documents.js';
import {determiners, endsNounPhrase, verbUse} from '../util/verb-use.js';

/** Indirect speech in one sentence (quotes inside it are part of the statement). */
export function fromSentence(body: string, paragraph: number, sentence: Span, quotes: readonly Quote[], q: number, index: TokenIndex): {attributions: RawAttribution[]; coveredUntil: number} | null {
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
			// "Chinese officials answered by saying …, Bessent said.": a reply the other side gave, relayed by
			// anyone, is the replier's (but "Allies have pointed out …, Jonson said" stays Jonson's own view).
			// (Read again only when an outlet relays or a verb of replying stands before the frame.)
			const outlet = relays(body, tokens, np, cue.text);
			const reply = !outlet && tokens.slice(0, np.from).some((t, k) => !inQuote[k] && replyVerbs.has(t.lower));
			const relayed = !parenthetical && (outlet || reply) ? fromSentence(body, paragraph, {start: sentence.start, end: beforeNp.start}, quotes, q, index) : null;
			const relaying = relayed !== null && relayed.attributions.length > 0 && (outlet || relayed.attributions.every(a => replyVerbs.has(a.cue) && a.speaker && !/^(?:i|we|he|she|they|it|you)$/i.test(body.slice(a.speaker.start, a.speaker.end))));
			if (relayed && relaying && relayed.attributions.every(a => a.speaker)) return {attributions: relayed.attributions.map(a => ({...a, sentence, rule: `${a.rule ?? `${a.kind} speech, cue "${a.cue}"`}, relayed by ${outlet ? 'an outlet' : 'the other side'}`})), coveredUntil: sentence.end};
			const content = parenthetical ? {start: sentence.start, end: sentence.end} : {start: sentence.start, end: closingQuote ? beforeNp.end : beforeNp.start};
			return one({...base, span: sentence, content, kind: 'indirect', cue: cue.text, speaker: spanOf(tokens, np), inherits: false});
		}
		// (", told the commission": the one told follows "told", never the speaker.)
		if (tokens[i - 1]?.text === ',' && i > 3 && !/^(?:told|tells)$/.test(cue.text)) {
			const right = rightPhrase(tokens, cue.to);
			// ", said on Sunday that …" opens a reported clause, and so does ", said joint flights were …":
			// in both the speaker stands before the cue.
			// ("Liu Pengyu, the embassy's spokesperson, said the Chinese side …": what stands before the
			// comma is the speaker with a role, not a statement.)
			if (right && !adverbial.has(tokens[right.from]!.lower) && tokens[right.to]?.lower !== 'that' && !hasFiniteVerb(tokens, right) && opensSpeaker(tokens[right.from]!) && !nameWithRole(tokens, i - 1)) {
				const content = {start: sentence.start, end: tokens[i - 1]!.start};
				return one({...base, span: sentence, content, kind: 'indirect', cue: cue.text, speaker: spanOf(tokens, right), inherits: false});
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
		// "companies said to be supporting Russia's war": "said to" before a verb is the passive of
		// hearsay about the noun before it ("said to reporters" is still a verb of saying).
		if (hearsay(tokens, i)) continue;
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
		const found = leadingStatement(body, tokens, inQuote, np, aside ? cue.to + 3 : cue.to, cue.text, base, quotes, q);
		// "The G7 … had also targeted what it described as 'dangerous' incursions": the subject's
		// whole clause is the statement its "what it called" words are in.
		if (pronoun && tokens[np.from - 1]?.lower === 'what' && subjectPhrase(tokens, np.from - 1)?.from === 0) {
			const [main, ...rest] = found.attributions;
			return {...found, attributions: [{...main!, span: {start: sentence.start, end: main!.span.end}}, ...rest]};
		}
		return found;
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

/** One statement, covering its sentence. */
export function one(a: RawAttribution): {attributions: RawAttribution[]; coveredUntil: number} {
	return {attributions: [a], coveredUntil: a.sentence.end};
}
