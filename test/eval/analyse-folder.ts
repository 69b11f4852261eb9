// Test helper: loads a folder of articles through the real loader, analyses each, and returns the
// `riposte/analysis@1` export the scorers read.
import {loadArticles} from '../../source/io/load-articles.js';
import {analyse, type AnalyseOptions} from '../../source/core/analyse.js';
import {toAnalysisExport, type AnalysisExport} from '../../source/report/export-json.js';

/** The analysis export of every article in `dir` (analysed with `options`, the lexicon's by default). */
export async function exportFolder(dir: string, options: AnalyseOptions = {}): Promise<AnalysisExport> {
	const {articles} = await loadArticles([dir]);
	return toAnalysisExport(articles.map(article => ({article, analysis: analyse(article, options)})));
}
