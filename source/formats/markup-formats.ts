// Pages and feeds need linkedom, Readability and feedsmith, which take tens of milliseconds to set
// up: they are loaded the first time a page or feed is met (every such document is read through
// an asynchronous path first), not at start-up, so opening Markdown and text costs nothing more.
import {sniffKind, type DocumentKind} from './kind.js';

type Markup = typeof import('./markup-readers.js');

let loaded: Markup | undefined;

/** Whether bytes to be read as `format` are a page or feed (by format, or by how they start). */
export function needsMarkup(bytes: Uint8Array, format: DocumentKind): boolean {
	if (format === 'html' || format === 'feed') return true;
	const head = bytes.subarray(0, 4000);
	const text = head[0] === 0xff && head[1] === 0xfe ? new TextDecoder('utf-16le').decode(head) : head[0] === 0xfe && head[1] === 0xff ? new TextDecoder('utf-16be').decode(head) : Buffer.from(head).toString('latin1');
	return sniffKind(text) !== null;
}

/** Loads the readers when `bytes` need them; a caller awaits this before `toArticle`. */
export async function prepareFor(bytes: Uint8Array, format: DocumentKind): Promise<void> {
	if (!loaded && needsMarkup(bytes, format)) await loadMarkupFormats();
}

/** Loads the page and feed readers (once). */
export async function loadMarkupFormats(): Promise<Markup> {
	loaded ??= await import('./markup-readers.js');
	return loaded;
}

/** The readers, once loaded; throws if a caller skipped `loadMarkupFormats` (a bug, not bad input). */
export function markupFormats(): Markup {
	if (!loaded) throw new Error('could not be read: the web page and feed readers were not loaded (this is a riposte bug)');
	return loaded;
}
