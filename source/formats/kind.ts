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
	const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
	const found = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
	return found ? found[1]!.toLowerCase() : null;
}

/** windows-1252's characters for bytes 0x80–0x9F (the rest are Latin-1); 0 marks the five it leaves undefined. */
const cp1252High = [0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178];

/** The labels WHATWG reads as windows-1252 (Latin-1 and ASCII among them). */
const cp1252Labels = /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/i;

/** windows-1252 by table: Node 20's TextDecoder gives nothing for it. */
function decodeCp1252(bytes: Uint8Array): string {
	let text = '';
	for (let start = 0; start < bytes.length; start += 8192) {
		const codes = Array.from(bytes.subarray(start, start + 8192), byte => (byte >= 0x80 && byte <= 0x9F ? cp1252High[byte - 0x80] || 0xFFFD : byte));
		text += String.fromCharCode(...codes);
	}

	return text;
}

/** Decodes bytes in a declared charset; null when the label is unknown or UTF-8 (the default decoder handles it). */
export function decodeDeclared(bytes: Uint8Array, label: string | null): string | null {
	if (!label || /^utf-?8$/i.test(label)) return null;
	if (cp1252Labels.test(label)) return decodeCp1252(bytes).replace(/\r\n?/g, '\n');
	try {
		return new TextDecoder(label).decode(bytes).replace(/\r\n?/g, '\n');
	} catch {
		return null;
	}
}
