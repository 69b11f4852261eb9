// Which statements are claims and which are responses, by a dispute profile. A response is any
// statement by the accused party's side. A claim is a statement by anyone else (not a partner of
// the party, not a commentator) that is about the party's conduct — the party named in what was
// said, or carried over by a pronoun from the sentence or statement before — and accuses, warns or
// demands: by its reporting verb, by the party being the subject of the reported clause, or by
// words of wrongdoing, concern or demand. No topic list decides anything here.

import type {Attribution, Claim, Response, Span} from '../types.js';
import type {DisputeProfile} from './profile.js';
import {keywordPattern, countMatches, wordsOf, type KeywordSet} from '../util/keywords.js';
import {accusingVerbs, answeringVerbs, answerWords, approvingVerbs, approvingWords, chargeWords, demandWords} from '../lexicon/stance.js';
import {markersIn} from '../util/markers.js';
import {escapeRegExp} from '../util/search.js';
import {agentCompoundHeads} from '../lexicon/common-words.js';
import {topicHits} from '../steps/06b-topics.js';
import {addingCues} from '../lexicon/cues.js';

const adding = new Set(addingCues);


const accusing = keywordPattern(accusingVerbs);
const approving = keywordPattern(approvingVerbs);
const goodwill = keywordPattern(approvingWords);
const pushback = keywordPattern(answerWords);
const answeringCue = keywordPattern(answeringVerbs);
const charge = keywordPattern(chargeWords);
const demand = keywordPattern(demandWords);
// Pronouns and definite nouns that carry the subject over from the sentence before.
const weakCarriers = keywordPattern(['it', 'its', 'this']);
const carriers = keywordPattern(['they', 'them', 'their', 'these', 'such', 'the move', 'the country', 'the government', 'the regime', 'the firms', 'the companies', 'the vessel', 'the vessels', 'the ship', 'the attack', 'the incident', 'the decision',
	// A measure named just before ("… placed Chinese firms on a trade list. The sanctions are aimed at …").
	'the sanctions', 'the measures', 'the tariffs', 'the duties', 'the restrictions', 'the curbs', 'the penalties', 'the listing']);

type Compiled = {party: KeywordSet; places: KeywordSet; compound: RegExp; partySubject: RegExp; partyAlternation: string; definite: Map<string, RegExp>; partners: Set<string>; neutral: KeywordSet};
const compiled = new WeakMap<DisputeProfile, Compiled>();

function compile(profile: DisputeProfile): Compiled {
	let c = compiled.get(profile);
	if (c) return c;
	const words = profile.partyWords.map(escapeRegExp).join('|');
	c = {
		party: keywordPattern(profile.partyWords),
		places: keywordPattern(profile.partyPlaces ?? []),
		// "Chinese-made weapons", "China-backed hackers": the party as agent or origin inside a compound.
		compound: new RegExp(`(?<![\\p{L}-])(?:${words})-(?:${agentCompoundHeads.join('|')})(?![\\p{L}-])`, 'iu'),
		partyAlternation: words,
		definite: new Map(),
		// The party (or its organs, firms, officials: "Chinese firms", "Beijing's envoy") opens the reported clause.
		partySubject: new RegExp(`^[\\s,:“"‘']*(?:(?:on|in|at|last|this|since|by)\\s+[\\p{L}\\d]+\\s+)?(?:that\\s+)?(?:the\\s+|a\\s+)?(?:\\p{Ll}+\\s+)?(?:${words})\\b`, 'u'),
		partners: new Set(profile.partners),
		neutral: keywordPattern(profile.neutralRoles),
	};
	compiled.set(profile, c);
	return c;
}

/** An analyst, academic or reporter speaks for nobody — unless an affiliation stands right before the role ("Microsoft analysts"). */
function commentator(speaker: string, p: Compiled): boolean {
	const words = speaker.split(/\s+/);
	for (let i = 0; i < words.length; i++) {
		if (countMatches(p.neutral, wordsOf(words[i]!)) === 0) continue;
		return !(i > 0 && /^\p{Lu}/u.test(words[i - 1]!));
	}
	return false;
}

