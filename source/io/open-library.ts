// The interactive reader's loader: the list from heads, bodies on demand. Each file in the
// folders is stat'ed; when the head index has it at the same size and mtime its head comes from
// there, otherwise only the first bytes of the file are read. So the time to the first frame
// does not grow with the size of the articles, and on a second start no article is opened.
// Files named on the command line and `-` are read whole, exactly as `loadArticles` does.
import path from 'node:path';
import type {LoadProblem, LoadResult} from '../core/types.js';
import {fileOf, type Candidate} from './find-articles.js';
import {entryAt, readHeadIndex, writeHeadIndex, headIndexFile, type FreshEntries, type IndexEntry} from './head-index.js';
import {headBytes, readHead} from './head-parse.js';
import {LazyArticle, type BodyContext} from './lazy-body.js';
import {collectArticles, type LoadOptions} from './load-articles.js';
import type {Pacing} from './paced-map.js';
import {baseOf, maxFileBytes, readCandidate, readFailure, safeName} from './read-file.js';
import type {Read} from './to-article.js';
import {nodeFs, type ReaderFs} from './loader-fs.js';

/**
 * The head index to use (its file, default heads.tsv in the cache folder, and the program version
 * that wrote it); where problems found when a body is read later go (default: the library's own
 * `late`); and, to read in slices with partial reports, a pacing.
 */
export type LibraryOptions = Omit<LoadOptions, 'fs'> & {fs?: ReaderFs; indexFile?: string; version: string; context?: BodyContext; pacing?: Pacing};

/** The articles (bodies read on first access), the start-up problems, and what came later. */
export type Library = LoadResult & {
	/** Problems found when a body was read after start-up (the file changed, broke further in, or vanished); grows as bodies are read. */
	late: LoadProblem[];
	/** Writes the head index when this start learned something new; later calls do nothing. */
	saveIndex(): void;
	/** Notices about the head index itself (corrupt, or lines dropped), for the notice line, not the list. */
	notes: LoadProblem[];
};

/** The head entry of a regular file from its first bytes or, when they do not decide, from the whole file (asynchronously); a whole-file failure is returned as it is, not indexed. */
function readEntry(candidate: Candidate, size: number, mtimeMs: number, fs: ReaderFs): IndexEntry | Promise<IndexEntry | {failed: Read}> {
	const bytes = fs.readHeadSync(fileOf(candidate), headBytes);
	const parsed = readHead(bytes, bytes.length < headBytes || size <= headBytes, candidate.format);
	if (parsed) return {size, mtimeMs, ...parsed};
	return readCandidate(candidate, fs).then(whole => {
		// A failure, or a page or feed under a text name (read whole, its readers loaded on the way), is not indexed.
		if ('problem' in whole || (whole.more?.length ?? 0) > 0 || whole.kind === 'html' || whole.kind === 'feed') return {failed: whole};
		const {title, outlet, published, source} = whole.article;
		return {size, mtimeMs, head: {title, outlet, published, source, warnings: whole.problems.map(problem => problem.reason)}};
	});
}

const noProblems: LoadProblem[] = [];

/** Opens the articles for the reader: heads now, bodies when first read. Never throws. */
export async function openLibrary(paths: string[], options: LibraryOptions): Promise<Library> {
	const fs = options.fs ?? nodeFs;
	const file = options.indexFile ?? headIndexFile();
	const old = readHeadIndex(file, options.version);
	const fresh: FreshEntries = new Map();
	const late: LoadProblem[] = [];
	const context: BodyContext = options.context ?? {fs, report: problem => late.push(problem)};
	let learned = false;

	/** The article (or problem) an entry describes. */
	const listed = (candidate: Candidate, shown: string, entry: IndexEntry): Read => {
		if ('problem' in entry) return {problem: {path: shown, reason: entry.problem}};
		const {head} = entry;
		return {
			article: new LazyArticle(shown, baseOf(candidate.path), head, candidate, context),
			problems: head.warnings.length === 0 ? noProblems : head.warnings.map(reason => ({path: shown, reason, level: 'warning' as const})),
		};
	};

	const learn = (candidate: Candidate, shown: string, key: string, entry: IndexEntry | {failed: Read}): Read => {
		if ('failed' in entry) return entry.failed;
		fresh.set(key, entry);
		learned = true;
		return listed(candidate, shown, entry);
	};

	// Synchronous for every file the index or the first bytes decide: no promise a file.
	const read = (candidate: Candidate): Read | Promise<Read> => {
		// Pages and feeds are read whole: their list fields need the whole document parsed.
		if (candidate.named || candidate.format === 'html' || candidate.format === 'feed') return readCandidate(candidate, fs, options.onWait);
		const shown = safeName(candidate.path);
		try {
			const info = fs.statSync(fileOf(candidate));
			// Pipes, devices and files over the limit: the whole-file reader has the words for them.
			if (!info.isFile() || info.size > maxFileBytes) return readCandidate(candidate, fs);
			// Filed under the walk's resolved path (a folder reached through a link shares its entries).
			const key = candidate.real ?? path.resolve(candidate.path);
			const start = old.lines.get(key);
			const known = start === undefined ? undefined : entryAt(old, start, info.size, info.mtimeMs);
			if (known) {
				fresh.set(key, start!);
				return listed(candidate, shown, known);
			}

			const entry = readEntry(candidate, info.size, info.mtimeMs, fs);
			return entry instanceof Promise ? entry.then(settled => learn(candidate, shown, key, settled)) : learn(candidate, shown, key, entry);
		} catch (error) {
			return readFailure(shown, error);
		}
	};

	const loaded = await collectArticles(paths, options, read, options.pacing);
	let saved = false;
	const notes: LoadProblem[] = [];
	if (old.corrupt) notes.push({path: file, reason: 'is corrupt (not as riposte wrote it); it was ignored and will be written anew', level: 'warning'});
	else if (old.bad) notes.push({path: file, reason: `had ${old.bad} malformed ${old.bad === 1 ? 'entry' : 'entries'}; ${old.bad === 1 ? 'it was' : 'they were'} dropped and the files read again`, level: 'warning'});
	// A dropped line is replaced by what was read: the index is written anew.
	if (notes.length > 0) learned = true;
	return {
		...loaded,
		notes,
		late,
		saveIndex() {
			if (saved || !learned) return;
			saved = true;
			writeHeadIndex(file, options.version, fresh, old);
		},
	};
}
