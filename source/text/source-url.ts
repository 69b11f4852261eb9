// An article's web address: its source when that is an http(s) URL (a fetched page, a feed item,
// a saved page's canonical link, front matter's `source:`/`url:`), else none.
import type {Article} from '../core/types.js';

/** The address `o` opens and the side pane shows, or null. */
export function sourceUrl(article: Pick<Article, 'source'> | undefined): string | null {
	const source = article?.source;
	return source && /^https?:\/\/\S+$/i.test(source) ? source : null;
}
