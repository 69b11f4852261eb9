// Runs the analysis over every loaded article for the batch commands (export, listing). An
// article the analysis throws on becomes a problem; the others still go through.
import type {Analysis, Article, LoadProblem} from '../core/types.js';

/** An article with its analysis: the unit the export formats take. */
export type Analysed = {article: Article; analysis: Analysis};

/** Analyses each article; failures are returned as problems instead of stopping the batch. */
export function analyseAll(
	articles: readonly Article[],
	analyse: (article: Article) => Analysis,
): {items: Analysed[]; problems: LoadProblem[]} {
	const items: Analysed[] = [];
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
