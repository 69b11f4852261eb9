// The list the reader ended up with the last time it was started on the same paths: its articles
// in order (id, file, list fields) and the problems it found. Kept in the cache folder, so the
// next start draws its first frame from this one file before any folder is walked or file
// stat'ed; the folders are still walked right after that frame, and a list that changed
// replaces this one on screen (see cli/reader-library). Bodies are always read from the files.
//
// One tab-separated line an article or problem, in list order, with a header that counts them:
// a file cut short, another program version's, or one that does not parse is ignored whole.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Article, LoadProblem, LoadResult} from '../core/types.js';
import {writeFileAtomic} from './atomic-write.js';
import type {Candidate} from './find-articles.js';
import {LazyArticle, unreadableBody, type BodyContext} from './lazy-body.js';
import {escapeField as escape, unescapeField as unescape} from './tsv.js';

/** First field of the header; a new layout gets a new tag. */
const tag = 'riposte-list-1';

/** Snapshots kept: one for each of the last few sets of paths the reader was started on. */
const maxSnapshots = 8;

const prefix = 'list-';

/**
 * The snapshot file for a start on `inputs` (as typed) from `cwd`: the same paths from another
 * folder are other files, and shown paths are relative to where they were typed.
 */
export function snapshotFile(dir: string, inputs: readonly string[], cwd: string): string {
	const key = createHash('sha256').update(JSON.stringify([cwd, ...inputs])).digest('hex').slice(0, 16);
	return path.join(dir, `${prefix}${key}.tsv`);
}

/** Whether every article is one the snapshot can describe (read from a file, not standard input). */
export function describable(articles: readonly Article[]): articles is LazyArticle[] {
	return articles.every(article => article instanceof LazyArticle);
}

const noNotices: string[] = [];

/** A field that repeats the one before it (file = shown path, real path = file); escaping never writes it. */
const same = '\\=';

/**
 * The list stored in `file` by this `version`, its articles reading their bodies through `context`;
 * null when there is none to trust. Only each line's id is read now: an article's other fields are
 * read from its line the first time one is asked for, so a first frame of 10,000 articles parses
 * the twenty on screen. Never throws (a line found broken later reads as an unreadable article).
 */
export function readSnapshot(file: string, version: string, context: BodyContext): LoadResult | null {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return null;
	}

	const headerEnd = text.indexOf('\n');
	const header = text.slice(0, headerEnd).split('\t');
	if (header.length !== 4 || header[0] !== tag || unescape(header[1]!) !== version || !text.endsWith('\n')) return null;
	const articleCount = Number(header[2]);
	const problemCount = Number(header[3]);
	if (!(articleCount > 0) || !(problemCount >= 0)) return null;
	const articles: Article[] = [];
	let start = headerEnd + 1;
	for (let index = 0; index < articleCount; index++) {
		const end = text.indexOf('\n', start);
		const tab = text.indexOf('\t', start);
		if (end === -1 || tab === -1 || tab > end) return null;
		const id = unescape(text.slice(start, tab));
		if (!id) return null;
		articles.push(new SnapshotArticle(id, text, tab + 1, end, context));
		start = end + 1;
	}

	const problems: LoadProblem[] = [];
	for (let index = 0; index < problemCount; index++) {
		const end = text.indexOf('\n', start);
		if (end === -1) return null;
		const fields = text.slice(start, end).split('\t');
		const [where, reason] = [unescape(fields[0] ?? ''), unescape(fields[1] ?? '')];
		if (fields.length !== 3 || where === null || reason === null || (fields[2] !== 'e' && fields[2] !== 'w')) return null;
		problems.push(fields[2] === 'w' ? {path: where, reason, level: 'warning'} : {path: where, reason});
		start = end + 1;
	}

	// The counts in the header cover the whole file: anything after them means it is not this layout.
	return start === text.length ? {articles, problems} : null;
}

/** An article of a snapshot: its id now, the rest of its line parsed on first use (into the LazyArticle it stands for). */
class SnapshotArticle implements Article {
	readonly id: string;
	readonly #text: string;
	readonly #start: number;
	readonly #end: number;
	readonly #context: BodyContext;
	#article: Article | undefined;

	constructor(id: string, text: string, start: number, end: number, context: BodyContext) {
		this.id = id;
		this.#text = text;
		this.#start = start;
		this.#end = end;
		this.#context = context;
	}

	get path(): string {
		return this.#read().path;
	}

	get title(): string {
		return this.#read().title;
	}

