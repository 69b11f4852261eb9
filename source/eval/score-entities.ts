// Entity scoring: unique person, organisation and place names per article, by type, with the
// same alias rules as speakers. Other types are not scored.

import type {Gold, PredArticle} from './score.js';

const types: Readonly<Record<string, string>> = {
	person: 'person', per: 'person', people: 'person', organization: 'organization', organisation: 'organization',
	org: 'organization', place: 'place', location: 'place', loc: 'place', gpe: 'place', country: 'place', city: 'place',
	region: 'place',
};

/** Adds one article's entity counts to `t` and returns its row text. */
export function scoreEntities(
	article: PredArticle, gold: Gold, t: {tp: number; pred: number; found: number; gold: number},
	matches: (p: unknown, g: readonly string[]) => boolean, cleanName: (s: unknown) => string, details: string[] | null,
): string {
	const predicted = new Map<string, {type: string; name: string | undefined}>();
	for (const e of article.entities ?? []) {
		const type = types[String(e.type ?? '').toLowerCase()];
		if (!type) continue;
		const name = e.canonical ?? e.name ?? e.text;
		const k = `${type}|${cleanName(name)}`;
		if (!predicted.has(k)) predicted.set(k, {type, name});
	}
	const golds = gold.entities ?? [];
	const required = golds.filter(x => !x.optional);
	t.gold += required.length;
	t.pred += predicted.size;
	let tp = 0;
	for (const pe of predicted.values()) {
		if (golds.some(ge => ge.type === pe.type && matches(pe.name, [ge.name]))) tp++;
		else details?.push(`${gold.file} entity false positive: ${pe.type} ${pe.name}`);
	}
	t.tp += tp;
	let found = 0;
	for (const ge of required) {
		if ([...predicted.values()].some(pe => pe.type === ge.type && matches(pe.name, [ge.name]))) found++;
		else details?.push(`${gold.file} entity missed: ${ge.type} ${ge.name}`);
	}
	t.found += found;
	return `${found}/${required.length} found, ${tp}/${predicted.size} correct`;
}
