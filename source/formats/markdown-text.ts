// Markdown → the plain text the analysis reads, through mdast-util-from-markdown (micromark,
// CommonMark): a link is its text, emphasis its words, a heading its own line, a list item a
// line with a bullet; images, raw HTML tags and link definitions go. Headings, emphasis, strong,
// code and links are kept beside the text as marks, for the reader to draw them styled. Each block becomes a
// paragraph; soft line breaks inside one are kept as they were written, so prose that has no
// Markdown in it comes out exactly as it went in (and its offsets with it).
import type {Nodes, Parents, RootContent} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {joinMarked, markAll, plainText, trimMarked, type MarkedText} from './marked-text.js';

/** Largest Markdown text parsed (about half a second of parsing); a longer one is read as it stands. */
export const maxMarkdownChars = 512 * 1024;

/**
 * Markup no article has and the parser takes quadratic time or deep recursion on: a run of 65 or
 * more emphasis marks or brackets, quotes nested 65 deep, a list item indented 100 columns.
 */
const hazard = /[*_]{65,}|\[{65,}|(?:>[ \t]*){65,}|^[ \t]{100,}(?:[-+*]|\d+[.)])[ \t]/m;

/** Why the text is not parsed as Markdown (read as written instead), or null. */
export function markdownHazard(text: string): string | null {
	if (text.length > maxMarkdownChars) return `is over ${maxMarkdownChars / 1024} KB, so its Markdown is shown as written (links and emphasis marks included)`;
	return hazard.test(text) ? 'has Markdown markup nested or repeated far beyond any article (65 or more marks in a row); it is shown as written' : null;
}

/**
 * Whether the text could hold Markdown that changes its words: emphasis, code, links, HTML,
 * entities, escapes, or a block marker at a line start. Text without any is returned unparsed,
 * which keeps plain prose byte for byte (a bracketed "[and]" in a quote is no link without "](").
 */
const markdownSyntax = /[*_`<&\\]|\]\(|\]\[|\]:|^ {0,3}(?:#|>|[-+*][ \t]|\d{1,9}[.)][ \t]|=+[ \t]*$|-{2,}[ \t]*$)|^(?: {4}|\t)/m;

/** Link addresses of reference links ("[text][ref]"), by the definition's identifier. */
type Definitions = ReadonlyMap<string, string>;

/** Every link definition in the tree (they may stand inside a quote or a list). */
function definitions(node: Nodes, out = new Map<string, string>()): Map<string, string> {
	if (node.type === 'definition' && !out.has(node.identifier)) out.set(node.identifier, node.url);
	if ('children' in node) for (const child of node.children as Nodes[]) definitions(child, out);
	return out;
}

/** The words of inline content, with emphasis, strong, code and links marked. */
function inline(node: Nodes, links: Definitions): MarkedText {
	switch (node.type) {
		case 'text': {
			return plainText(node.value);
		}

		case 'inlineCode': {
			return markAll(plainText(node.value), {kind: 'code'});
		}

		case 'break': {
			return plainText('\n');
		}

		case 'image':
		case 'imageReference':
		case 'html':
		case 'definition': {
			return plainText('');
		}

		default: {
			if (!('children' in node)) return plainText('');
			const words = joinMarked((node.children as Nodes[]).map(child => inline(child, links)));
			if (node.type === 'emphasis' || node.type === 'strong') return markAll(words, {kind: node.type});
			if (node.type === 'link') return markAll(words, {kind: 'link', url: node.url});
			if (node.type === 'linkReference') {
				const url = links.get(node.identifier);
				return url === undefined ? words : markAll(words, {kind: 'link', url});
			}

			return words;
		}
	}
}

/** Tags out of a block of raw HTML, keeping any words between them. */
const htmlWords = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim();

/** The paragraphs of a block (a list or quote has several). */
function blocks(node: RootContent, out: MarkedText[], links: Definitions): void {
	switch (node.type) {
		case 'heading': {
			const text = trimMarked(inline(node, links));
			if (text.text) out.push(markAll(text, {kind: 'heading', level: node.depth}));
			return;
		}

		case 'paragraph': {
			const text = trimMarked(inline(node, links));
			if (text.text) out.push(text);
			return;
		}

		case 'code': {
			if (node.value.trim()) out.push(markAll(plainText(node.value), {kind: 'code'}));
			return;
		}

		case 'html': {
			const words = htmlWords(node.value);
			if (words) out.push(plainText(words));
			return;
		}

		case 'list': {
			for (const item of node.children) {
				const inner: MarkedText[] = [];
				for (const child of item.children) blocks(child, inner, links);
				if (inner.length > 0) out.push(joinMarked([plainText('• '), joinMarked(inner, '\n')]));
			}

			return;
		}

		case 'blockquote': {
			for (const child of node.children) blocks(child, out, links);
			return;
		}

		case 'thematicBreak':
		case 'definition': {
			return;
		}

		default: {
			const text = 'children' in node ? trimMarked(inline(node as Parents, links)) : plainText('');
			if (text.text) out.push(text);
		}
	}
}

/** Plain text of a Markdown document (blocks separated by a blank line) and the marks its markup puts on it. Throws only on parser failure. */
export function markdownToMarked(markdown: string): MarkedText {
	if (!markdownSyntax.test(markdown)) return plainText(markdown);
	const tree = fromMarkdown(markdown);
	const links = definitions(tree);
	const out: MarkedText[] = [];
	for (const node of tree.children) blocks(node, out, links);
	return joinMarked(out, '\n\n');
}

/** Plain text of a Markdown document: blocks separated by a blank line. Throws only on parser failure. */
export function markdownToText(markdown: string): string {
	return markdownToMarked(markdown).text;
}

/** Plain words of one line of inline Markdown (a heading used as the title). */
export function markdownLine(line: string): string {
	if (!markdownSyntax.test(line) || markdownHazard(line) !== null) return line;
	try {
		return inline(fromMarkdown(line), new Map()).text.replace(/\s+/g, ' ').trim();
	} catch {
		return line;
	}
}
