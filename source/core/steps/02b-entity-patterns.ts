// Step 2b: entities that capitalisation alone misses: China's organs written in lower case
// ("China's foreign ministry", "Beijing's EU mission"), companies named in apposition
// ("the drone maker, Acme Aero,"), and dates.

import type {Entity} from '../types.js';
import {chineseOrgans, companyDescriptors} from '../lexicon/organizations.js';


const descriptor = new RegExp(`\\b(?:${companyDescriptors.join('|')}),?\\s+((?:\\p{Lu}[\\p{L}\\p{N}-]*)(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*){0,3})`, 'gu');
const administration = /\b(\p{Lu}\p{Ll}+) administration\b/gu;

/** Organisation names found by pattern rather than by capitalised runs. */
export function findPatternEntities(body: string): Entity[] {
	const out: Entity[] = [];
	for (const [pattern, canonical] of chineseOrgans) {
		for (const m of body.matchAll(pattern)) {
			out.push({start: m.index, end: m.index + m[0].length, text: m[0], canonical, type: 'organization'});
		}
	}
	for (const m of body.matchAll(descriptor)) {
		const name = m[1]!;
		const start = m.index + m[0].length - name.length;
		out.push({start, end: start + name.length, text: name, canonical: name, type: 'organization'});
	}
	for (const m of body.matchAll(administration)) {
		out.push({start: m.index, end: m.index + m[0].length, text: m[0], canonical: m[0], type: 'organization'});
	}
	return out;
}

const month = 'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Apr(?:il|\\.)?|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const datePattern = new RegExp(
	`\\b(?:(?:${month})\\s+\\d{1,2}(?:,\\s*\\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|night|evening|afternoon))?|(?<=\\b(?:in|since|by|until|early|late|last|mid-|of) )(?:${month})(?:\\s+\\d{4})?|(?<=\\b(?:in|since|by|until) )(?:19|20)\\d\\d)(?![\\p{L}])`,
	'gu',
);

/** Dates: "Feb. 21", "March 24, 2022", weekdays, "in April", "in 2019". */
export function findDates(body: string): Entity[] {
	const out: Entity[] = [];
	for (const m of body.matchAll(datePattern)) {
		out.push({start: m.index, end: m.index + m[0].length, text: m[0], canonical: m[0], type: 'date'});
	}
	return out;
}
