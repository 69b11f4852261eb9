// One address → its bytes, with Node's fetch: http and https only, a time limit for the whole
// exchange, a size cap that stops reading (not just refuses afterwards), at most five redirects
// followed by hand (so each hop is checked), and every failure in words that name the cause.
import type {DocumentKind} from '../formats/kind.js';

/** What was fetched: the address it ended at, its bytes, and what the server said it is. */
export type Fetched = {url: string; bytes: Uint8Array; kind: DocumentKind | null; charset: string | null; contentType: string};

/** Limits of one fetch. */
export type FetchLimits = {timeoutMs: number; maxBytes: number; maxRedirects: number};

export const defaultLimits: FetchLimits = {timeoutMs: 20_000, maxBytes: 8 * 1024 * 1024, maxRedirects: 5};

/** Whether a command-line argument is meant as an address rather than a path. */
export const looksLikeUrl = (argument: string) => /^[a-z][a-z\d+.-]*:\/\//i.test(argument);

/** The kind a content type names, or null (then the bytes decide). */
export function kindOfType(contentType: string): DocumentKind | null {
	const type = contentType.split(';')[0]!.trim().toLowerCase();
	if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
	if (/^application\/(?:rss|atom|rdf|feed)\+(?:xml|json)$/.test(type)) return 'feed';
	if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
	if (type === 'text/plain') return 'text';
	return null;
}

/** Types that may be a feed or a page, decided by the bytes (application/xml, application/json). */
const sniffedTypes = /^(?:application|text)\/(?:xml|json)$|^application\/octet-stream$|^$/;

/** Why a network error happened, in words (Node's fetch puts the system error in `cause`). */
function networkReason(error: unknown, timeoutMs: number): string {
	const name = (error as {name?: string}).name;
	if (name === 'TimeoutError' || name === 'AbortError') return `did not answer within ${timeoutMs / 1000} seconds`;
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	switch (cause?.code) {
		case 'ENOTFOUND':
		case 'EAI_AGAIN': {
			return 'could not be found (no such host, or no network)';
		}

		case 'ECONNREFUSED': {
			return 'refused the connection (is the server running?)';
		}

		case 'ECONNRESET': {
			return 'closed the connection before answering';
		}

		default: {
			return `could not be fetched (${cause?.message ?? (error as Error).message})`;
		}
	}
}

/** Reads a response body up to `max` bytes; throws once it is over. */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length'));
	if (declared > max) throw new Error(`is ${Math.ceil(declared / 1024 / 1024)} MB; riposte fetches pages and feeds up to ${max / 1024 / 1024} MB`);
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of response.body ?? []) {
		size += chunk.length;
		if (size > max) throw new Error(`is larger than ${max / 1024 / 1024} MB; riposte fetches pages and feeds up to that size`);
		chunks.push(chunk);
	}

	return Buffer.concat(chunks);
}

/** Fetches `address`; throws an Error whose message completes "<address> …". */
export async function fetchUrl(address: string, limits: FetchLimits = defaultLimits): Promise<Fetched> {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new Error('is not a valid web address');
	}

	const signal = AbortSignal.timeout(limits.timeoutMs);
	for (let hops = 0; ; hops++) {
		if (url.protocol !== 'http:' && url.protocol !== 'https:') {
			throw new Error(hops === 0 ? `is a ${url.protocol.slice(0, -1)}: address; riposte fetches only http and https addresses (for a file, give its path)` : `redirects to ${url.protocol.slice(0, -1)}:, which riposte does not fetch`);
		}

		let response: Response;
		try {
			response = await fetch(url, {redirect: 'manual', signal, headers: {accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5', 'user-agent': 'riposte (terminal news reader)'}});
		} catch (error) {
			throw new Error(networkReason(error, limits.timeoutMs));
		}

		if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
			await response.body?.cancel();
			if (hops >= limits.maxRedirects) throw new Error(`was redirected more than ${limits.maxRedirects} times (a redirect loop?); nothing was read`);
			url = new URL(response.headers.get('location')!, url);
			continue;
		}

		if (!response.ok) {
			await response.body?.cancel();
			throw new Error(`answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; nothing was read`);
		}

		const contentType = response.headers.get('content-type') ?? '';
		const kind = kindOfType(contentType);
		if (kind === null && !sniffedTypes.test(contentType.split(';')[0]!.trim().toLowerCase())) {
			await response.body?.cancel();
			throw new Error(`is ${contentType.split(';')[0]}, not a web page, feed or text; riposte reads HTML pages, RSS, Atom and JSON Feed`);
		}

		let bytes: Uint8Array;
		try {
			bytes = await readCapped(response, limits.maxBytes);
		} catch (error) {
			throw new Error((error as Error).name === 'TimeoutError' || signal.aborted ? `did not finish sending within ${limits.timeoutMs / 1000} seconds` : (error as Error).message);
		}

		const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? null;
		return {url: url.href, bytes, kind, charset, contentType};
	}
}
