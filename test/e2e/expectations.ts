// What the screen should show, computed from the bundled articles' analyses (riposte.ts makes them
// with the loader and core the program uses), so the journey tests name no article, sentence or offset.
import type {Article, Span} from '../../source/core/types.js';
import type {Analysed} from './riposte.js';
import {probe, squash} from './screen.js';

/** The text of a span of an article's body. */
export const textOf = (article: Article, span: Span) => squash(article.body.slice(span.start, span.end));

/** A sentence of this body whose start appears in no other article: proof that this one is shown. */
export function distinctiveProbe(target: Analysed, all: Analysed[]): string {
	const others = all.filter(a => a !== target).map(a => squash(a.article.body));
	const title = squash(target.article.title);
	for (const sentence of target.analysis.sentences) {
		const text = textOf(target.article, sentence);
		const start = probe(text, 22);
		if (start.length >= 16 && !title.includes(start) && others.every(body => !body.includes(start))) return start;
	}

	throw new Error(`no distinctive sentence in ${target.article.id}`);
}

/** Probes of the sentences of claims that have a paired response, with those responses' probes. */
export function pairedProbes(target: Analysed): Map<string, Set<string>> {
	const {article, analysis} = target;
	const pairs = new Map<string, Set<string>>();
	for (const pair of analysis.pairs) {
		const claim = analysis.claims.find(c => c.id === pair.claim);
		const response = analysis.responses.find(r => r.id === pair.response);
		if (!claim || !response) continue;
		const key = probe(textOf(article, claim.sentence));
		const set = pairs.get(key) ?? new Set<string>();
		set.add(probe(textOf(article, response.sentence)));
		pairs.set(key, set);
	}

	return pairs;
}
