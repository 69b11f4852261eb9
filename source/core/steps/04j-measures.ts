// Step 4j: a measure one side took against the other, named as what an answer is about ("over
// Japan's decision to sanction entities …", "Asked about the EU's newest package of sanctions …"):
// the measure is the taker's act, a claim inside or before the answer.

import type {RawAttribution} from './04-attributions.js';
import type {Token} from '../util/tokens.js';

// A measure one side took against the other, named as what an answer is about ("over Japan's
// decision to sanction entities …", "the EU's newest package of sanctions …"): the measure is the
// taker's act and the answer's object. Measure nouns, and nouns of deciding that need a measure verb after "to".
export const measureNouns = new Set(['sanctions', 'sanction', 'curbs', 'restrictions', 'ban', 'bans', 'tariffs', 'duties', 'blacklisting', 'listing', 'designation', 'package', 'indictment', 'charges', 'expulsion', 'probe', 'investigation']);
const decisionNouns = new Set(['decision', 'move', 'plan', 'plans', 'proposal', 'bid', 'step', 'steps', 'push', 'efforts']);
const measureVerbs = /^(?:sanction|ban|restrict|bar|blacklist|impose|add|list|expel|limit|curb|target|penali[sz]e|indict|charge|investigate|probe|file|bring|prosecute)$/;
/** Every word that can name a measure (for the cheap test before tokenizing). */
export const measureWords: readonly string[] = [...measureNouns, ...decisionNouns];

/** Where a measure is named at a possessive: the taker's name, the phrase's first word, the preposition before it, the cue. */
export type Measure = {from: number; to: number; open: number; lead: number; cue: string; noun: string};

/**
 * "over Japan's decision to sanction entities …": at a possessive after a name, a measure noun (or a
 * noun of deciding with a measure verb after "to") within a few words, the phrase the object of a
 * preposition ("over", "about the EU's").
 */
export function measureAt(tokens: readonly Token[], k: number): Measure | null {
	if (!/^[’']s$/.test(tokens[k]!.text) || k < 2) return null;
	let from = k - 1;
	if (!/^\p{Lu}/u.test(tokens[from]!.text)) return null;
	while (from > 0 && /^\p{Lu}/u.test(tokens[from - 1]!.text) && !/^(?:The|A|An)$/.test(tokens[from - 1]!.text)) from--;
	const lead = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
	if (!/^(?:over|against|to|about|on|at|with|by|of|for|after)$/.test(tokens[lead]?.lower ?? '')) return null;
	for (let j = k + 1; j < Math.min(tokens.length - 1, k + 5); j++) {
		const w = tokens[j]!.lower;
		// "'s move (late last month) to file charges": a few words may stand between the noun and its "to".
		let to = j + 1;
		while (decisionNouns.has(w) && to < j + 5 && tokens[to]?.lower !== 'to' && /^[\p{Ll}\d]+$/u.test(tokens[to]?.text ?? '')) to++;
		const named = measureNouns.has(w) || (decisionNouns.has(w) && tokens[to]?.lower === 'to' && measureVerbs.test(tokens[to + 1]?.lower ?? ''));
		if (named) return {from, to: k, open: lead + 1, lead, cue: measureNouns.has(w) ? w : tokens[to + 1]!.lower, noun: w};
		if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text)) return null;
	}
	return null;
}

const measureRule = (tokens: readonly Token[], m: Measure) => `"${tokens[m.lead]!.lower} X's ${m.noun} …": a measure X took, named as what the answer is about`;

/** The answer ends before the measure; the measure, to the end of the statement, is its taker's own act, inside the answer. */
export function splitAtMeasure(tokens: readonly Token[], a: RawAttribution, m: Measure, before: readonly Token[]): RawAttribution[] {
	// The answer ends before the preposition that introduces the measure (in the cue's words when the measure opens what was said).
	const end = (tokens[m.lead - 1] ?? before.at(-1) ?? tokens[m.lead]!).end;
	// "China voiced strong opposition over …": with nothing said before the measure, the stance is what was said.
	const said = end - a.content.start > 10;
	const content = said ? {start: a.content.start, end} : {start: a.span.start, end};
	const main: RawAttribution = {...a, span: said ? {start: a.span.start, end} : a.span, content};
	const inner: RawAttribution = {...a, span: {start: tokens[m.open]!.start, end: a.span.end}, content: {start: tokens[m.open]!.start, end: a.span.end}, kind: 'indirect', cue: m.cue, speaker: {start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end}, inherits: false, rule: measureRule(tokens, m), embedded: true, inside: main.span};
	return [main, inner];
}

/**
 * "Asked about the EU's newest package of sanctions …, Guo Jiakun said …": a measure named in the
 * words before an answer's speaker is the taker's act, which the answer is about.
 */
export function measureBefore(tokens: readonly Token[], answer: RawAttribution): RawAttribution | null {
	for (let k = 0; k < tokens.length - 2; k++) {
		const m = measureAt(tokens, k);
		if (!m) continue;
		let end = tokens.length;
		while (end > m.to && /^[,;:—–-]$/.test(tokens[end - 1]!.text)) end--;
		return {...answer, span: {start: tokens[m.open]!.start, end: tokens[end - 1]!.end}, content: {start: tokens[m.open]!.start, end: tokens[end - 1]!.end}, kind: 'indirect', cue: m.cue, speaker: {start: tokens[m.from]!.start, end: tokens[m.to - 1]!.end}, inherits: false, rule: measureRule(tokens, m), embedded: true, inside: answer.span};
	}
	return null;
}
