// The list fields of an article (title, outlet, date, source) from the first bytes of its file,
// so the reader can list 10,000 files without reading 10,000 bodies. The same functions as the
// full parse are used, and only where the head alone decides the answer; when it does not (a
// UTF-16 file, front matter still open, no `# heading` yet) the caller reads the whole file.
import {isUtf8} from 'node:buffer';
import type {Article} from '../core/types.js';
import {sanitizeText} from '../text/sanitize.js';
import {binaryReason, decodeBytes} from './decode.js';
import {frontMatterInText, readFrontMatter, type FrontMatter} from './front-matter.js';
import {sniffKind} from '../formats/kind.js';
import {markdownHazard, markdownToText} from '../formats/markdown-text.js';
import {datelineWindow, findDateline} from '../text/dateline.js';
import {removeFurniture} from '../text/furniture.js';
import {noFields} from './front-matter-fields.js';
import {cleanField, deriveTitle, emptyReason, firstHeading, type TextFormat} from './parse-article.js';

/** The dateline of a head's text: its first lines as plain text without furniture, as the full parse reads them. */
function headDateline(raw: string, format: TextFormat, title: string): string | null {
	const cut = raw.lastIndexOf('\n', datelineWindow * 4);
	const start = cut === -1 ? raw : raw.slice(0, cut);
	let plain = start;
	try {
		if (format === 'markdown' && markdownHazard(raw) === null) plain = markdownToText(start);
	} catch {}

	return findDateline(removeFurniture(sanitizeText(plain), title).replace(/^(?:[ \t]*\n)+/, ''));
}

/** How many bytes of a file are read for its head: at least the binary probe, a few pages. */
export const headBytes = 16 * 1024;

/** What the list needs of an article, plus the notices the full parse would give for that part. */
export type Head = Pick<Article, 'title' | 'outlet' | 'published' | 'source'> & {warnings: string[]};

/** A head, the reason the file holds no article, or null when the whole file must be read to tell. */
export type HeadRead = {head: Head} | {problem: string} | null;

const isUtf16 = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Where the last line end (LF or CR) of `bytes` is, or -1. */
const lastLineEnd = (bytes: Uint8Array) => Math.max(bytes.lastIndexOf(0x0a), bytes.lastIndexOf(0x0d));

/** How many bytes are tried first: front matter and a first heading are nearly always within them. */
const quickBytes = 2048;

/**
 * `parseHead`, decoding only the first 2 KB when they decide the head and nothing later in `bytes`
 * could change it (valid UTF-8, no NUL): the same answer, with a fifth of the decoding at a cold
 * start of 10,000 files. Anything else takes the full `parseHead`.
 */
export function readHead(bytes: Uint8Array, complete: boolean, format: TextFormat): HeadRead {
	if (bytes.length > quickBytes && !isUtf16(bytes) && binaryReason(bytes) === null && isUtf8(complete ? bytes : bytes.subarray(0, lastLineEnd(bytes) + 1))) {
		const quick = parseHead(bytes.subarray(0, quickBytes), false, format);
		if (quick) return quick;
	}

	return parseHead(bytes, complete, format);
}

/** Reads the head fields from `bytes`, the first bytes of a file (`complete` when they are all of it). */
export function parseHead(bytes: Uint8Array, complete: boolean, format: TextFormat): HeadRead {
	let text = bytes;
	if (!complete) {
		if (isUtf16(bytes)) return null;
		const binary = binaryReason(bytes);
		if (binary) return {problem: binary};
		// Cut after the last line end (LF, or CR in an old Mac file): every line read is then whole,
		// as in the full text (a CR cut from its LF is a line end either way).
		const cut = lastLineEnd(bytes);
		if (cut === -1) return null;
		text = bytes.subarray(0, cut + 1);
	}

	const decoded = decodeBytes(text);
	if ('error' in decoded) return {problem: decoded.error};
	// A page or feed saved under another name is read whole, as a page or feed.
	if (format === 'html' || format === 'feed' || sniffKind(decoded.text) !== null) return null;
	let frontMatter: FrontMatter | null;
	try {
		frontMatter = format === 'markdown' ? readFrontMatter(decoded.text) : null;
	} catch (error) {
		return complete ? {problem: (error as Error).message} : null;
	}

	const raw = frontMatter ? frontMatter.body : decoded.text;
	if (raw.trim().length === 0) return complete ? {problem: emptyReason(frontMatter !== null)} : null;
	const fields = frontMatter?.fields ?? noFields();
	let title = cleanField(fields.title);
	if (title === null) {
		const safe = sanitizeText(raw);
		// A Markdown heading further down would be the title: only the whole file can tell.
		if (!complete && format === 'markdown' && firstHeading(safe) === null) return null;
		title = cleanField(deriveTitle(safe, format)) ?? 'Untitled';
	}

	// Undated: a dateline near the top dates it, found the way the full parse finds it.
	let published = fields.published;
	if (published === null) {
		if (!complete && raw.length < datelineWindow * 4) return null;
		published = headDateline(raw, format, title);
	}

	const inText = format === 'text' ? frontMatterInText(decoded.text) : null;
	const warnings = [...(frontMatter?.warnings ?? []), ...(inText ? [inText] : [])];
	return {
		head: {
			title,
			outlet: cleanField(fields.outlet),
			published,
			source: cleanField(fields.source, 500),
			warnings: decoded.notice ? [decoded.notice, ...warnings] : warnings,
		},
	};
}
