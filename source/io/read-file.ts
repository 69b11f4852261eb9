// Reading one file, or standard input, whole into an article: the size limit, pipes read as a
// stream (with a word when one gives nothing for a moment), devices and sockets refused, and
// the safe names and id bases the list shows.
import {createHash} from 'node:crypto';
import path from 'node:path';
import {prepareFor} from '../formats/markup-formats.js';
import {sanitizeLine} from '../text/sanitize.js';
import {fileOf, type Candidate} from './find-articles.js';
import type {LoadOptions} from './load-articles.js';
import {readLimited, type LoaderFs} from './loader-fs.js';
import {describeFsError, specialKind} from './problem-words.js';
import {toArticle, type Read} from './to-article.js';

/** Largest file read: a 20 MB article loads, a runaway log or /dev/zero does not eat memory. */
export const maxFileBytes = 64 * 1024 * 1024;

const limit = `riposte reads files up to ${maxFileBytes / 1024 / 1024} MB`;

/** The problem for a read that failed; a pipe that ran past the limit has no size to quote. */
export const readFailure = (shown: string, error: unknown): Read => ({
	problem: {path: shown, reason: (error as {code?: unknown}).code === 'EFBIG' ? `is larger than the limit; ${limit}` : describeFsError(error)},
});

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

/** Reads standard input whole into an article (a terminal there holds none). */
export async function readStdin(options: LoadOptions): Promise<Read> {
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
