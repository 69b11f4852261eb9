// Decoded text → the parts of an Article: front matter and plain text (Markdown), the article of a
// web page, the items of a feed; a title, a safe body with page furniture removed, a date from a
// dateline when nothing else gives one. Pure: the loader adds id and path.
import type {Extracted} from '../formats/html-page.js';
import {markupFormats} from '../formats/markup-formats.js';
import type {DocumentKind} from '../formats/kind.js';
import type {Mark} from '../core/types.js';
import {markdownHazard, markdownLine, markdownToMarked} from '../formats/markdown-text.js';
import type {MarkedText} from '../formats/marked-text.js';
import {findDateline} from '../text/dateline.js';
import {isPageChrome} from '../text/page-chrome.js';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {finishBody} from './finish-body.js';
import {noFields, type FrontMatterFields} from './front-matter-fields.js';
import {frontMatterInText, readFrontMatter} from './front-matter.js';

/** Markdown may carry front matter and `# headings`; plain text is read as it stands; pages and feeds are read for their articles. */
export type TextFormat = DocumentKind;

/** An article's fields without its id and path, plus notices about what was dropped. */
export type ParsedArticle = FrontMatterFields & {title: string; body: string; marks: Mark[]; warnings: string[]};

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

/** The first `# heading` (Markdown, its inline markup read) or else the first line that is not page furniture. */
export function deriveTitle(body: string, format: TextFormat): string | null {
	if (format === 'markdown') {
		const heading = firstHeading(body);
		if (heading !== null) return markdownLine(heading);
	}

	const lines = /^[ \t]*\S.*$/gm;
	for (let found = lines.exec(body), count = 0; found && count < 50; found = lines.exec(body), count++) {
		if (!isPageChrome(found[0])) return format === 'markdown' ? markdownLine(found[0]) : found[0];
	}

	return null;
}

/** Why a file with no article text is refused. */
export function emptyReason(hasFrontMatter: boolean): string {
	return hasFrontMatter ? 'has front matter but no article text under it' : 'is empty (no text, or only white space)';
}

/** Markdown's plain text and marks, or the text as written (with a notice) when it is too long or the parser fails. */
function markdownBody(raw: string, warnings: string[]): MarkedText {
	const hazard = markdownHazard(raw);
	if (hazard) {
		warnings.push(hazard);
		return {text: raw, marks: []};
	}

	try {
		return markdownToMarked(raw);
	} catch (error) {
		warnings.push(`its Markdown could not be read (${(error as Error).message}); it is shown as written`);
		return {text: raw, marks: []};
	}
}

/**
 * Finishes extracted fields into an article: the body made display-safe first (every later
 * offset points into safe text), page furniture dropped, a title and date found when none was given.
 */
export function finishArticle(fields: Extracted, format: TextFormat, titleSource = fields.body, marks: readonly Mark[] = []): ParsedArticle {
	const title = cleanField(fields.title) ?? cleanField(deriveTitle(sanitizeText(titleSource), format)) ?? 'Untitled';
	const {body, marks: bodyMarks} = finishBody(fields.body, title, marks);
	return {
		title,
		outlet: cleanField(fields.outlet),
		published: fields.published ?? findDateline(body),
		source: cleanField(fields.source, 500),
		author: cleanField(fields.author),
		tags: fields.tags.map(tag => cleanField(tag, 60)).filter((tag): tag is string => tag !== null),
		body,
		marks: bodyMarks,
		warnings: fields.warnings,
	};
}

/** Parses decoded Markdown or plain text into article fields; throws with a plain-words reason when there is no article in it. */
export function parseArticle(text: string, format: TextFormat): ParsedArticle {
	const frontMatter = format === 'markdown' ? readFrontMatter(text) : null;
	const raw = frontMatter ? frontMatter.body : text;
	if (raw.trim().length === 0) {
		throw new Error(emptyReason(frontMatter !== null));
	}

	const inText = format === 'text' ? frontMatterInText(text) : null;
	const warnings = [...(frontMatter?.warnings ?? []), ...(inText ? [inText] : [])];
	const plain = format === 'markdown' ? markdownBody(raw, warnings) : {text: raw, marks: []};
	if (plain.text.trim().length === 0) throw new Error('has no article text (its Markdown holds only images, links to nothing or markup)');
	return finishArticle({...(frontMatter?.fields ?? noFields()), body: plain.text, warnings}, format, raw, plain.marks);
}

/** Every article in a document: one for a page or text, one an item for a feed; plus notices for the whole document. Pages and feeds need `loadMarkupFormats()` first. */
export function parseDocument(text: string, format: TextFormat, base?: string): {articles: ParsedArticle[]; warnings: string[]} {
	if (format === 'html') {
		const page = markupFormats().readHtmlPage(text, base);
		return {articles: [finishArticle(page, 'html')], warnings: []};
	}

	if (format === 'feed') {
		const feed = markupFormats().readFeed(text);
		return {articles: feed.articles.map(item => finishArticle(item, 'feed')), warnings: feed.warnings};
	}

	return {articles: [parseArticle(text, format)], warnings: []};
}
