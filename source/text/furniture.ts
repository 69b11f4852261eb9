// Page furniture: lines a web page put around the article that are not the article. Rules look
// at the shape of a line, never at which article it is in, and drop whole lines only — a line
// that carries a sentence of text is never touched.
import {foldForComparison} from './fold.js';
import {isPageChrome} from './page-chrome.js';
import {photoAgencies} from './photo-agencies.js';

const agencies = new Set(photoAgencies);

/** "[ Story title Opens in new window ]": a scraped related-story link. */
const linkLine = /^\s*\[\s*[^\]\n]*opens in (?:a )?new (?:window|tab)\s*\]\s*$/i;

/** A heading that introduces a list of links ("Related stories", "Read more"). */
const relatedHeading =
	/^\s*(?:#{1,6}\s*)?(?:related(?: stories| articles| content| coverage| links| reading| topics| news)?|more stories|read more|see also)\s*:?\s*$/i;

/** A word of a credit: capitalised, a number, or a linking word ("via", "de"). */
const creditWord = /^(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’&-]*|via|de|da|del|di|van|von|la|le|al|bin|and)$/u;

/** True for a line that is only a photo credit: "Name/Pool/AFP/Getty Images". */
export function isPhotoCredit(line: string): boolean {
	let text = line.trim();
	if (text.length === 0 || text.length > 100) return false;
	if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1);
	text = text.replace(/^(?:photo(?:graph)?s?|image|credit|photographer)\s*(?::|by)\s*/i, '');
	const segments = text.split('/').map(segment => segment.trim());
	if (segments.length < 2) return false;
	const wellFormed = segments.every(segment => {
		const words = segment.split(/\s+/);
		return segment.length > 0 && words.length <= 5 && words.every(word => creditWord.test(word));
	});
	if (!wellFormed) return false;
	// Three or more name segments is a credit by shape; two need a known agency ("Reuters/Pool").
	return (
		segments.length >= 3 ||
		segments.some(segment => agencies.has(segment.toLowerCase().replace(/^via\s+/, '').replace(/\s+via\s+.*$/, '')))
	);
}

const isBlank = (line: string) => line.trim().length === 0;

/** Lines that repeat the title at the very start (a scraped headline, often twice). */
function leadingTitleLines(lines: readonly string[], title: string): Set<number> {
	const drop = new Set<number>();
	const folded = foldForComparison(title);
	if (folded.length === 0) return drop;
	for (const [index, line] of lines.entries()) {
		// Page controls above the headline ("Skip to main content", "Menu") are dropped on their own.
		if (isBlank(line) || isPageChrome(line)) continue;
		if (foldForComparison(line.replace(/^\s*#{1,6}\s+/, '')) !== folded) break;
		drop.add(index);
	}
	return drop;
}

/** Index of the next non-blank line after `from`, or -1. */
function nextNonBlank(lines: readonly string[], from: number): number {
	for (let index = from + 1; index < lines.length; index++) {
		if (!isBlank(lines[index]!)) return index;
	}
	return -1;
}

/** Which lines of an article body (split at \n) are kept once page furniture is removed, in order; `title` is the article's title. */
export function keptLines(lines: readonly string[], title: string): number[] {
	const drop = leadingTitleLines(lines, title);
	for (const [index, line] of lines.entries()) {
		if (linkLine.test(line) || isPhotoCredit(line) || isPageChrome(line)) drop.add(index);
		else if (relatedHeading.test(line)) {
			const next = nextNonBlank(lines, index);
			// Only as a heading of links, or as the last line with nothing under it.
			if (next === -1 || linkLine.test(lines[next]!)) drop.add(index);
		}
	}

	// Never empty an article: a one-line text whose only line is its title keeps it.
	if (lines.every((line, index) => drop.has(index) || isBlank(line))) return lines.map((_line, index) => index);

	const kept: number[] = [];
	let afterDrop = false;
	for (const [index, line] of lines.entries()) {
		if (drop.has(index)) {
			afterDrop = true;
			continue;
		}
		// Blank lines at the start, or a double gap left by a dropped line, are closed.
		if (isBlank(line) && (kept.length === 0 || (afterDrop && isBlank(lines[kept.at(-1)!]!)))) continue;
		if (!isBlank(line)) afterDrop = false;
		kept.push(index);
	}

	return kept;
}

/** Removes page furniture from an article body; `title` is the article's title. */
export function removeFurniture(body: string, title: string): string {
	const lines = body.split('\n');
	const kept = keptLines(lines, title);
	return kept.length === lines.length ? body : kept.map(index => lines[index]!).join('\n');
}
