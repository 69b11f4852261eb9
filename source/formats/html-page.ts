// A saved or fetched web page → its article: linkedom builds the DOM (it runs no script and loads
// nothing), Mozilla's Readability (Firefox's reader view) finds the article in it, and the page's
// own metadata gives title, outlet, date, author and canonical address. A page Readability finds
// no article in is read whole, less navigation and scripts, with a notice.
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {FrontMatterFields} from '../io/front-matter-fields.js';
import {domText, type DomNode} from './dom-text.js';
import {isoDay, pageMeta, type MetaDocument} from './page-meta.js';

/** Article fields in plain (not yet display-safe) text, plus notices. */
export type Extracted = Omit<FrontMatterFields, 'title'> & {title: string | null; body: string; warnings: string[]};

/** Largest page parsed: a news page is well under 2 MB of markup. */
export const maxPageChars = 8 * 1024 * 1024;

/** Deepest nesting handed to Readability: its walks grow with depth × size, so a page 50,000 deep took most of a minute. */
const maxDepth = 400;

/** How deep the element tree goes, walked with a stack (no recursion), stopping once past `limit`. */
function depthOver(root: DomNode, limit: number): boolean {
	const stack: Array<[DomNode, number]> = [[root, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > limit) return true;
		const children = node.childNodes;
		for (let index = 0; index < children.length; index++) if (children[index]!.nodeType === 1) stack.push([children[index]!, depth + 1]);
	}

	return false;
}

/** Most elements Readability scores before it gives up (a page with more is not an article page). */
const maxElements = 100_000;

type LinkedDocument = DomNode & {body: DomNode | null; title: string; querySelectorAll(selector: string): ArrayLike<DomNode & {remove(): void; getAttribute(name: string): string | null; textContent: string | null}>};

/** Reads one page's article; `base` is the address it came from, when fetched. Throws a plain-words reason. */
export function readHtmlPage(html: string, base?: string): Extracted {
	if (html.length > maxPageChars) {
		throw new Error(`is a web page of ${Math.ceil(html.length / 1024 / 1024)} MB; riposte reads pages up to ${maxPageChars / 1024 / 1024} MB (save the article alone, or copy its text from the browser's reader view)`);
	}

	let document: LinkedDocument;
	try {
		document = parseHTML(html).document as unknown as LinkedDocument;
	} catch (error) {
		throw new Error(`could not be read as a web page (${(error as Error).message})`);
	}

	const meta = pageMeta(document as unknown as MetaDocument, base);
	const warnings: string[] = [];
	let body = '';
	let readabilityTitle: string | null = null;
	let byline: string | null = null;
	const tooDeep = depthOver(document, maxDepth);
	if (tooDeep) warnings.push(`reader view was not used: the page is nested more than ${maxDepth} elements deep; the page's whole text is shown`);
	else try {
		// Readability changes the document it is given; the metadata was read before.
		const article = new Readability<DomNode>(document as never, {maxElemsToParse: maxElements, serializer: node => node as DomNode}).parse();
		if (article?.content) {
			body = domText(article.content);
			readabilityTitle = article.title ?? null;
			byline = article.byline ?? null;
			meta.outlet ??= article.siteName ?? null;
			meta.published ??= isoDay(article.publishedTime);
		}
	} catch (error) {
		// Too many elements, or nesting deeper than the stack: say so and fall back to the whole page.
		const reason = error instanceof RangeError ? 'it is nested too deeply' : /Aborting parsing/.test(String((error as Error).message)) ? `it has more than ${maxElements.toLocaleString('en')} elements` : (error as Error).message;
		warnings.push(`reader view could not find the article (${reason}); the page's whole text is shown`);
	}

	if (!body.trim()) {
		// Readability changed the document it read; one it never read is used as it is.
		const fresh = tooDeep ? document : (parseHTML(html).document as unknown as LinkedDocument);
		for (const furniture of Array.from(fresh.querySelectorAll('nav, header, footer, aside, script, style, form'))) furniture.remove();
		body = domText(fresh.body ?? fresh);
		if (body.trim() && warnings.length === 0) warnings.push("reader view found no article in this page; the page's whole text is shown");
	}

	if (!body.trim()) throw new Error('is a web page with no text in it');
	return {
		title: meta.title ?? readabilityTitle ?? (document.title || null),
		outlet: meta.outlet,
		published: meta.published,
		source: meta.url ?? base ?? null,
		author: meta.author ?? byline?.replace(/^by\s+/i, '') ?? null,
		tags: [],
		body,
		warnings,
	};
}
