// Paths → LoadResult. Every path is tried; a bad file becomes a LoadProblem and never stops the
// others. Text is decoded, made terminal-safe and cleaned of page furniture here, before any
// analysis, so every offset the core produces points into the safe body.
import {createHash} from 'node:crypto';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {LoadProblem, LoadResult} from '../core/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import {compareArticles} from '../core/article-order.js';
import {libraryDir} from './app-dirs.js';
import {assignIds, type Unnamed} from './article-order.js';
import {bundledArticlesDir} from './bundled.js';
import {decodeBytes} from './decode.js';
import {fileOf, findArticles, type Candidate} from './find-articles.js';
import {nodeFs, readLimited, type LoaderFs} from './loader-fs.js';
import {declaredCharset, decodeDeclared, sniffKind} from '../formats/kind.js';
import {prepareFor} from '../formats/markup-formats.js';
import {parseDocument} from './parse-article.js';
import {describeFsError, specialKind} from './problem-words.js';

/** Largest file read: a 20 MB article loads, a runaway log or /dev/zero does not eat memory. */
export const maxFileBytes = 64 * 1024 * 1024;

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

/** One file's outcome: an article (with notices about it) or the reason there is none. */
export type Read = {article: Unnamed; problems: LoadProblem[]; /** The other items of a feed. */ more?: Unnamed[]; /** What the document was read as (a page or feed is never listed lazily: its readers load asynchronously). */ kind?: Candidate['format']} | {problem: LoadProblem};

const limit = `riposte reads files up to ${maxFileBytes / 1024 / 1024} MB`;

/** The problem for a read that failed; a pipe that ran past the limit has no size to quote. */
export const readFailure = (shown: string, error: unknown): Read => ({
	problem: {path: shown, reason: (error as {code?: unknown}).code === 'EFBIG' ? `is larger than the limit; ${limit}` : describeFsError(error)},
});

/** Text of a page or feed in the charset it declares (a header's, when fetched, else its markup's), or null for the default decoding. */
function declaredText(bytes: Uint8Array, format: Candidate['format'], charset?: string | null): string | null {
	if (bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe) return null; // A byte-order mark decides.
	const label = charset ?? (format === 'html' || format === 'feed' || sniffKind(Buffer.from(bytes.subarray(0, 1000)).toString('latin1')) ? declaredCharset(bytes) : null);
	return decodeDeclared(bytes, label);
}

/** Decodes and parses one file's bytes into its articles (or the reason there are none); `url` and `charset` when it was fetched. */
export function toArticle(bytes: Uint8Array, shown: string, base: string, format: Candidate['format'], fetched?: {url: string; charset: string | null}): Read {
	const declared = declaredText(bytes, format, fetched?.charset);
	const decoded = declared === null ? decodeBytes(bytes) : {text: declared, notice: null};
	if ('error' in decoded) return {problem: {path: shown, reason: decoded.error}};
	try {
		// Markup saved under a text name is read as what it is.
		const kind = format === 'html' || format === 'feed' ? format : sniffKind(decoded.text) ?? format;
		const {articles, warnings: documentNotes} = parseDocument(decoded.text, kind, fetched?.url);
		// Author, tags and marks only when the file gives them: a listed article (from its head) has none, and the two must compare equal.
		const [first, ...others] = articles.map(({warnings, author, tags, marks, ...parsed}, index) => ({
			article: {...parsed, ...(author ? {author} : {}), ...(tags.length > 0 ? {tags} : {}), ...(marks.length > 0 ? {marks} : {}), base: articles.length > 1 ? `${base}-${index + 1}` : base, path: shown},
			warnings,
		}));
		const notes = [...(decoded.notice ? [decoded.notice] : []), ...documentNotes, ...first!.warnings];
		return {
			article: first!.article,
			more: others.map(other => other.article),
			kind,
			problems: notes.map(reason => ({path: shown, reason, level: 'warning' as const})),
		};
	} catch (error) {
		return {problem: {path: shown, reason: (error as Error).message}};
	}
}

// Printable ASCII holds nothing sanitizeLine would change: the test is several times cheaper
// than its replace, which the reader's loader would otherwise run twice for each of 10,000 files.
const printable = /^[\x20-\x7E]*$/;

/** `sanitizeLine` for paths and file names, which are nearly always printable ASCII. */
export const safeName = (text: string): string => (printable.test(text) ? text : sanitizeLine(text));

/** The id base of a file: its name without the article extension, display-safe. */
export const baseOf = (file: string) => safeName(path.basename(file).replace(/\.(?:md|markdown|txt|html?|xhtml|rss|atom|xml)$/i, ''));

/** How long a pipe may give nothing before the wait is shown. */
const waitNoticeMs = 400;

