// Ids for a set of loaded articles. They depend only on the articles, not on the order files
// happened to be read in, so ids are the same on every run (the order is core/article-order).
import type {Article} from '../core/types.js';

/** An article before it has its final id: `base` is the file name without extension. */
export type Unnamed = Omit<Article, 'id'> & {base: string};

/** Gives each article its base as id, adding -2, -3… (by path) where bases repeat. */
export function assignIds(articles: Unnamed[]): Article[] {
	const byPath = [...articles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const taken = new Set(byPath.map(article => article.base));
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

/** The article with `id` in place of `base`; copied by property descriptor so a lazily read body stays lazy. */
function withId(article: Unnamed, id: string): Article {
	if (Object.getOwnPropertyDescriptor(article, 'body')?.get === undefined) {
		const {base: _base, ...rest} = article;
		return {id, ...rest};
	}

	// Every Article field is listed: the lazy-body tests compare these articles with loaded ones.
	const {path, title, outlet, published, source} = article;
	return {
		id, path, title, outlet, published, source,
		get body() {
			return article.body;
		},
	};
}
