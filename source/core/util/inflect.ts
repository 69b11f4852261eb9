// Regular English inflections from a base form, so lexicons list each verb once ("accuse") and
// match every form the press uses ("accuses", "accused", "accusing"). Irregular forms are listed
// by the lexicon itself.

const vowel = /[aeiou]/;

/** Third person, past and present participle of a regular verb (one-syllable CVC doubles its consonant). */
export function inflections(base: string): string[] {
	const out = new Set([base]);
	if (/(?:s|sh|ch|x|z)$/.test(base)) out.add(`${base}es`);
	else if (/[^aeiou]y$/.test(base)) out.add(`${base.slice(0, -1)}ies`);
	else out.add(`${base}s`);
	if (base.endsWith('e')) {
		out.add(`${base}d`);
		out.add(`${base.slice(0, -1)}ing`);
	} else if (/[^aeiou]y$/.test(base)) {
		out.add(`${base.slice(0, -1)}ied`);
		out.add(`${base}ing`);
	} else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) && vowel.test(base)) {
		const last = base.at(-1)!;
		out.add(`${base}${last}ed`);
		out.add(`${base}${last}ing`);
	} else {
		out.add(`${base}ed`);
		out.add(`${base}ing`);
	}
	return [...out];
}

/** Every form of each multi-word entry ("call on" → "calls on", "called on", "calling on"): the first word is inflected. */
export function inflectAll(entries: readonly string[]): string[] {
	const out: string[] = [];
	for (const entry of entries) {
		const [head, ...rest] = entry.split(' ');
		for (const form of inflections(head!)) out.push([form, ...rest].join(' '));
	}
	return out;
}
