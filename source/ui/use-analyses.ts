// Lazy, memoised analysis: an article is analysed the first time something needs it, once. An
// article the analysis throws on reads as one with nothing found, and the reason is kept to show.
import {useCallback, useRef} from 'react';
import type {Analysis, Article} from '../core/types.js';

/** Analysis by id, and why an article could not be analysed (if it could not). */
export type Analyses = {analysisOf: (id: string) => Analysis | undefined; failureOf: (id: string) => string | undefined};

const empty = (articleId: string): Analysis => ({articleId, sentences: [], entities: [], claims: [], responses: [], pairs: []});

/** Stable `analysisOf(id)` / `failureOf(id)` over the loaded articles, caching by id. */
export function useAnalyses(byId: ReadonlyMap<string, Article>, analyse: (article: Article) => Analysis): Analyses {
	const cache = useRef(new Map<string, Analysis>());
	const failures = useRef(new Map<string, string>());
	const analysisOf = useCallback((id: string) => {
		let analysis = cache.current.get(id);
		if (!analysis) {
			const article = byId.get(id);
			if (!article) {
				return undefined;
			}

			try {
				analysis = analyse(article);
			} catch (error) {
				failures.current.set(id, error instanceof Error ? error.message : String(error));
				analysis = empty(id);
			}

			cache.current.set(id, analysis);
		}

		return analysis;
	}, [byId, analyse]);
	const failureOf = useCallback((id: string) => failures.current.get(id), []);
	return {analysisOf, failureOf};
}
