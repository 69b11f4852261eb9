// Text folding and span helpers for scoring, following the eval README: curly quotes, dashes,
// non-breaking spaces and runs of white space are folded before texts are compared.

import {foldChar} from '../text/fold.js';

/** A folded text and, for every original index, its index in the folded text. */
export type Folded = {text: string; map: number[]};

/** Folds and lower-cases text, collapsing white space, keeping an index map. */
export function normalise(s: string): Folded {
	const parts: string[] = [];
	let length = 0;
	let lastSpace = true;
	const map = new Array<number>(s.length + 1);
	for (let i = 0; i < s.length; i++) {
		const ch = foldChar(s[i]!);
		map[i] = length;
		if (ch === ' ' && lastSpace) continue;
		parts.push(ch);
		length += ch.length;
		lastSpace = ch === ' ';
	}
	map[s.length] = length;
	return {text: parts.join('').toLowerCase(), map};
}

/** Folded, trimmed text. */
export function norm(s: string): string {
	return normalise(s).text.trim();
}

/** [start, end) of a text inside a folded body, or null. */
export function locate(bodyNorm: string, text: string): [number, number] | null {
	const needle = norm(text);
	if (!needle) return null;
	const at = bodyNorm.indexOf(needle);
	return at < 0 ? null : [at, at + needle.length];
}

/** Characters two spans share. */
export function overlap(a: readonly [number, number], b: readonly [number, number]): number {
	return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Fraction of `span` covered by the union of `others`. */
export function coveredFraction(span: readonly [number, number], others: ReadonlyArray<readonly [number, number]>): number {
	const length = span[1] - span[0];
	if (length <= 0) return 0;
	const parts = others
		.map(o => [Math.max(span[0], o[0]), Math.min(span[1], o[1])] as const)
		.filter(p => p[1] > p[0])
		.sort((x, y) => x[0] - y[0]);
	let covered = 0;
	let end = span[0];
	for (const [s, e] of parts) {
		if (e <= end) continue;
		covered += e - Math.max(s, end);
		end = e;
	}
	return covered / length;
}
