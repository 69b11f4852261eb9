// A DOM tree (linkedom's) → plain paragraphs: a block element (p, h1–h6, li, blockquote, …)
// ends a paragraph, <br> ends a line, a list item gets a bullet, and what is never article text
// (scripts, styles, forms, images, navigation) is left out. The walk uses its own stack, so a page
// nested 100,000 elements deep cannot overflow the call stack.

/** The little of a DOM node this walk reads (linkedom's nodes have it). */
export type DomNode = {
	nodeType: number;
	nodeName: string;
	nodeValue?: string | null;
	childNodes: ArrayLike<DomNode>;
};

const textNode = 3;
const elementNode = 1;

/** Elements whose content is never article text. */
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'HEAD', 'TITLE', 'META', 'LINK']);

/** Elements that stand as paragraphs of their own. */
const blocks = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'HR', 'ADDRESS', 'BODY', 'HTML']);

/** Most characters taken from one page (a 64 MB page of text is not an article to analyse). */
export const maxTextChars = 4 * 1024 * 1024;

/** The text of `root` as paragraphs separated by blank lines. */
export function domText(root: DomNode): string {
	const paragraphs: string[] = [];
	let line = '';
	let size = 0;
	const flush = () => {
		const text = line.replace(/[ \t\u00A0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
		if (text) {
			paragraphs.push(text);
			size += text.length;
		}
		line = '';
	};

	// Each entry is a node to enter, or (exit) a block whose end closes its paragraph.
	const stack: Array<{node: DomNode; exit: boolean; pre: boolean}> = [{node: root, exit: false, pre: false}];
	while (stack.length > 0 && size < maxTextChars) {
		const {node, exit, pre} = stack.pop()!;
		if (exit) {
			flush();
			continue;
		}

		if (node.nodeType === textNode) {
			const value = node.nodeValue ?? '';
			line += pre ? value : value.replace(/\s+/g, ' ');
			continue;
		}

		if (node.nodeType !== elementNode && node.nodeType !== 9 && node.nodeType !== 11) continue;
		const name = node.nodeName.toUpperCase();
		if (skipped.has(name)) continue;
		if (name === 'BR') {
			line += '\n';
			continue;
		}

		const block = blocks.has(name);
		if (block) {
			flush();
			stack.push({node, exit: true, pre});
			if (name === 'LI') line = '• ';
		}

		const inner = pre || name === 'PRE';
		const children = node.childNodes;
		for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!, exit: false, pre: inner});
	}

	flush();
	return paragraphs.filter(paragraph => paragraph !== '•').join('\n\n');
}
