// Markdown → the plain text the analysis reads, through mdast-util-from-markdown (micromark,
// CommonMark): a link is its text, emphasis its words, a heading its own line, a list item a
// line with a bullet; images, raw HTML tags and link definitions go. Each block becomes a
// paragraph; soft line breaks inside one are kept as they were written, so prose that has no
// Markdown in it comes out exactly as it went in (and its offsets with it).
import type {Nodes, Parents, RootContent} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';

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

/** The words of inline content. */
function inline(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode': {
			return node.value;
		}

		case 'break': {
			return '\n';
		}

		case 'image':
		case 'imageReference':
		case 'html':
		case 'definition': {
			return '';
		}

		default: {
			return 'children' in node ? (node.children as Nodes[]).map(child => inline(child)).join('') : '';
		}
	}
}

/** Tags out of a block of raw HTML, keeping any words between them. */
const htmlWords = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim();

/** The paragraphs of a block (a list or quote has several). */
function blocks(node: RootContent, out: string[]): void {
	switch (node.type) {
		case 'heading':
		case 'paragraph': {
			const text = inline(node).trim();
			if (text) out.push(text);
			return;
		}

		case 'code': {
			if (node.value.trim()) out.push(node.value);
			return;
		}

		case 'html': {
			const words = htmlWords(node.value);
			if (words) out.push(words);
			return;
		}

		case 'list': {
			for (const item of node.children) {
				const inner: string[] = [];
				for (const child of item.children) blocks(child, inner);
				if (inner.length > 0) out.push(`• ${inner.join('\n')}`);
			}

			return;
		}

		case 'blockquote': {
			for (const child of node.children) blocks(child, out);
			return;
		}

		case 'thematicBreak':
		case 'definition': {
			return;
		}

		default: {
			const text = 'children' in node ? inline(node as Parents).trim() : '';
			if (text) out.push(text);
		}
	}
}

/** Plain text of a Markdown document: blocks separated by a blank line. Throws only on parser failure. */
export function markdownToText(markdown: string): string {
	if (!markdownSyntax.test(markdown)) return markdown;
	const out: string[] = [];
	for (const node of fromMarkdown(markdown).children) blocks(node, out);
	return out.join('\n\n');
}

/** Plain words of one line of inline Markdown (a heading used as the title). */
export function markdownLine(line: string): string {
	if (!markdownSyntax.test(line) || markdownHazard(line) !== null) return line;
	try {
		return inline(fromMarkdown(line)).replace(/\s+/g, ' ').trim();
	} catch {
		return line;
	}
}
