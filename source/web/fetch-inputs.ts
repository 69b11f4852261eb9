// The addresses among the command line's inputs, fetched and kept: each page, or each item of a
// feed, is written into the library as a Markdown file, and the input is replaced by those
// files, so the reader and export read them like any other (and find them again offline). A
// fetch that fails becomes a problem naming the address; the other inputs are untouched.
import type {LoadProblem} from '../core/types.js';
import {sniffKind} from '../formats/kind.js';
import {prepareFor} from '../formats/markup-formats.js';
import {toArticle} from '../io/to-article.js';
import {sanitizeLine} from '../text/sanitize.js';
import {defaultLimits, fetchUrl, looksLikeUrl, type FetchLimits} from './fetch-url.js';
import {keepInLibrary} from './library-file.js';

/** Where fetched articles go, and seams for tests. */
export type FetchOptions = {libraryDir: string; limits?: FetchLimits; now?: () => Date};

/** The inputs with each address replaced by the files it was kept as, and what went wrong. */
export type Resolved = {paths: string[]; problems: LoadProblem[]; fetched: number};

/** How many addresses are fetched at once. */
const parallel = 4;

/** Fetches one address and keeps its articles; returns their files and its problems. */
async function fetchOne(address: string, options: FetchOptions): Promise<{files: string[]; problems: LoadProblem[]}> {
	const shown = sanitizeLine(address);
	try {
		const fetched = await fetchUrl(address, options.limits ?? defaultLimits);
		const head = new TextDecoder().decode(fetched.bytes.subarray(0, 4000));
		if (fetched.kind === null && sniffKind(head) === null) {
			return {files: [], problems: [{path: shown, reason: `is ${fetched.contentType.split(';')[0] || 'a document of no stated type'} that is neither a web page nor a feed; riposte reads HTML pages, RSS, Atom and JSON Feed`}]};
		}

		await prepareFor(fetched.bytes, fetched.kind ?? 'text');
		const read = toArticle(fetched.bytes, shown, 'fetched', fetched.kind ?? 'text', {url: fetched.url, charset: fetched.charset});
		if ('problem' in read) return {files: [], problems: [read.problem]};
		const when = (options.now ?? (() => new Date()))();
		const files: string[] = [];
		for (const article of [read.article, ...(read.more ?? [])]) files.push(keepInLibrary(options.libraryDir, article, fetched.url, when));
		// A notice about the document itself (a summary-only feed) is kept; per-file notices come again when the files are read.
		return {files, problems: read.problems.filter(problem => !/^is not valid UTF-8/.test(problem.reason))};
	} catch (error) {
		const reason = (error as Error).message;
		// A write into the library that failed is said as such; the rest are the fetch's own words.
		const code = (error as {code?: string}).code;
		return {files: [], problems: [{path: shown, reason: code ? `was fetched but could not be kept in the library ${sanitizeLine(options.libraryDir)} (${code})` : reason}]};
	}
}

/** Replaces every address in `inputs` by the library files of what it gave; paths stay as they are, in order. */
export async function resolveInputs(inputs: string[], options: FetchOptions): Promise<Resolved> {
	const addresses = [...new Set(inputs.filter(input => looksLikeUrl(input)))];
	if (addresses.length === 0) return {paths: inputs, problems: [], fetched: 0};
	const results = new Map<string, {files: string[]; problems: LoadProblem[]}>();
	let next = 0;
	const worker = async () => {
		while (next < addresses.length) {
			const address = addresses[next++]!;
			results.set(address, await fetchOne(address, options));
		}
	};

	await Promise.all(Array.from({length: Math.min(parallel, addresses.length)}, worker));
	const paths = inputs.flatMap(input => (looksLikeUrl(input) ? results.get(input)!.files : [input]));
	const problems = [...results.values()].flatMap(result => result.problems);
	return {paths, problems, fetched: [...results.values()].reduce((sum, result) => sum + result.files.length, 0)};
}
