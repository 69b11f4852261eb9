// A fetched article as a Markdown file in the library: YAML front matter (written by the `yaml`
// package, so any title quotes safely) with title, outlet, published, author, tags, the source
// address and when it was fetched; then the body, written by mdast-util-to-markdown with every
// character Markdown would read as markup escaped, so reading the file back gives the same text.
import {createHash} from 'node:crypto';
import {readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {toMarkdown} from 'mdast-util-to-markdown';
import type {Root} from 'mdast';
import {stringify} from 'yaml';
import {writeFileAtomic} from '../io/atomic-write.js';

/** The fields of a fetched article that its file keeps. */
export type Keepable = {
	title: string;
	outlet: string | null;
	published: string | null;
	author?: string | null;
	tags?: string[];
	source: string | null;
	body: string;
};

/** The file's text. */
export function libraryMarkdown(article: Keepable, url: string, fetched: Date): string {
	const fields: Record<string, unknown> = {title: article.title};
	if (article.outlet) fields['outlet'] = article.outlet;
	if (article.published) fields['published'] = article.published;
	if (article.author) fields['author'] = article.author;
	if (article.tags && article.tags.length > 0) fields['tags'] = article.tags;
	fields['source'] = article.source ?? url;
	fields['fetched'] = fetched.toISOString();
	const tree: Root = {type: 'root', children: article.body.split(/\n{2,}/).map(paragraph => ({type: 'paragraph', children: [{type: 'text', value: paragraph}]}))};
	return `---\n${stringify(fields, {lineWidth: 0})}---\n\n${toMarkdown(tree)}`;
}

/** A short, readable, stable file name for an address: host, a slug of its title, and a hash of the address. */
function fileName(address: string, title: string): {name: string; key: string} {
	const key = createHash('sha256').update(address).digest('hex').slice(0, 10);
	let host = 'article';
	try {
		host = new URL(address).hostname.replace(/^www\./, '');
	} catch {}

	const slug = title.normalize('NFKD').toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/^-|-$/g, '').slice(0, 50).replace(/-$/, '');
	return {name: `${[host, slug].filter(Boolean).join('-').replace(/[^\w.-]/g, '-')}-${key}.md`, key};
}

/** Writes `article` into `dir`, replacing the file an earlier fetch of the same address wrote; returns its path. */
export function keepInLibrary(dir: string, article: Keepable, url: string, fetched: Date): string {
	const address = article.source ?? url;
	const {name, key} = fileName(address, article.title);
	let earlier: string[] = [];
	try {
		earlier = readdirSync(dir).filter(file => file.endsWith(`-${key}.md`) && file !== name);
	} catch {}

	const file = path.join(dir, name);
	writeFileAtomic(file, libraryMarkdown(article, url, fetched));
	// The same address under an older title: one copy is kept, the newest.
	for (const old of earlier) rmSync(path.join(dir, old), {force: true});

	return file;
}
