// Step 5: who is speaking. Reads each speaker phrase in order and keeps the context a reader
// keeps: the last person quoted (for "he said"), the last body quoted (for "the statement said",
// "it said", "they called"), and the last statement (for continued quotes and "adding").

import type {Attribution, Entity, Side, Span} from '../types.js';
import type {RawAttribution} from './04-attributions.js';
import {markersIn, type Marker} from '../util/markers.js';
import {personSide, spokespersonOfBodyBefore} from './05b-person-side.js';
import {subjectOfSentenceBefore} from './05d-subject.js';
import {namedOrganBefore} from './05e-named-organ.js';
import {lastStartingAtOrBefore} from '../util/search.js';
import type {PeopleIndex} from '../util/people-index.js';
import {bodyWho, statementWord, type Who} from './05a-who.js';
import {personWho, titledLater, type Roles} from './05f-person.js';
import {answeredStatement, lastWithSameNoun} from './05g-echoes.js';
import {roleNouns} from '../lexicon/roles.js';
import {apposedName, bodyNamedBefore, countryOf, describedPerson, diplomaticOffice, earlierPerson, missionOf, fullNameOf, governmentBody, issuerOf, lastNamedBefore, subjectText, within} from './05c-references.js';

/** Resolved attributions. */
export type SpeakerResult = {attributions: Attribution[]};

