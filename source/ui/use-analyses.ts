// Lazy, memoised analysis: an article is analysed the first time something needs it, once.
import {useCallback, useRef} from 'react';
import type {Analysis, Article} from '../core/types.js';

/** A stable `analysisOf(id)` over the loaded articles, caching by id. */
export function useAnalyses(byId: ReadonlyMap<string, Article>, analyse: (article: Article) => Analysis): (id: string) => Analysis | undefined {
	const cache = useRef(new Map<string, Analysis>());
	return useCallback((id: string) => {
		let analysis = cache.current.get(id);
		if (!analysis) {
			const article = byId.get(id);
			if (!article) {
				return undefined;
			}

			analysis = analyse(article);
			cache.current.set(id, analysis);
		}

		return analysis;
	}, [byId, analyse]);
}
