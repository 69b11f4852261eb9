// What riposte prints when it cannot draw the reader (output piped, CI): one line per article
// and a pointer to the export command.
import type {Analysis, Article, LoadResult} from '../core/types.js';
import {analyseAll, type Analysed} from './analyse-all.js';
import {writeAll, type Output} from './output.js';
import {formatProblems} from './problems.js';

/** The plain-text listing: "title · outlet · date — N claims, M responses", then a hint. */
export function formatListing(items: readonly Analysed[]): string {
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	const lines = items.map(({article, analysis}) =>
		[article.title, article.outlet ?? 'unknown outlet', article.published ?? 'undated'].join(' · ') +
		` — ${plural(analysis.claims.length, 'claim')}, ${plural(analysis.responses.length, 'response')}`,
	);
	const hint =
		'Output is not a terminal, so this is the list only. Run riposte in a terminal to read, or\n' +
		'riposte export [PATH…] --format json|markdown for the full analysis.';
	return `${[...lines, '', hint].join('\n')}\n`;
}

/** Analyses everything, prints problems to stderr and the listing to stdout; 0 when something was listed. */
export async function printListing(loaded: LoadResult, analyse: (article: Article) => Analysis, out: Output): Promise<number> {
	const {items, problems} = analyseAll(loaded.articles, analyse);
	const all = [...loaded.problems, ...problems];
	if (all.length > 0) await writeAll(out.stderr, formatProblems(all));
	await writeAll(out.stdout, formatListing(items));
	return items.length > 0 ? 0 : 1;
}
