// Paths → LoadResult. Every path is tried; a bad file becomes a LoadProblem and never stops the
// others. One file is read by read-file.ts (its bytes made an article by to-article.ts), many in
// slices by paced-map.ts; this file finds them and gathers ids, order and problems.
import {readdirSync} from 'node:fs';
import type {LoadProblem, LoadResult} from '../core/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import {compareArticles} from '../core/article-order.js';
import {libraryDir} from './app-dirs.js';
import {assignIds, type Unnamed} from './article-order.js';
import {bundledArticlesDir} from './bundled.js';
import {findArticles, type Candidate} from './find-articles.js';
import {nodeFs, type LoaderFs} from './loader-fs.js';
import {mapLimited, pacer, type Pacing} from './paced-map.js';
import {readCandidate, readStdin} from './read-file.js';
import type {Read} from './to-article.js';

/** Seams for tests: another file system, another stdin, another bundled folder. */
export type LoadOptions = {
	fs?: LoaderFs;
	/** Told when a pipe (or standard input) has given nothing for a moment, so the wait can be shown. */
	onWait?: (shown: string) => void;
	readStdin?: () => Promise<Uint8Array>;
	bundledDir?: string;
	/** The library of fetched articles, read with the bundled ones when no path is given (null: none). */
	libraryDir?: string | null;
};

/** What `riposte` with no paths reads: the bundled articles, and the library when there is one. */
export function defaultInputs(options: LoadOptions): string[] {
	const library = options.libraryDir === undefined ? libraryDir() : options.libraryDir;
	let kept = false;
	try {
		kept = library !== null && readdirSync(library).some(name => name.endsWith('.md'));
	} catch {}

	return [options.bundledDir ?? bundledArticlesDir(), ...(kept ? [library!] : [])];
}

/** How many files are read at once (enough to overlap I/O, few enough never to run out of descriptors). */
const parallel = 16;

/** Loads articles from files, folders and `-` (stdin); no paths = the bundled articles. Never throws. */
export async function loadArticles(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
	const fs = options.fs ?? nodeFs;
	return collectArticles(paths, options, async candidate => readCandidate(candidate, fs, options.onWait));
}

/** Finds the files, reads each with `read` (stdin is always read whole), and gathers ids, order and problems; in slices when `pacing` is given. Never throws. */
export async function collectArticles(paths: string[], options: LoadOptions, read: (candidate: Candidate) => Read | Promise<Read>, pacing?: Pacing): Promise<LoadResult> {
	const fs = options.fs ?? nodeFs;
	const inputs = paths.length > 0 ? paths : defaultInputs(options);
	const found = await findArticles(
		inputs.filter(input => input !== '-'),
		fs,
	);
	const walkProblems = found.problems.map(problem => ({...problem, path: sanitizeLine(problem.path)}));
	// Filled in as files are read; a partial report reads it as it stands.
	const reads: Array<Read | undefined> = Array.from({length: found.files.length});
	const pace = pacing ? pacer(pacing, reads, done => assemble(done, walkProblems)) : undefined;
	await mapLimited(found.files, parallel, read, reads, pace);
	const problems = [...walkProblems];
	const stdinCount = inputs.filter(input => input === '-').length;
	if (stdinCount > 0) reads.push(await readStdin(options));
	if (stdinCount > 1) problems.push({path: '-', reason: 'was given more than once; standard input is read once'});
	return assemble(reads, problems);
}

/** The articles (with ids, in reading order) and problems from the reads done so far (unfinished ones are holes). */
function assemble(reads: ReadonlyArray<Read | undefined>, before: LoadProblem[]): LoadResult {
	const problems = [...before];
	const unnamed: Unnamed[] = [];
	for (const read of reads) {
		if (read === undefined) continue;
		if ('problem' in read) problems.push(read.problem);
		else {
			unnamed.push(read.article);
			if (read.more) unnamed.push(...read.more);
			problems.push(...read.problems);
		}
	}

	return {articles: assignIds(unnamed).sort(compareArticles), problems};
}
