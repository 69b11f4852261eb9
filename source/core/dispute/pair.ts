// Which response answers which claim, with no topic list: a response answers a claim as far as it
// shares the claim's own words (weighted by how rare each is in the article), pushes back (a verb
// of denying or rebutting, words like "groundless" or "never"), points back at the claimant (their
// name, country or capital, "these accusations"), and stands near it. A claim is answered by its
// best response when that scores at least `minimumScore`; one response may answer many claims.

import type {Claim, Pair, Response, Sentence} from '../types.js';
import {countMatches, keywordPattern, wordsOf} from '../util/keywords.js';
import {answeringVerbs, answerWords, denyingVerbs} from '../lexicon/stance.js';
import {stopWords} from '../lexicon/common-words.js';
import {documentNouns, speakerNouns} from '../lexicon/roles.js';
import {markersIn} from '../util/markers.js';
import {capitalOf, nationalities} from '../lexicon/sides.js';
import {placeAliases} from '../lexicon/places.js';
import {synonymFamilies} from '../lexicon/synonyms.js';
import {addresseeOf, addressing} from './addressee.js';

/** The lowest score at which a response counts as answering a claim (the analysis owns this bar). */
export const minimumScore = 0.12;
/** At most this many responses are paired with one claim, best first. */
const perClaim = 3;
/** Responses considered on each side of a claim, so a huge text stays linear. */
const window = 40;

