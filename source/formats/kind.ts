// What a document is, from its first characters (a saved page named `article.txt`, a feed piped
// to standard input), and the character set its markup declares when it is not UTF-8.

/** The kinds of document riposte reads. */
export type DocumentKind = 'markdown' | 'text' | 'html' | 'feed';

/** The kind by file name: null when the name says nothing riposte reads. */
export function kindOfName(name: string): DocumentKind | null {
	if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
	if (/\.txt$/i.test(name)) return 'text';
	if (/\.(?:html?|xhtml)$/i.test(name)) return 'html';
	if (/\.(?:rss|atom|xml)$/i.test(name)) return 'feed';
	return null;
}

/**
 * The kind the text's start shows (markup or a JSON Feed), or null when it looks like prose.
 * Only the first 1,000 characters are looked at.
 */
export function sniffKind(text: string): 'html' | 'feed' | null {
	const head = text.slice(0, 1000).replace(/^\uFEFF/, '').trimStart();
	if (/^<!doctype html|^<html[\s>]/i.test(head)) return 'html';
	if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head) || /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
	if (/^<\?xml/i.test(head) && /<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4000))) return 'feed';
	if (/^<\?xml[^>]*>\s*<html/i.test(head)) return 'html';
	if (head.startsWith('{') && /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 4000))) return 'feed';
	return null;
}

/** The encoding a page or feed declares in its first bytes (<meta charset>, http-equiv, <?xml encoding>), lower case. */
export function declaredCharset(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	const found = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
	return found ? found[1]!.toLowerCase() : null;
}

/** Decodes bytes in a declared charset; null when the label is unknown or UTF-8 (the default decoder handles it). */
export function decodeDeclared(bytes: Uint8Array, label: string | null): string | null {
	if (!label || /^utf-?8$/i.test(label)) return null;
	try {
		return new TextDecoder(label).decode(bytes).replace(/\r\n?/g, '\n');
	} catch {
		return null;
	}
}
