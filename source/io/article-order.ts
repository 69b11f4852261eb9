// Ids and order for a set of loaded articles. Both depend only on the articles, not on the
// order files happened to be read in, so the list is the same on every run.
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

/** Newest first by published date (undated last), then by title, then by id. */
export function compareArticles(a: Article, b: Article): number {
	if (a.published !== b.published) {
		if (a.published === null) return 1;
		if (b.published === null) return -1;
		return a.published < b.published ? 1 : -1;
	}

	return a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
