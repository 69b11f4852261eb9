// Multi-word cues ("hit back", "according to") matched over a sentence's tokens: a cue list is
// compiled once into a first-word index, so each token is looked up once.

import type {Token} from './tokens.js';

/** A matched cue: its token range and canonical text. */
export type CueMatch = {from: number; to: number; text: string};

/** Compiles a cue list into a first-word index for matching in one pass. */
export function compileCues(cues: readonly string[]): Map<string, string[][]> {
	const index = new Map<string, string[][]>();
	for (const cue of cues) {
		const words = cue.split(' ');
		const list = index.get(words[0]!) ?? [];
		list.push(words);
		list.sort((a, b) => b.length - a.length);
		index.set(words[0]!, list);
	}
	return index;
}

/** The cue starting at token i, if any (longest first). */
export function cueAt(tokens: readonly Token[], i: number, index: Map<string, string[][]>): CueMatch | null {
	const first = tokens[i]?.lower;
	const list = first === undefined ? undefined : index.get(first);
	if (!list) return null;
	for (const words of list) {
		let ok = true;
		for (let k = 1; k < words.length; k++) {
			if (tokens[i + k]?.lower !== words[k]) {
				ok = false;
				break;
			}
		}
		if (ok) return {from: i, to: i + words.length, text: words.join(' ')};
	}
	return null;
}
