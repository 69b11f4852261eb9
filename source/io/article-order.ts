// Ids for a set of loaded articles. They depend only on the articles, not on the order files
// happened to be read in, so ids are the same on every run (the order is core/article-order).
import type {Article} from '../core/types.js';

/** An article before it has its final id: `base` is the file name without extension. */
export type Unnamed = Omit<Article, 'id'> & {base: string};

/** An article that takes its id in place (a lazily read one, so its body stays unread). */
type SelfNaming = Unnamed & {named(id: string): Article};

const selfNaming = (article: Unnamed): article is SelfNaming => typeof (article as Partial<SelfNaming>).named === 'function';

/** The article with `id` in place of `base`. */
const withId = (article: Unnamed, id: string): Article => {
	if (selfNaming(article)) return article.named(id);
	const {base: _base, ...rest} = article;
	return {id, ...rest};
};

/** Gives each article its base as id, adding -2, -3… (by path) where bases repeat. The result is in no particular order. */
export function assignIds(articles: Unnamed[]): Article[] {
	const taken = new Set(articles.map(article => article.base));
	// Every base distinct (the usual case): each is its own id, and no sort by path is needed.
	if (taken.size === articles.length) return articles.map(article => withId(article, article.base));
	const byPath = [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const used = new Set<string>();
	return byPath.map(article => {
		const {base} = article;
		let id = base;
		for (let n = 2; used.has(id); n++) {
			id = `${base}-${n}`;
			if (taken.has(id)) id = base; // Another file owns that name; keep counting.
		}

		used.add(id);
		return withId(article, id);
	});
}
