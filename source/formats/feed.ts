// A feed (RSS 0.9x/2.0, RDF, Atom, JSON Feed) → one article per item, through feedsmith. An item's
// full text is used when the feed carries it (content:encoded, Atom content, content_html/text);
// else its summary, marked as a summary with the address of the full article. The feed's title
// is each item's outlet.
import {parseHTML} from 'linkedom';
import {parseFeed} from 'feedsmith';
import {domText, type DomNode} from './dom-text.js';
import type {Extracted} from './html-page.js';
import {isoDay, webUrl} from './page-meta.js';

/** Most items read from one feed (a feed of news is a few dozen; an archive can be thousands). */
export const maxItems = 1000;

/** Largest feed parsed. */
export const maxFeedChars = 32 * 1024 * 1024;

/** The line a summary-only article opens with, so a reader knows it is not the article. */
export const summaryNote = (url: string | null) => `Summary from the feed; the full article is ${url ? `at ${url}` : 'not in it'}.`;

type Any = Record<string, unknown>;

const text = (value: unknown): string | null => {
	if (typeof value === 'string') return value.trim() || null;
	if (value && typeof value === 'object' && 'value' in value) return text((value as Any)['value']);
	return null;
};

/** HTML (or plain text) of an entry's content → paragraphs. */
function htmlToText(value: string): string {
	if (!/<[a-z!/]/i.test(value)) return value.replace(/\r\n?/g, '\n').trim();
	const {document} = parseHTML(`<!DOCTYPE html><html><body>${value}</body></html>`);
	return domText((document as unknown as {body: DomNode}).body);
}

const names = (value: unknown): string | null => {
	const list = Array.isArray(value) ? value : value ? [value] : [];
	const found = list.map(item => (typeof item === 'string' ? item : text((item as Any)?.['name']))).filter((name): name is string => Boolean(name));
	return found.length > 0 ? found.join(', ') : null;
};

/** The fields of one item, whatever the format (feedsmith keeps each format's own names). */
function itemFields(item: Any, format: string) {
	const dc = (item['dc'] ?? {}) as Any;
	const atom = format === 'atom';
	const link = atom
		? (item['links'] as Any[] | undefined)?.find(entry => !entry['rel'] || entry['rel'] === 'alternate')?.['href']
		: item['link'] ?? item['url'] ?? (typeof item['guid'] === 'string' ? item['guid'] : text(item['guid']));
	const full = text((item['content'] as Any | undefined)?.['encoded']) ?? (atom ? text(item['content']) : null) ?? text(item['content_html']) ?? text(item['content_text']);
	const summary = text(item['description']) ?? text(item['summary']) ?? null;
	const categories = (item['categories'] ?? item['tags'] ?? []) as unknown[];
	return {
		title: text(item['title']),
		url: webUrl(typeof link === 'string' ? link : null),
		published: isoDay(text(item['pubDate']) ?? text(item['published']) ?? text(item['date_published']) ?? text(item['updated']) ?? text(item['date_modified']) ?? (Array.isArray(dc['dates']) ? text(dc['dates'][0]) : text(dc['date']))),
		author: names(item['authors']) ?? names(dc['creators']) ?? names(item['author']) ?? names(dc['creator']),
		tags: (Array.isArray(categories) ? categories : []).map(tag => (typeof tag === 'string' ? tag : text((tag as Any)?.['name']) ?? text((tag as Any)?.['term']) ?? text((tag as Any)?.['label']))).filter((tag): tag is string => Boolean(tag)).slice(0, 50),
		full,
		summary,
	};
}

/** The items of a feed as articles (at most `maxItems`), plus notices. Throws a plain-words reason. */
export function readFeed(source: string): {articles: Extracted[]; warnings: string[]} {
	if (source.length > maxFeedChars) throw new Error(`is a feed of ${Math.ceil(source.length / 1024 / 1024)} MB; riposte reads feeds up to ${maxFeedChars / 1024 / 1024} MB`);
	let parsed: {format: string; feed: Any};
	try {
		parsed = parseFeed(source) as unknown as {format: string; feed: Any};
	} catch (error) {
		throw new Error(`is not a feed riposte can read (${(error as Error).message}); riposte reads RSS, Atom and JSON Feed`);
	}

	const {format, feed} = parsed;
	const outlet = text(feed['title']);
	const items = ((format === 'atom' ? feed['entries'] : feed['items']) ?? []) as Any[];
	const warnings: string[] = [];
	if (items.length > maxItems) warnings.push(`has ${items.length.toLocaleString('en')} items; the first ${maxItems.toLocaleString('en')} are read`);
	const articles: Extracted[] = [];
	let summaries = 0;
	for (const item of items.slice(0, maxItems)) {
		const fields = itemFields(item, format);
		const full = fields.full ? htmlToText(fields.full) : '';
		const summary = !full.trim() && fields.summary ? htmlToText(fields.summary) : '';
		if (!full.trim() && !summary.trim()) continue;
		if (summary) summaries++;
		articles.push({
			title: fields.title,
			outlet,
			published: fields.published,
			source: fields.url,
			author: fields.author,
			tags: fields.tags,
			body: full.trim() ? full : `${summaryNote(fields.url)}\n\n${summary}`,
			warnings: [],
		});
	}

	if (articles.length === 0) throw new Error(items.length === 0 ? 'is a feed with no items in it' : 'is a feed whose items have no text (no content and no summary)');
	if (summaries > 0) warnings.push(`${summaries === articles.length ? 'every item' : `${summaries} of ${articles.length} items`} carries only a summary, not the full article; fetch an item's address to read it whole`);
	return {articles, warnings};
}
