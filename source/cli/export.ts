// `riposte export`: load, analyse, format, write. Exit 0 when everything exported, 1 when some
// files failed but the rest were exported (problems on stderr), and no output at all when
// nothing loaded.
import type {Analysis, Article, LoadProblem} from '../core/types.js';
import {writeOutputFile} from '../io/atomic-write.js';
import {loadArticles} from '../io/load-articles.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {analyseAll, type Analysed} from './analyse-all.js';
import type {ExportFormat} from './args.js';
import {outputReason, writeAll, type Output} from './output.js';
import {formatProblems, hasFailures} from './problems.js';

/**
 * The pieces export needs from the core and the report formats (passed in so the CLI can load
 * them lazily). `analyse` gives what `format` takes: an Analysis, or for the JSON export the
 * article already in the export's form, made a stretch at a time.
 */
export type ExportDeps<T = Analysis> = {
	analyse: (article: Article) => T;
	/** The document, in pieces (a large JSON export is written as it is made, never held whole). */
	format: (items: Array<Analysed<T>>, format: ExportFormat) => Iterable<string>;
	/** Told when a pipe named on the command line (or standard input) keeps the export waiting. */
	onWait?: (shown: string) => void;
};

/** Runs an export and returns the exit status. */
export async function runExport<T>(
	request: {paths: string[]; format: ExportFormat; output: string | null; /** Problems found before loading (addresses that could not be fetched). */ problems?: LoadProblem[]},
	deps: ExportDeps<T>,
	out: Output,
): Promise<number> {
	const loaded = await loadArticles(request.paths, deps.onWait ? {onWait: deps.onWait} : {});
	const {items, problems} = analyseAll(loaded.articles, deps.analyse);
	const allProblems = [...(request.problems ?? []), ...loaded.problems, ...problems];
	if (allProblems.length > 0) await writeAll(out.stderr, formatProblems(allProblems));
	if (items.length === 0) {
		await writeAll(out.stderr, 'riposte: nothing to export: no article could be read\n');
		return 1;
	}

	// Every text field is already safe; this pass guarantees the whole document is, whatever a formatter adds.
	const document = safeDocument(deps.format(items, request.format));
	if (request.output === null) {
		for (const chunk of document) await writeAll(out.stdout, chunk);
	} else {
		try {
			const {madeFolder} = writeOutputFile(request.output, document);
			if (madeFolder) await writeAll(out.stderr, `riposte: made the folder ${sanitizeLine(madeFolder)} for ${sanitizeLine(request.output)}\n`);
		} catch (error) {
			await writeAll(out.stderr, `riposte: could not write ${sanitizeLine(request.output)}: ${outputReason(error)}\n`);
			return 1;
		}
	}

	return hasFailures(allProblems) ? 1 : 0;
}

/** The pieces of a document, each sanitised, ending in a newline. */
function* safeDocument(chunks: Iterable<string>): Generator<string> {
	let last = '';
	for (const chunk of chunks) {
		if (chunk.length === 0) continue;
		last = chunk;
		yield sanitizeText(chunk);
	}

	if (!last.endsWith('\n')) yield '\n';
}