const answering = keywordPattern(answeringVerbs);
// A negation of what follows ("not only … but also" negates nothing).
const negation = /\b(?:not|no|never|nothing|neither|nor|without)\b(?!\s+only\b)|n[’']t\b/i;
const denying = keywordPattern(denyingVerbs);
const negatedDenial = /\b(?:not|never|n[’']t)\s+(?:\p{L}+\s+)?(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:e|ed|es|ing))\b/giu;
// "the claims", "these accusations", "such allegations", "the so-called …": an answer pointing back at what was charged;
// also a denial of them by name, with or without their content ("dismissed accusations that China …").
const refersBack = /\b(?:these|such|the|those|their|what (?:it|he|she|they) called)\s+(?:\p{L}+\s+)?(?:accusations|allegations|claims|remarks|comments|charges|reports|criticism|assertions|smears|so-called)\b(?!\s+that)|\b(?:dismiss|reject|den[yi]|refut|rebut)\p{L}*\s+(?:\p{L}+\s+)?(?:accusations|allegations|claims|charges|suggestions|reports)\b/iu;
// "said the statement had smeared China", "their end-of-summit statement was …": an answer to the
// other side's document (read in what was said, so the answer's own "the statement said" is not it).
const refersToDocument = new RegExp(`\\b(?:the|their|its|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${documentNouns.join('|')})\\b`, 'iu');
const pushback = keywordPattern(answerWords);
// "Beijing has long denied …", "has in the past rejected …", "has consistently hit back at …": a
// habit of answering told as background, not the reply to the claims the article reports.
const habitual = /\b(?:has|have|had)\s+(?:long|consistently|previously|routinely|in the past|again and again|time and again)\s+(?:\p{L}+\s+)?(?:den(?:ied|y)|reject|dismiss|refut|rebut|hit back|push(?:ed)? back|brush|shrug|criticis|criticiz|condemn|oppos|protest|objected)/iu;
const weights = {addressedHere: 0.45, shared: 0.35, negates: 0.15, refers: 0.2, names: 0.05, denies: 0.1, pushback: 0.05, near: 0.2, addressed: 0.15, elsewhere: -0.3, habitual: -0.15};

/** A crude stem: enough to make "supplies" meet "supplying" and "weapons" meet "weapon". */
function stem(word: string): string {
	if (/(?:ies|ied)$/.test(word)) return `${word.slice(0, -3)}y`;
	const cut = word.replace(/(?:ing|ed)$/, '');
	if (cut !== word && cut.length > 2) return cut.replace(/([^aeiouls])\1$/, '$1').replace(/e$/, '');
	return word.replace(/(?:sses|xes|ches|shes)$/, m => m.slice(0, -2)).replace(/(?<!s)s$/, '').replace(/e$/, '');
}

// Each family word's stem read as its family's first word's stem ("provided" meets "supplying").
const family = new Map<string, string>();
for (const words of synonymFamilies) for (const w of words) family.set(stem(w), stem(words[0]!));

// Stems of words already seen: an article repeats its words, so each is stemmed once.
const stems = new Map<string, string>();

function terms(text: string, skip: ReadonlySet<string>): Set<string> {
	const out = new Set<string>();
	for (const w of wordsOf(text)) {
		if (w.length <= 2 || stopWords.has(w) || skip.has(w)) continue;
		let s = stems.get(w);
		if (s === undefined) {
			s = stem(w);
			s = family.get(s) ?? s;
			if (stems.size > 50_000) stems.clear();
			stems.set(w, s);
		}
		out.add(s);
	}
	return out;
}

/** Words naming whoever made a claim: the speaker's name parts, and the countries (with capitals and adjectives) in name and role. */
function claimantWords(claim: Claim): Set<string> {
	const out = new Set<string>();
	const text = `${claim.speaker ?? ''} ${claim.role ?? ''}`;
	for (const w of wordsOf(claim.speaker ?? '')) if (w.length > 2) out.add(w);
	for (const m of markersIn(text)) {
		for (const w of wordsOf(m.canonical)) out.add(w);
		for (const [capital, country] of Object.entries(capitalOf)) if (country === m.canonical) out.add(capital.toLowerCase());
		for (const [adjective, country] of Object.entries(nationalities)) if (country === m.canonical) out.add(adjective.toLowerCase());
		// The press's other names for it ("U.S.", "Britain"), from the places lexicon.
		for (const [alias, country] of Object.entries(placeAliases)) if (country === m.canonical) for (const w of wordsOf(alias)) out.add(w);
	}
	for (const w of ['the', 'of', 'and', 'united', 'states', 'republic', 'people']) out.delete(w);
	return out;
}

/** Pairs for all claims of one article, each with the reasons it was made. */
export function pairClaims(body: string, claims: readonly Claim[], responses: readonly Response[], sentences: readonly Sentence[], partyWords: readonly string[]): Pair[] {
	if (responses.length === 0 || claims.length === 0) return [];
	// The parties' names and the nouns of speaking bodies ("leaders", "officials", "alliance") say who
	// speaks, not what about: they link no answer to a claim.
	const skip = new Set([...partyWords.flatMap(w => wordsOf(w)), ...speakerNouns]);
	const sentenceOf = (at: number) => {
		let lo = 0;
		let hi = sentences.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (sentences[mid]!.start <= at) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
	const said = (s: Claim | Response) => body.slice(s.content.start, s.content.end);
	// A statement's words without a frame that follows them ("…, the envoy said, refuting …"): the
	// frame says who spoke and to whom (read by addresseeOf), not what the answer says.
	const own = (s: Claim | Response) => s.content.start === s.start && s.content.end < s.end ? body.slice(s.start, s.content.end) : s.text;
	const responseTerms = responses.map(r => terms(said(r), skip));
	// How many sentences of the article each stem occurs in: a word the whole story uses ("Russia"
	// in a story about Russia's war) does not tell which answer is meant; a rarer one does.
	const sf = new Map<string, number>();
	for (const sentence of sentences) for (const t of terms(body.slice(sentence.start, sentence.end), skip)) sf.set(t, (sf.get(t) ?? 0) + 1);
	const n = Math.max(1, sentences.length);
	const idf = (t: string) => Math.log(n / (sf.get(t) ?? 1));
	const claimTerms = claims.map(c => terms(said(c), skip));
	// "has not denied the claims" denies nothing: a denial verb after a negation is dropped.
	const denies = responses.map(r => countMatches(denying, wordsOf(r.cue)) > 0 || countMatches(denying, wordsOf(own(r).replace(negatedDenial, ' '))) > 0);
	const pushes = responses.map(r => countMatches(answering, wordsOf(r.cue)) > 0 || countMatches(pushback, wordsOf(own(r))) > 0);
	const responseWords = responses.map(r => new Set(wordsOf(own(r))));
	const refersTo = responses.map(r => refersBack.test(own(r)) || refersToDocument.test(said(r)));
	const claimants = new Map<string, Set<string>>();
	const negated = responses.map(r => negation.test(own(r)));
	const habit = responses.map(r => habitual.test(body.slice(r.start, Math.max(r.start, r.content.start)) || own(r)));
	const responseSentence = responses.map(r => sentenceOf(r.start));
	// An answer whose own sentence reports a claim ("rejected NATO's allegations that …") answers
	// that claim by name; its naming does not carry to the claimant's other claims.
	const claimSentences = new Set(claims.map(c => sentenceOf(c.start)));
	const addressees = responses.map((r, k) => addresseeOf(body.slice(sentences[responseSentence[k]!]!.start, Math.max(r.end, sentences[responseSentence[k]!]!.end))));

	const pairs: Pair[] = [];
	let cursor = 0;
	claims.forEach((claim, c) => {
		const mine = claimTerms[c]!;
		const mass = [...mine].reduce((sum, t) => sum + idf(t), 0) || 1;
		const who = `${claim.speaker ?? ''}\t${claim.role ?? ''}`;
		const claimant = claimants.get(who) ?? claimantWords(claim);
		claimants.set(who, claimant);
		const parties = new Set(markersIn(`${claim.speaker ?? ''} ${claim.role ?? ''}`).filter(m => m.side === 'accuser' && m.kind !== 'outlet').map(m => m.canonical));
		const at = sentenceOf(claim.start);
		while (cursor < responses.length && responses[cursor]!.start < claim.start) cursor++;
		const from = Math.max(0, cursor - window);
		const scored = [];
		for (let k = from; k < Math.min(responses.length, cursor + window); k++) {
			const shared = [...mine].filter(t => responseTerms[k]!.has(t));
			const overlap = Math.min(1, (2 * shared.reduce((sum, t) => sum + idf(t), 0)) / mass);
			const names = [...claimant].some(w => responseWords[k]!.has(w));
			const refers = refersTo[k]!;
			const distance = Math.abs(responseSentence[k]! - at);
			const near = 1 / (1 + distance / 3);
			// The first answer after a claim, close by, answers it (a briefing's reply to the question put).
			const next = k === cursor && distance <= 6;
			// "has no plans to supply … support" against "must not provide support": the charge's own words, negated.
			const negates = negated[k]! && shared.length > 0;
			const said = addressing(addressees[k]!, claimant, parties);
			const addressed = said === 'named' && distance > 0 && claimSentences.has(responseSentence[k]!) ? 'unsaid' : said;
			const score = (distance === 0 && addressed === 'named' ? weights.addressedHere : 0) + weights.shared * overlap + (addressed === 'named' ? weights.addressed : addressed === 'other' ? weights.elsewhere : 0) + (habit[k] ? weights.habitual : 0) + weights.negates * (negates ? 1 : 0) + weights.refers * (refers ? (distance <= 6 ? 1 : 0.5) : 0) + weights.names * (names ? 1 : 0)
				+ weights.denies * (denies[k] ? 1 : 0) + weights.pushback * (pushes[k] ? 1 : 0) + weights.near * near;
			const why: string[] = [];
			if (shared.length > 0) why.push(`${negates ? 'negates' : 'shares'} "${shared.slice(0, 4).join(', ')}"`);
			if (denies[k]) why.push('denies or rejects');
			else if (pushes[k]) why.push('pushes back');
			if (refers) why.push('refers back to the accusations');
			if (addressed === 'named') why.push('says it answers the claimant');
			else if (addressed === 'other') why.push('says it answers another party');
			else if (names) why.push('names the claimant');
			if (next) why.push('the first answer after it');
			if (habit[k]) why.push('a habit of answering, told as background');
			why.push(distance === 0 ? 'in the same sentence' : `${distance} sentence${distance === 1 ? '' : 's'} away`);
			// Nearness alone does not make an answer: it must share the claim's words, point back at the
			// accusations or the claimant, deny, push back, or be the first answer after the claim. A bare
			// denial or push-back ("China denies any involvement") answers what was said before it, not
			// a claim the article reports only later.
			const pointed = shared.length > 0 || refers || names || next;
			const linked = pointed || ((denies[k]! || pushes[k]!) && responses[k]!.start > claim.start);
			if (linked) scored.push({k, score, distance, why});
		}
		scored.sort((x, y) => y.score - x.score || x.distance - y.distance);
		for (const {k, score, why} of scored.slice(0, perClaim)) {
			if (score < minimumScore) break;
			pairs.push({claim: claim.id, response: responses[k]!.id, score: Math.round(score * 1000) / 1000, why});
		}
	});
	return pairs;
}
