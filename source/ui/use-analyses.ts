// Lazy, memoised analysis: an article is analysed the first time something needs it, once. An
// article the analysis throws on reads as one with nothing found, and the reason is kept to show.
import {useCallback, useRef} from 'react';
import type {Analysis, Article} from '../core/types.js';

/** Analysis by id, and why an article could not be analysed (if it could not). */
export type Analyses = {
	analysisOf: (id: string) => Analysis | undefined;
	failureOf: (id: string) => string | undefined;
	/** The analysis already made for this article, if any (never analyses). */
	known: (article: Article) => Analysis | undefined;
	/** Keeps an analysis made elsewhere (the worker), or why it failed. */
	remember: (article: Article, outcome: {analysis: Analysis} | {error: string}) => void;
};

export const empty = (articleId: string): Analysis => ({articleId, sentences: [], entities: [], claims: [], responses: [], pairs: []});

/**
 * `analysisOf(id)` / `failureOf(id)` over the loaded articles, stable while the list is. Cached by
 * article, not id: a list read anew may give an id to another file, or to the same file read again.
 */
export function useAnalyses(byId: ReadonlyMap<string, Article>, analyse: (article: Article) => Analysis): Analyses {
	const cache = useRef(new WeakMap<Article, Analysis>());
	const failures = useRef(new WeakMap<Article, string>());
	const analysisOf = useCallback((id: string) => {
		const article = byId.get(id);
		if (!article) {
			return undefined;
		}

		let analysis = cache.current.get(article);
		if (!analysis) {
			try {
				analysis = analyse(article);
			} catch (error) {
				failures.current.set(article, error instanceof Error ? error.message : String(error));
				analysis = empty(id);
			}

			cache.current.set(article, analysis);
		}

		return analysis;
	}, [byId, analyse]);
	const failureOf = useCallback((id: string) => {
		const article = byId.get(id);
		return article ? failures.current.get(article) : undefined;
	}, [byId]);
	const known = useCallback((article: Article) => cache.current.get(article), []);
	const remember = useCallback((article: Article, outcome: {analysis: Analysis} | {error: string}) => {
		if ('error' in outcome) failures.current.set(article, outcome.error);
		cache.current.set(article, 'analysis' in outcome ? outcome.analysis : empty(article.id));
	}, []);
	return {analysisOf, failureOf, known, remember};
}
