// Name matching for scoring, following the eval README: alias groups, titles stripped, and a
// surname matching the full name.

import {norm} from './text.js';

/** Alias groups: canonical name → names treated as the same. */
export type AliasGroups = Readonly<Record<string, readonly string[]>>;

const titles =
	/\b(u\.?s\.?|us|chinese|swedish|former|uk|british|japanese|south korean|new zealand|australian|deputy|prime|minister|president|secretary|general|secretary-general|of|state|defense|defence|foreign|ministry|spokesperson|spokesman|spokeswoman|ambassador|to|the|united nations|national|security|advisor|adviser|embassy|mr|ms|mrs|dr|leader|head|chief|director|ukrainian|russian)\b/g;

/** Folded name without possessives and punctuation. */
export function cleanName(s: unknown): string {
	return norm(String(s ?? ''))
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}\s.'-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function containsWords(hay: string, needle: string): boolean {
	if (!needle) return false;
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(hay);
}

/** A matcher over one set of alias groups. */
export function nameMatcher(groups: AliasGroups): (predicted: unknown, gold: readonly string[]) => boolean {
	const index = new Map<string, Set<string>>();
	for (const [k, names] of Object.entries(groups)) {
		for (const n of [k, ...names]) {
			const c = cleanName(n);
			if (!index.has(c)) index.set(c, new Set());
			index.get(c)!.add(k);
		}
	}
	const expand = (name: string): Set<string> => {
		const c = cleanName(name);
		const out = new Set([c]);
		for (const k of index.get(c) ?? []) for (const n of [k, ...(groups[k] ?? [])]) out.add(cleanName(n));
		return out;
	};
	return (predicted, gold) => {
		const p = cleanName(predicted);
		if (!p) return false;
		const bare = p.replace(titles, ' ').replace(/\s+/g, ' ').trim();
		const mine = expand(p);
		for (const g of gold) {
			for (const alias of expand(g)) {
				if (mine.has(alias)) return true;
				if (containsWords(p, alias) && alias.length >= 3) return true;
				if (bare.length >= 4 && alias.includes(' ') && containsWords(alias, bare)) return true;
			}
		}
		return false;
	};
}
