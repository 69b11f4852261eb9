// One file's bytes → its articles. Text is decoded (in the charset a page or feed declares, else
// as the bytes say), made terminal-safe and cleaned of page furniture here, before any analysis,
// so every offset the core produces points into the safe body.
import type {LoadProblem} from '../core/types.js';
import {declaredCharset, decodeDeclared, sniffKind} from '../formats/kind.js';
import type {Unnamed} from './article-order.js';
import {decodeBytes} from './decode.js';
import type {Candidate} from './find-articles.js';
import {parseDocument} from './parse-article.js';

/** One file's outcome: an article (with notices about it) or the reason there is none. */
export type Read = {article: Unnamed; problems: LoadProblem[]; /** The other items of a feed. */ more?: Unnamed[]; /** What the document was read as (a page or feed is never listed lazily: its readers load asynchronously). */ kind?: Candidate['format']} | {problem: LoadProblem};

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