	get outlet(): string | null {
		return this.#read().outlet;
	}

	get published(): string | null {
		return this.#read().published;
	}

	get source(): string | null {
		return this.#read().source;
	}

	get body(): string {
		return this.#read().body;
	}

	#read(): Article {
		return (this.#article ??= articleFrom(this.id, this.#text.slice(this.#start, this.#end).split('\t'), this.#context));
	}
}

// After the id: shown path, file, format, named, real path, title, outlet, published, source, notices…
function articleFrom(id: string, fields: string[], context: BodyContext): Article {
	const [shown, given, format, named, known, title, outlet, published, source] = fields.slice(0, 9).map(field => unescape(field));
	// Compared as written: an escaped path that reads back as the marker is not the marker.
	const file = fields[1] === same ? shown : given;
	const real = fields[4] === same ? file : known;
	if (fields.length < 9 || typeof shown !== 'string' || !file || typeof title !== 'string' || (format !== 'm' && format !== 't') || (named !== '0' && named !== '1')) {
		// Only a file changed behind the program's back gets here; the check after the first frame replaces the list.
		return {id, path: shown ?? id, title: id, outlet: null, published: null, source: null, body: unreadableBody(shown ?? id, 'has a broken line in the list snapshot')};
	}

	const notices = fields.length === 9 ? noNotices : fields.slice(9).map(field => unescape(field) ?? '');
	const candidate: Candidate = {path: file, format: format === 'm' ? 'markdown' : 'text', named: named === '1'};
	if (real !== null && real !== undefined) candidate.real = real;
	// The base only matters before ids are given; this one already has its id.
	const article = new LazyArticle(shown, id, {title, outlet: outlet ?? null, published: published ?? null, source: source ?? null, warnings: notices}, candidate, context);
	return article.named(id);
}

function articleLine(article: LazyArticle): string {
	const {file} = article;
	// A folder's files are nearly always shown by the path they are read from, which is their real path.
	const given = file.path === article.path ? same : escape(file.path);
	const real = file.real === undefined ? '\\N' : file.real === file.path ? same : escape(file.real);
	const rest = [article.title, article.outlet, article.published, article.source, ...article.notices].map(field => escape(field)).join('\t');
	return `${escape(article.id)}\t${escape(article.path)}\t${given}\t${file.format === 'markdown' ? 'm' : 't'}\t${file.named ? '1' : '0'}\t${real}\t${rest}`;
}

/** Writes the list atomically and drops the oldest snapshots past the cap; false when it cannot (nothing to describe, or the folder is not writable). */
export function writeSnapshot(file: string, version: string, result: LoadResult): boolean {
	const {articles, problems} = result;
	if (articles.length === 0 || !describable(articles)) return false;
	const lines = [`${tag}\t${escape(version)}\t${articles.length}\t${problems.length}\n`];
	for (const article of articles) lines.push(`${articleLine(article)}\n`);
	for (const problem of problems) lines.push(`${escape(problem.path)}\t${escape(problem.reason)}\t${problem.level === 'warning' ? 'w' : 'e'}\n`);
	try {
		writeFileAtomic(file, lines.join(''));
	} catch {
		return false;
	}

	prune(path.dirname(file));
	return true;
}

/** Removes all but the newest snapshots in `dir`. */
function prune(dir: string): void {
	try {
		const snapshots = readdirSync(dir)
			.filter(name => name.startsWith(prefix) && name.endsWith('.tsv'))
			.map(name => ({file: path.join(dir, name), time: statSync(path.join(dir, name)).mtimeMs}))
			.sort((a, b) => b.time - a.time);
		for (const old of snapshots.slice(maxSnapshots)) rmSync(old.file, {force: true});
	} catch {
		// Only a cache: an unreadable folder keeps what it has.
	}
}

/** Whether two lists show the same: the same articles (id, file, list fields) in the same order, and the same problems. */
export function sameList(a: LoadResult, b: LoadResult): boolean {
	if (a.articles.length !== b.articles.length || a.problems.length !== b.problems.length) return false;
	for (let index = 0; index < a.articles.length; index++) {
		const x = a.articles[index]!;
		const y = b.articles[index]!;
		if (x.id !== y.id || x.path !== y.path || x.title !== y.title || x.outlet !== y.outlet || x.published !== y.published || x.source !== y.source) return false;
	}

	return a.problems.every((problem, index) => {
		const other = b.problems[index]!;
		return problem.path === other.path && problem.reason === other.reason && (problem.level ?? 'error') === (other.level ?? 'error');
	});
}