/** Resolves every attribution's speaker, role and side in reading order. */
export function resolveSpeakers(body: string, raws: readonly RawAttribution[], entities: readonly Entity[], known: PeopleIndex, sentences: readonly Span[] = []): SpeakerResult {
	const people = entities.filter(e => e.type === 'person');
	const roles: Roles = {first: new Map<string, string>(), sides: new Map<string, Side>(), known};
	// A person's role as introduced at their first titled mention ("U.S. envoy Kurt Campbell"), so
	// later bare mentions ("Campbell said") keep the side the title gives.
	for (const p of people) if (!roles.first.has(p.canonical)) personWho(p, body, 0, roles);
	let lastPerson: Who | null = null;
	// The last statement whose speaker phrase names one person by role only ("a spokesman for the
	// Foreign Ministry said"): resolved to the body, but a later "he said" is that spokesman.
	let lastOfficial: Who | null = null;
	let lastBody: Who | null = null;
	let last: (Who & {paragraph: number}) | null = null;
	const out: Attribution[] = [];
	const history: Who[] = [];
	for (const raw of raws) {
		let who: Who | null = null;
		let how = '';
		let later: Who | null = null;
		let mission: ReturnType<typeof missionOf> = null;
		if (raw.inherits || !raw.speaker) {
			if (last && raw.paragraph - last.paragraph <= 1) who = last;
			how = 'speaker carried over from the statement before';
		} else {
			const phrase = raw.speaker;
			const text = body.slice(phrase.start, phrase.end);
			const lower = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
			const inPhrase = within(people, phrase.start, phrase.end);
			if (lower === 'he' || lower === 'she') {
				const before = phrase.start > raw.content.start ? [] : within(people, raw.sentence.start, phrase.start);
				const antecedent = before[before.length - 1];
				// Else the last person quoted; only when nobody has been quoted yet, the person last named
				// ("Lin Jian commented on the decision. He said …"). A person named later as an object
				// ("Blinken met Wang Yi. He said …") does not take "he" from the speaker.
				const subject = antecedent ? null : subjectOfSentenceBefore(body, sentences, raw.sentence, people);
				const named: Entity | null = antecedent ?? subject ?? (lastPerson ? null : lastNamedBefore(people, phrase.start));
				// The same side as the person quoted before, it is more likely that person described again ("the Ukrainian leader").
				const official: Who | null = lastOfficial && (!lastPerson || ((lastOfficial.at ?? 0) > (lastPerson.at ?? 0) && lastOfficial.side !== lastPerson.side)) ? lastOfficial : null;
				who = named ? personWho(named, body, raw.sentence.start, roles) : official ?? lastPerson;
				how = subject ? `"${text}" is ${subject.canonical}, the subject of the sentence before` : `"${text}" is the last person named`;
			} else if (lower === 'they' || lower === 'it') {
				// "The Armed Forces of the Philippines released photos of what it called …": the body that
				// opens the sentence; otherwise the last body quoted.
				const opening = raw.kind === 'direct' ? null : subjectText(body.slice(raw.sentence.start, phrase.start));
				const opener = opening ? markersIn(opening).find(m => m.kind !== 'outlet') : undefined;
				who = opener ? bodyWho(opener.canonical, [opener], null) : lastBody ?? last;
				how = opener ? `"${text}" is ${opener.canonical}, named earlier in the sentence` : `"${text}" is the last body quoted`;
			} else if (inPhrase.length > 0) {
				const person = fullNameOf(inPhrase[inPhrase.length - 1]!, people);
				who = personWho(person, body, phrase.start, roles);
				how = `person named in "${text}"`;
			} else if (apposedName(text)) {
				// "the head of Ukraine's Foreign Intelligence Service, Oleh Ivashchenko": a name set off after its role.
				const {name, role} = apposedName(text)!;
				who = {speaker: name, role, side: personSide(name, role, roles.known), person: true};
				how = `name "${name}" after the role "${role}"`;
			} else if (earlierPerson(text, people, phrase.start)) {
				const person = earlierPerson(text, people, phrase.start)!;
				who = personWho(person, body, phrase.start, roles);
				how = `"${text}" is ${person.canonical}, named before`;
			} else if (describedPerson(text, history)) {
				who = describedPerson(text, history)!;
				how = `"${text}" describes ${who.speaker}, quoted before`;
			} else if ((later = titledLater(text, people, phrase.end, body, roles))) {
				who = later;
				how = `"${text}" is ${who.speaker}, named with that title just after`;
			} else {
				how = `speaker phrase "${text}"`;
				// "The city's authorities", "the country's foreign ministry": the place named last before.
				const place = /\bthe (?:city|territory|country|nation|island)['’]s\b/i.test(text) ? lastPlaceBefore(entities, phrase.start) : null;
				const markers = place ? markersIn(place) : markersIn(text);
				if (place) how = `"${text}" is of ${place}, named before`;
				// "the ministry said" echoes a body named before; "The Ministry of National Defence" names a new one.
				const proper = /\s\p{Lu}/u.test(text.replace(/^(?:the|a|an)\s+/i, ' '));
				// "The Chinese Embassy in the UK described …, the embassy said": the organ named in full just before.
				// A speaker quoted before in that office comes first ("Qu Ming, a spokeswoman for the Chinese Consulate" … "the consulate said").
				const echo = markers.length === 0 && !proper ? lastWithSameNoun(text, history) : null;
				const organ = !echo && markers.length === 0 && !proper && governmentBody.test(text) ? namedOrganBefore(body, raw.sentence.start - 300, phrase.start, text) : null;
				if (organ) {
					who = {...organ, named: text};
					how = `"${text}" is ${organ.speaker}, named just before`;
				} else if (echo) {
					// Keeps the words it was named by now too: "a spokesperson for the embassy" … "the spokesperson".
					who = {...echo, named: `${echo.named ?? ''} ${text}`.trim()};
					how = `"${text}" refers back to ${echo.speaker}`;
				} else if (markers.length === 0 && statementWord.test(text)) {
					// "The declaration also says …": the body that issued it, not whoever spoke last.
					const owner = issuerOf(body, text, phrase.start);
					// A statement the last body answered ("China said their statement was full of lies") is not
					// that body's: it is the one named before the answer mentioned it.
					const attacked: Who | null = !owner && lastBody ? answeredStatement(body, out, lastBody, text) : null;
					// No owner named and nobody quoted yet: the body named just before ("The G7 leaders met … The communique said").
					const near: Who | null = owner || attacked || lastBody ? null : bodyNamedBefore(body, raw.sentence.start);
					who = owner ?? attacked ?? lastBody ?? near;
					how = owner ? `"${text}" was issued by ${owner.speaker}` : attacked ? `"${text}" is the one ${lastBody!.speaker} answered, ${attacked.speaker}'s` : (near ? `"${text}" is that of ${near.speaker}, named just before` : `"${text}" is the last body's`);
				}
				else if (markers.length === 0 && diplomaticOffice.test(text) && (mission = missionOf(body, last))) {
					const country = mission;
					who = bodyWho(country.canonical, [country], null);
					if (who) who = {...who, named: text};
					how = `"${text}" with no country named is a mission abroad: ${country.canonical}'s, the last diplomat's or the country named most besides the last speaker's`;
				}
				else if (markers.length === 0 && governmentBody.test(text) && last && raw.paragraph - last.paragraph <= 2 && countryOf(last)) {
					// "the Foreign Ministry said" with no country named: the government of the story's last speaker.
					const country = countryOf(last)!;
					who = bodyWho(country.canonical, [country], null);
					if (who) who = {...who, named: text};
					how = `"${text}" with no country named is ${country.canonical}'s, the last speaker's`;
				} else {
					const group: Who | null = genericGroup(text, markers) ? groupInContext(body.slice(raw.sentence.start, phrase.start), lastBody) : null;
					who = group ?? bodyWho(text, markers, null);
					if (who && !group) who = {...who, named: text};
				}

			}
		}
		if (!who) continue;
		const spoken = spokespersonOfBodyBefore(who, last && raw.paragraph - last.paragraph <= 1 ? last : null);
		if (spoken) {
			how += `; a spokesperson with no body named, right after ${last!.speaker}, speaks for it`;
			who = {...who, side: spoken};
			roles.sides.set(who.speaker, spoken);
		}
		// A statement reported inside another is not the one a reader's "it said" goes back to.
		if (!raw.embedded) {
			history.push(who);
			if (who.person) lastPerson = {...who, at: raw.span.start};
			else if (raw.speaker && personRole.test(body.slice(raw.speaker.start, raw.speaker.end))) lastOfficial = {...who, at: raw.span.start};
			else lastBody = who;
			last = {...who, paragraph: raw.paragraph};
		}
		out.push({
			start: raw.span.start, end: raw.span.end, text: body.slice(raw.span.start, raw.span.end),
			speaker: who.speaker, role: who.role, cue: raw.cue, kind: raw.kind, side: who.side, sentence: raw.sentence, content: raw.content,
			...(raw.answers ? {answers: raw.answers} : {}),
			...(raw.inside ? {inside: raw.inside} : {}),
			...(raw.act ? {act: true} : {}),
			...(who.person ? {person: true} : {}),
			why: [raw.rule ?? `${raw.kind} speech, cue "${raw.cue}"`, `${how} → ${who.speaker}`, sideReason(who)],
		});
	}
	return {attributions: out};
}

// A person's role noun, singular ("spokesman", "minister"): the phrase stands for one person.
const personRole = new RegExp(`\\b(?:${roleNouns.join('|')})\\b`, 'i');

/** The canonical name of the last place entity before `at` (within a few paragraphs). */
function lastPlaceBefore(entities: readonly Entity[], at: number): string | null {
	// Entities are in reading order: find the last one before `at`, then walk back a little.
	for (let i = lastStartingAtOrBefore(entities, at - 1); i >= 0 && at - entities[i]!.start <= 2000; i--) if (entities[i]!.type === 'place') return entities[i]!.canonical;
	return null;
}

/** Why a speaker stands on its side, in words. */
function sideReason(who: Who): string {
	const by = who.role ? `role "${who.role}"` : `name "${who.speaker}"`;
	return who.side === 'other' ? `side not known from ${by}` : `side ${who.side} from ${by}`;
}

// "the leaders", "allies": a group noun that names no body; NATO only when nothing nearer is named.
const generic = /^(?:the\s+)?(?:leaders|allies|allied leaders)$/i;

function genericGroup(text: string, markers: readonly Marker[]): boolean {
	return markers.length === 1 && markers[0]!.kind === 'nato-group' && generic.test(text.trim());
}

/** The body a bare group noun refers to: one named earlier in the sentence, else the last body quoted. */
function groupInContext(before: string, lastBody: Who | null): Who | null {
	const named = markersIn(before).filter(m => m.kind === 'body' || m.kind === 'nato-group').pop();
	if (named) return {speaker: named.canonical, role: null, side: named.side, person: false};
	return lastBody && lastBody.side === 'accuser' ? lastBody : null;
}