/**
 * Whether "the <noun>" in what was said stands for a noun the party's name modified just before
 * ("a Chinese court" … "the court's decision", "Chinese vessels" … "the vessels"): the same thing again.
 */
function definiteOfParty(said: string, context: string, p: Compiled): boolean {
	for (const m of said.matchAll(/\bthe\s+(\p{Ll}{4,})\b/gu)) {
		const noun = m[1]!;
		// One pattern a noun, kept with the profile's: an article repeats its nouns.
		let pattern = p.definite.get(noun);
		if (!pattern) {
			pattern = new RegExp(`\\b(?:${p.partyAlternation})(?:[’']s)?(?:\\s+[\\p{L}-]+){0,2}?\\s+${noun}\\b`, 'u');
			if (p.definite.size > 5000) p.definite.clear();
			p.definite.set(noun, pattern);
		}
		if (pattern.test(context)) return true;
	}
	return false;
}

/** Claims and responses, with their reasons; ids are c1…, r1… in reading order. */
export function classify(body: string, attributions: readonly Attribution[], sentences: readonly Span[], profile: DisputeProfile): {claims: Claim[]; responses: Response[]} {
	const p = compile(profile);
	const claims: Claim[] = [];
	const responses: Response[] = [];
	const aboutBySpeaker = new Map<string, boolean>();
	let s = 0;
	// Questions (by start) whose transcript answer pushes back somewhere.
	const pushesBack = new Set<number>();
	for (const a of attributions) if (a.answers && countMatches(pushback, wordsOf(body.slice(a.content.start, a.content.end))) > 0) pushesBack.add(a.answers.start);
	// Where the party's statements start: a measure inside one of them is about the party.
	const partyStarts = new Set(attributions.filter(a => a.side === 'china').map(a => a.start));
	for (const a of attributions) {
		const span = a.content;
		const attribution = a;
		const said = body.slice(span.start, span.end);
		const words = wordsOf(said);
		const topics = () => [...topicHits(a.text).entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
		if (a.side === 'china') {
			// The party's own measure told as an act ("China imposed sanctions on US firms") answers nothing by itself.
			if (a.act) continue;
			// A briefing answers many questions: an answer to one that put no claim to China answers nothing here.
			// The whole answer counts: one that pushes back anywhere is an answer throughout.
			const asked = a.answers;
			if (asked && !claims.some(c => c.start >= asked.start && c.start < asked.end) && !pushesBack.has(asked.start)) continue;
			// "Wang Wenbin dismissed reports": a denial needs no more words than its object.
			if (words.length >= 2 || (words.length === 1 && countMatches(answeringCue, wordsOf(a.cue)) > 0)) responses.push({...attribution, why: [...a.why, `a statement by ${profile.party}'s side is a response`], id: `r${responses.length + 1}`, topics: topics()});
			continue;
		}
		while (s + 1 < sentences.length && sentences[s + 1]!.start <= a.sentence.start) s++;
		const speakerText = `${a.speaker ?? ''} ${a.role ?? ''}`;
		const partner = markersIn(speakerText).find(m => p.partners.has(m.canonical));
		if (partner) continue;
		if (a.side === 'other' && commentator(a.role ?? a.speaker ?? '', p)) continue;
		const why = [...a.why];
		// About the party: named in what was said (or in the cue's object), or carried over.
		const named = countMatches(p.party, words) > 0 || countMatches(p.places, words) > 0 || p.compound.test(said);
		// The two sentences before: a reader still has the party in mind ("such exports", "the move").
		const previous = s > 0 ? body.slice(sentences[Math.max(0, s - 2)]!.start, sentences[s - 1]!.end) : '';
		const before = body.slice(a.sentence.start, span.start);
		// "it", "its" and "this" carry the party only where they open what was said ("it is arming …");
		// deeper in the clause they are seldom the party. Plural and definite carriers count anywhere.
		// "The ministry said it …", "NATO said, adding that it …": a body's "it" is the body itself.
		const opening = words[0] === 'that' ? words.slice(1, 5) : words.slice(0, 4);
		// "that NATO and its partners …": "its" after another actor named first is that actor's.
		const carrierAt = /\b(?:it|its|this)\b/i.exec(said);
		const namedFirst = carrierAt !== null && countMatches(p.party, said.slice(0, carrierAt.index)) === 0 && markersIn(said.slice(0, carrierAt.index)).length > 0;
		const own = (a.person !== true && /^it/.test(opening[0] ?? '')) || namedFirst;
		const carried = !named && (countMatches(carriers, words) > 0 || (!own && countMatches(weakCarriers, opening) > 0))
			&& (aboutBySpeaker.get(a.speaker ?? '') === true || countMatches(p.party, previous) > 0 || countMatches(p.party, before) > 0);
		// A measure the party answers ("China opposed Japan's decision to sanction …") is about the party.
		const answered = !named && !carried && a.inside !== undefined && partyStarts.has(a.inside.start);
		// "the court's decision" after "a Chinese court": a definite noun standing for the party's, named before.
		// A definite noun reaches further back than a pronoun: the article so far (a bounded window, so long texts stay linear).
		const referred = !named && !carried && !answered && definiteOfParty(said, body.slice(Math.max(0, a.sentence.start - 3000), span.start), p);
		aboutBySpeaker.set(a.speaker ?? '', named || carried);
		if (!named && !carried && !answered && !referred) continue;
		why.push(named ? `what was said names ${profile.party}` : carried ? `a pronoun carries ${profile.party} over from just before` : answered ? `${profile.party}'s answer in the sentence is about it` : `a definite noun refers to ${profile.party}'s, named just before`);
		const cueWords = wordsOf(a.cue);
		if (countMatches(approving, cueWords) > 0 || countMatches(goodwill, words) > 0) continue;
		const stance = countMatches(accusing, cueWords) > 0 ? `the cue "${a.cue}" accuses, warns or demands`
			: p.partySubject.test(said) ? `${profile.party} is the subject of the reported clause`
			: countMatches(charge, words) > 0 ? 'what was said charges wrongdoing or concern'
			: countMatches(demand, words) > 0 ? 'what was said makes a demand'
			: null;
		why.push(stance ?? 'said of China by the accusing side', `a statement by the ${a.side === 'accuser' ? 'accusing' : 'non-partner'} side about ${profile.party} is a claim`);
		// Whoever makes a claim is on the accusing side, by this profile's definition.
		claims.push({...attribution, side: 'accuser', why, id: `c${claims.length + 1}`, topics: topics()});
	}
	return {claims: withTheirAdding(body, claims, attributions), responses};
}

/**
 * "Taiwan's defence ministry condemned the Chinese drills, saying it will send forces to respond":
 * the participle continues the claim in the same sentence by the same speaker; when it is no claim
 * of its own, the claim's span runs on over it, so the sentence reads as one claim.
 */
function withTheirAdding(body: string, claims: Claim[], attributions: readonly Attribution[]): Claim[] {
	const claimed = new Set(claims.map(c => c.start));
	let k = 0;
	return claims.map(claim => {
		while (k < attributions.length && attributions[k]!.start <= claim.start) k++;
		const next = attributions[k];
		if (!next || claimed.has(next.start) || next.side === 'china' || !adding.has(next.cue) || next.speaker !== claim.speaker) return claim;
		if (next.sentence.start !== claim.sentence.start || next.start < claim.end || /[.!?]/.test(body.slice(claim.end, next.start))) return claim;
		return {...claim, end: next.end, text: body.slice(claim.start, next.end)};
	});
}
