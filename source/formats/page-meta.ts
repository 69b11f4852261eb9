// What a web page says about itself in its <head>: Open Graph and article meta tags, JSON-LD
// (schema.org NewsArticle and kin), <link rel=canonical>, the first <time datetime>. Read only
// from markup; nothing is fetched or run.

/** The little of a linkedom document this reads. */
export type MetaDocument = {
	querySelectorAll(selector: string): ArrayLike<{getAttribute(name: string): string | null; textContent: string | null}>;
};

/** The page's own description of itself; each field null when the page does not say. */
export type PageMeta = {title: string | null; outlet: string | null; published: string | null; author: string | null; url: string | null};

/** Largest JSON-LD block parsed (they are a few kilobytes; a huge one is skipped). */
const maxJsonLd = 256 * 1024;

const articleTypes = /Article$|^Report$|^BlogPosting$|^NewsArticle$|^WebPage$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema.org value that is text, or a thing with a name ({@type: Person, name: …}); lists are joined. */
function named(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (Array.isArray(value)) {
		const names = value.map(item => named(item)).filter((name): name is string => name !== null);
		return names.length > 0 ? names.join(', ') : null;
	}

	return isObject(value) ? named(value['name']) : null;
}

/** The JSON-LD objects of the page that describe an article (top level, in a list, or in @graph). */
function jsonLdArticles(document: MetaDocument): Json[] {
	const found: Json[] = [];
	const scripts = document.querySelectorAll('script[type="application/ld+json"]');
	for (let index = 0; index < scripts.length && index < 20; index++) {
		const text = scripts[index]!.textContent ?? '';
		if (text.length > maxJsonLd) continue;
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			continue; // A broken block is common on real pages; the meta tags may still say it.
		}

		const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
		for (const item of items) {
			if (!isObject(item)) continue;
			const type = item['@type'];
			const types = Array.isArray(type) ? type : [type];
			if (types.some(name => typeof name === 'string' && articleTypes.test(name))) found.push(item);
		}
	}

	// A NewsArticle is a better witness than the WebPage around it.
	return found.sort((a, b) => Number(String(a['@type']).includes('WebPage')) - Number(String(b['@type']).includes('WebPage')));
}

/** A date as YYYY-MM-DD: the date as written when it starts that way (its own time zone), else parsed. */
export function isoDay(value: string | null | undefined): string | null {
	if (!value) return null;
	const text = value.trim();
	const written = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (written) {
		const [year, month, day] = [Number(written[1]), Number(written[2]), Number(written[3])];
		const check = new Date(Date.UTC(year, month - 1, day));
		return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? written[0] : null;
	}

	const time = Date.parse(text);
	if (Number.isNaN(time)) return null;
	const year = new Date(time).getUTCFullYear();
	return year >= 1900 && year <= 2200 ? new Date(time).toISOString().slice(0, 10) : null;
}

/** An absolute http(s) URL, or null. */
export function webUrl(value: string | null | undefined, base?: string): string | null {
	if (!value) return null;
	try {
		const url = new URL(value.trim(), base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** Reads the page's metadata; `base` resolves a relative canonical link (the address it was fetched from). */
export function pageMeta(document: MetaDocument, base?: string): PageMeta {
	const meta = (...names: string[]) => {
		for (const name of names) {
			const found = document.querySelectorAll(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
			for (let index = 0; index < found.length; index++) {
				const content = found[index]!.getAttribute('content')?.trim();
				if (content) return content;
			}
		}

		return null;
	};

	const ld = jsonLdArticles(document);
	const fromLd = (pick: (item: Json) => unknown) => {
		for (const item of ld) {
			const value = named(pick(item));
			if (value) return value;
		}

		return null;
	};

	const time = document.querySelectorAll('time[datetime]');
	const canonical = document.querySelectorAll('link[rel="canonical"]');
	// An article:author that is a profile link is no name.
	const metaAuthor = [meta('author', 'article:author', 'parsely-author', 'byl', 'dc.creator')].find(value => value && !/^https?:/.test(value)) ?? null;
	return {
		title: fromLd(item => item['headline']) ?? meta('og:title', 'twitter:title', 'headline'),
		outlet: meta('og:site_name', 'application-name') ?? fromLd(item => item['publisher']),
		published:
			isoDay(meta('article:published_time', 'datePublished', 'pubdate', 'publish-date', 'parsely-pub-date', 'dc.date', 'date'))
			?? isoDay(fromLd(item => item['datePublished']))
			?? isoDay(time.length > 0 ? time[0]!.getAttribute('datetime') : null),
		author: fromLd(item => item['author']) ?? metaAuthor?.replace(/^by\s+/i, '') ?? null,
		url: webUrl(canonical.length > 0 ? canonical[0]!.getAttribute('href') : null, base) ?? webUrl(meta('og:url'), base) ?? webUrl(fromLd(item => item['url']), base),
	};
}