/** `reading`, telling `onWait` if it has not ended within a moment (a pipe whose writer has not come yet). */
async function shownWhileWaiting<T>(reading: Promise<T>, shown: string, onWait: ((shown: string) => void) | undefined): Promise<T> {
	const timer = onWait ? setTimeout(() => onWait(shown), waitNoticeMs) : undefined;
	try {
		return await reading;
	} finally {
		clearTimeout(timer);
	}
}

const readsWhat = 'riposte reads files, folders, pipes and - (standard input)';

/** Reads one whole file into an article; a pipe is read as a stream, a device or socket refused. */
export async function readCandidate(candidate: Candidate, fs: LoaderFs, onWait?: (shown: string) => void): Promise<Read> {
	const shown = sanitizeLine(candidate.path);
	try {
		const file = fileOf(candidate);
		const info = await fs.stat(file);
		// Pipes have no size up front; they are read up to the limit instead.
		if (info.isFile() && info.size > maxFileBytes) {
			return {problem: {path: shown, reason: `is ${Math.ceil(info.size / 1024 / 1024)} MB; ${limit}`}};
		}

		// A device (/dev/zero, a terminal) or a socket holds no article, and reading one could block forever.
		if (!info.isFile() && !info.isFIFO()) return {problem: {path: shown, reason: `${specialKind(info) ?? 'is not a file'}, not an article; ${readsWhat}`}};
		const bytes = info.isFile() ? await fs.readFile(file) : await shownWhileWaiting(fs.readStream(file, maxFileBytes), shown, onWait);
		await prepareFor(bytes, candidate.format);
		return toArticle(bytes, shown, baseOf(candidate.path), candidate.format);
	} catch (error) {
		return readFailure(shown, error);
	}
}

async function readStdin(options: LoadOptions): Promise<Read> {
	if (!options.readStdin && process.stdin.isTTY) {
		return {problem: {path: '-', reason: 'means standard input, but that is a terminal; pipe an article in (riposte - < article.md)'}};
	}

	try {
		const bytes = await shownWhileWaiting((options.readStdin ?? (async () => readLimited(process.stdin, maxFileBytes)))(), '-', options.onWait);
		const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
		await prepareFor(bytes, 'markdown');
		return toArticle(bytes, '-', `stdin-${hash}`, 'markdown');
	} catch (error) {
		return readFailure('-', error);
	}
}

/**
 * Reading in slices: after about `sliceMs` of reading, the loader pauses for the event loop (so a
 * reader already on screen can draw and take keys) and calls `report`, if given, with what it has read so
 * far; `partial()` builds that list (it costs a sort, so a caller that skips a report skips it).
 * Reading stops early, with what it has, once `signal` is aborted.
 */
export type Pacing = {
	sliceMs: number;
	/** The first slice's length when it differs (shorter: a first frame needs only a screenful of files). */
	firstSliceMs?: number;
	report?(partial: () => LoadResult, read: number, total: number): void;
	signal?: AbortSignal;
};

/** Runs `task` over `items`, at most `limit` at a time, keeping the results in order (unfinished ones stay holes). A task that answers at once is not awaited. */
async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => R | Promise<R>, results: Array<R | undefined>, pace?: Pace): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			// Every worker waits on the same pause, so a slice ends for all of them at once; after it,
			// the pace is asked again (another worker may have started the next slice's pause).
			let pause = pace?.();
			while (pause instanceof Promise) {
				if (!(await pause)) return;
				pause = next < items.length ? pace?.() : undefined;
			}

			if (pause === false || next >= items.length) return;
			const index = next++;
			// The reader's loader answers from its head index synchronously: an await per file would
			// cost a microtask and a promise each, ten thousand times at start-up.
			const result = task(items[index]!);
			results[index] = result instanceof Promise ? await result : result;
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

/** Between two tasks: undefined to go on, a pause to wait for first, or false to stop (the pause can also end in false). */
type Pace = () => Promise<boolean> | undefined | false;

/** A pace for `mapLimited` from a `Pacing`: a pause for the event loop after every slice, with a report before it. */
function pacer(pacing: Pacing, reads: ReadonlyArray<Read | undefined>, partial: (reads: ReadonlyArray<Read | undefined>) => LoadResult): Pace {
	let pause: Promise<boolean> | undefined;
	let since = performance.now() - pacing.sliceMs + (pacing.firstSliceMs ?? pacing.sliceMs);
	// At least one file is read between two pauses, however short the slice.
	let ran = false;
	return () => {
		if (pacing.signal?.aborted) return false;
		if (pause) return pause;
		if (!ran || performance.now() - since < pacing.sliceMs) {
			ran = true;
			return undefined;
		}

		ran = false;
		if (pacing.report) {
			let read = 0;
			for (const entry of reads) if (entry !== undefined) read++;
			pacing.report(() => partial(reads), read, reads.length);
		}

		pause = new Promise<void>(resolve => {
			setImmediate(resolve);
		}).then(() => {
			pause = undefined;
			since = performance.now();
			return !pacing.signal?.aborted;
		});
		return pause;
	};
}

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
