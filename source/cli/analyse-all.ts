// Runs the analysis over every loaded article for the batch commands (export, listing). An
// article the analysis throws on becomes a problem; the others still go through.
import type {Analysis, Article, LoadProblem} from '../core/types.js';

/** An article with its analysis (or what a format makes of it): the unit the export formats take. */
export type Analysed<T = Analysis> = {article: Article; analysis: T};

/** Analyses each article; failures are returned as problems instead of stopping the batch. */
export function analyseAll<T = Analysis>(
	articles: readonly Article[],
	analyse: (article: Article) => T,
): {items: Array<Analysed<T>>; problems: LoadProblem[]} {
	const items: Array<Analysed<T>> = [];
	const problems: LoadProblem[] = [];
	for (const article of articles) {
		try {
			items.push({article, analysis: analyse(article)});
		} catch (error) {
			problems.push({path: article.path, reason: `could not be analysed (${error instanceof Error ? error.message : String(error)})`});
		}
	}

	return {items, problems};
}
