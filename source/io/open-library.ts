// The interactive reader's loader: the list from heads, bodies on demand. Each file in the
// folders is stat'ed; when the head index has it at the same size and mtime its head comes from
// there, otherwise only the first bytes of the file are read. So the time to the first frame
// does not grow with the size of the articles, and on a second start no article is opened.
// Files named on the command line and `-` are read whole, exactly as `loadArticles` does.
import path from 'node:path';
import type {LoadProblem, LoadResult} from '../core/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Candidate} from './find-articles.js';
import {lookUp, readHeadIndex, writeHeadIndex, headIndexFile, type HeadIndex, type IndexEntry} from './head-index.js';
import {headBytes, parseHead} from './head-parse.js';
import {withLazyBody} from './lazy-body.js';
import {baseOf, collectArticles, maxFileBytes, readCandidate, readFailure, type LoadOptions, type Read} from './load-articles.js';
import {nodeFs, type ReaderFs} from './loader-fs.js';

/** The head index to use: its file (default: heads.json in the cache folder) and the program version that wrote it. */
export type LibraryOptions = Omit<LoadOptions, 'fs'> & {fs?: ReaderFs; indexFile?: string; version: string};

/** The articles (bodies read on first access), the start-up problems, and what came later. */
export type Library = LoadResult & {
	/** Problems found when a body was read after start-up (the file changed, broke further in, or vanished); grows as bodies are read. */
	late: LoadProblem[];
	/** Writes the head index when this start learned something new; later calls do nothing. */
	saveIndex(): void;
};

/** The head entry of a regular file, from its first bytes or, when they do not decide, the whole file; a whole-file failure is returned as it is, not indexed. */
async function readEntry(candidate: Candidate, size: number, mtimeMs: number, fs: ReaderFs): Promise<IndexEntry | {failed: Read}> {
	const bytes = fs.readHeadSync(candidate.path, headBytes);
	const parsed = parseHead(bytes, bytes.length < headBytes || size <= headBytes, candidate.format);
	if (parsed) return {size, mtimeMs, ...parsed};
	const whole = await readCandidate(candidate, fs);
	if ('problem' in whole) return {failed: whole};
	const {title, outlet, published, source} = whole.article;
	return {size, mtimeMs, head: {title, outlet, published, source, warnings: whole.problems.map(problem => problem.reason)}};
}

/** Opens the articles for the reader: heads now, bodies when first read. Never throws. */
export async function openLibrary(paths: string[], options: LibraryOptions): Promise<Library> {
	const fs = options.fs ?? nodeFs;
	const file = options.indexFile ?? headIndexFile();
	const old = readHeadIndex(file, options.version);
	const fresh: HeadIndex = new Map();
	const late: LoadProblem[] = [];
	let learned = false;

	const read = async (candidate: Candidate): Promise<Read> => {
		if (candidate.named) return readCandidate(candidate, fs);
		const shown = sanitizeLine(candidate.path);
		try {
			const info = fs.statSync(candidate.path);
			// Pipes, devices and files over the limit: the whole-file reader has the words for them.
			if (!info.isFile() || info.size > maxFileBytes) return await readCandidate(candidate, fs);
			const key = path.resolve(candidate.path);
			let entry = lookUp(old, key, info.size, info.mtimeMs);
			if (!entry) {
				const entryOrFailure = await readEntry(candidate, info.size, info.mtimeMs, fs);
				if ('failed' in entryOrFailure) return entryOrFailure.failed;
				entry = entryOrFailure;
				learned = true;
			}

			fresh.set(key, entry);
			if ('problem' in entry) return {problem: {path: shown, reason: entry.problem}};
			const {warnings, ...head} = entry.head;
			const fields = {...head, path: shown, base: baseOf(candidate.path)};
			return {
				article: withLazyBody(fields, {candidate, shown, fs, known: warnings, report: problem => late.push(problem)}),
				problems: warnings.map(reason => ({path: shown, reason, level: 'warning' as const})),
			};
		} catch (error) {
			return readFailure(shown, error);
		}
	};

	const loaded = await collectArticles(paths, options, read);
	let saved = false;
	return {
		...loaded,
		late,
		saveIndex() {
			if (saved || !learned) return;
			saved = true;
			writeHeadIndex(file, options.version, fresh, old);
		},
	};
}
