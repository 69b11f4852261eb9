// Decoded text → the parts of an Article: front matter (Markdown only), a title, a safe body
// with page furniture removed. Pure: the loader adds id and path.
import {removeFurniture} from '../text/furniture.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {readFrontMatter, type FrontMatterFields} from './front-matter.js';

/** Markdown may carry front matter and `# headings`; plain text is read as it stands. */
export type TextFormat = 'markdown' | 'text';

/** An article's fields without its id and path, plus notices about what was dropped. */
export type ParsedArticle = FrontMatterFields & {title: string; body: string; warnings: string[]};

/** Longest title kept; a 1 MB first line must not become a 1 MB title. */
const maxTitle = 200;

/** Makes a one-line field safe, trims it, and keeps it short; empty becomes null. */
export function cleanField(value: string | null, max = maxTitle): string | null {
	if (value === null) return null;
	const line = sanitizeLine(value).replace(/ {2,}/g, ' ').trim();
	if (line.length === 0) return null;
	if (line.length <= max) return line;
	// Never cut between the two halves of a surrogate pair (an emoji would become U+D83D alone).
	const cut = line.slice(0, /[\uD800-\uDBFF]/.test(line[max - 2] ?? '') ? max - 2 : max - 1);
	const space = cut.lastIndexOf(' ');
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function trimClosingHashes(line: string): string {
	let end = line.length;
	while (end > 0 && ' \t#'.includes(line[end - 1]!)) end--;
	return end > 0 ? line.slice(0, end) : line;
}

/** The first `# heading` line's text, or null. */
export function firstHeading(body: string): string | null {
	const heading = /^#[ \t]+(.*\S.*)$/m.exec(body);
	// Closing hashes ("# Title #") are trimmed by hand: a regex for it backtracks on long lines.
	return heading ? trimClosingHashes(heading[1]!) : null;
}

/** The first `# heading` (Markdown) or else the first non-empty line. */
export function deriveTitle(body: string, format: TextFormat): string | null {
	if (format === 'markdown') {
		const heading = firstHeading(body);
		if (heading !== null) return heading;
	}

	const line = /^[ \t]*\S.*$/m.exec(body);
	return line ? line[0] : null;
}

/** Why a file with no article text is refused. */
export function emptyReason(hasFrontMatter: boolean): string {
	return hasFrontMatter ? 'has front matter but no article text under it' : 'is empty (no text, or only white space)';
}

/** Parses decoded text into article fields; throws with a plain-words reason when there is no article in it. */
export function parseArticle(text: string, format: TextFormat): ParsedArticle {
	const frontMatter = format === 'markdown' ? readFrontMatter(text) : null;
	const raw = frontMatter ? frontMatter.body : text;
	if (raw.trim().length === 0) {
		throw new Error(emptyReason(frontMatter !== null));
	}

	// Sanitise before anything else reads the body, so every later offset points into safe text.
	const safe = sanitizeText(raw);
	const fields = frontMatter?.fields ?? {title: null, outlet: null, published: null, source: null};
	const title = cleanField(fields.title) ?? cleanField(deriveTitle(safe, format)) ?? 'Untitled';
	const body = removeFurniture(safe, title).replace(/^(?:[ \t]*\n)+/, '').trimEnd();
	return {
		title,
		outlet: cleanField(fields.outlet),
		published: fields.published,
		source: cleanField(fields.source, 500),
		body,
		warnings: frontMatter?.warnings ?? [],
	};
}
