// The list the reader ended up with the last time it was started on the same paths: its articles
// in order (id, file, list fields) and the problems it found. Kept in the cache folder, so the
// next start draws its first frame from this one file before any folder is walked or file
// stat'ed; the folders are still walked right after that frame, and a list that changed
// replaces this one on screen (see cli/reader-library). Bodies are always read from the files.
//
// Three sections after a header that gives their sizes in bytes: the ids, one a line; then one
// tab-separated line an article with the rest of its fields, in the same order; then the problems.
// A start decodes only the ids; an article's line is found and decoded the first time one of its
// fields is asked for, so a first frame of 10,000 articles reads the twenty lines on screen. A
// file whose sections do not add up, another program version's, or another layout is ignored.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Article, LoadProblem, LoadResult, Mark} from '../core/types.js';
import {writeFileAtomic} from './atomic-write.js';
import type {Candidate} from './find-articles.js';
import {LazyArticle, unreadableBody, type BodyContext} from './lazy-body.js';
import {isTerminalSafe} from '../text/sanitize.js';
import {escapeField as escape, unescapeField as unescape} from './tsv.js';

/** First field of the header; a new layout gets a new tag. */
const tag = 'riposte-list-2';

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

/** Whether every article is one the snapshot can describe (read from a file named in UTF-8, not standard input). */
export function describable(articles: readonly Article[]): articles is LazyArticle[] {
	// A file opened by its bytes (a name that is not UTF-8) has no path a snapshot line can hold.
	return articles.every(article => article instanceof LazyArticle && article.file.bytes === undefined);
}

const noNotices: string[] = [];

/** A field that repeats the one before it (file = shown path, real path = file); escaping never writes it. */
const same = '\\=';

/**
 * What a snapshot may name: files under the folders it was made for (absolute, as given and with
 * links resolved; shown paths are relative to `cwd`). A snapshot is a file anyone with the cache
 * folder can edit, so a line naming /etc/passwd is a broken line, never a body. `corrupt` is told
 * when the file or a line of it is not what riposte wrote.
 */
export type SnapshotScope = {cwd: string; folders: readonly string[]; corrupt?: () => void};

/** Whether `file` (relative to `cwd`) is one of `folders` or lies under one. */
export function inScope(scope: SnapshotScope, file: string): boolean {
	const absolute = path.resolve(scope.cwd, file);
	return scope.folders.some(folder => absolute === folder || absolute.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep));
}

/**
 * The list stored in `file` by this `version`, its articles reading their bodies through `context`;
 * null when there is none to trust. Never throws (a line found broken later reads as an
 * unreadable article, and the check after the first frame replaces the list).
 */
export function readSnapshot(file: string, version: string, context: BodyContext, scope?: SnapshotScope): LoadResult | null {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return null;
	}

	const header = bytes.toString('utf8', 0, Math.max(0, bytes.indexOf(0x0a))).split('\t');
	// Another version's snapshot is expected after an upgrade; anything else unreadable is named.
	if (header[0] === tag && header.length === 6 && unescape(header[1]!) !== version) return null;
	const result = parseSnapshot(bytes, version, context, scope);
	if (result === null) scope?.corrupt?.();
	return result;
}

function parseSnapshot(bytes: Buffer, version: string, context: BodyContext, scope: SnapshotScope | undefined): LoadResult | null {
	const headerEnd = bytes.indexOf(0x0a);
	if (headerEnd === -1) return null;
	const header = bytes.toString('utf8', 0, headerEnd).split('\t');
	const [articleCount, problemCount, idBytes, lineBytes] = header.slice(2).map(Number) as [number, number, number, number];
	if (header.length !== 6 || header[0] !== tag || unescape(header[1]!) !== version || !(articleCount > 0) || !(problemCount >= 0)) return null;
	const idsStart = headerEnd + 1;
	const linesStart = idsStart + idBytes;
	const problemsStart = linesStart + lineBytes;
	if (!(idBytes > 0) || !(lineBytes > 0) || problemsStart > bytes.length || bytes[linesStart - 1] !== 0x0a || bytes[problemsStart - 1] !== 0x0a || bytes.at(-1) !== 0x0a) return null;
	const ids = bytes.toString('utf8', idsStart, linesStart - 1).split('\n');
	if (ids.length !== articleCount || !ids.every(id => isTerminalSafe(id))) return null;
	const lines = new LineReader(bytes, linesStart, problemsStart);
	const articles: Article[] = [];
	for (const [index, field] of ids.entries()) {
		const id = unescape(field);
		if (!id) return null;
		articles.push(new SnapshotArticle(id, lines, index, context, scope));
	}

	const problemLines = problemsStart === bytes.length ? [] : bytes.toString('utf8', problemsStart, bytes.length - 1).split('\n');
	if (problemLines.length !== problemCount) return null;
	const problems: LoadProblem[] = [];
	for (const line of problemLines) {
		const fields = line.split('\t');
		const [where, reason] = [unescape(fields[0] ?? ''), unescape(fields[1] ?? '')];
		if (fields.length !== 3 || where === null || reason === null || (fields[2] !== 'e' && fields[2] !== 'w') || !isTerminalSafe(line)) return null;
		problems.push(fields[2] === 'w' ? {path: where, reason, level: 'warning'} : {path: where, reason});
	}

	return {articles, problems};
}

/** The lines of the articles section, found by scanning for line ends only as far as the furthest one asked for. */
class LineReader {
	readonly #bytes: Buffer;
	readonly #end: number;
	/** Where each line found so far starts; the last entry is where the scan goes on. */
	readonly #starts: number[];

	constructor(bytes: Buffer, start: number, end: number) {
		this.#bytes = bytes;
		this.#end = end;
		this.#starts = [start];
	}

	/** Line `index` (without its line end), or undefined when the section has fewer lines. */
	line(index: number): string | undefined {
		const starts = this.#starts;
		while (starts.length <= index + 1) {
			const from = starts.at(-1)!;
			if (from >= this.#end) return undefined;
			const lineEnd = this.#bytes.indexOf(0x0a, from);
			if (lineEnd === -1 || lineEnd >= this.#end) return undefined;
			starts.push(lineEnd + 1);
		}

		return this.#bytes.toString('utf8', starts[index], starts[index + 1]! - 1);
	}
}

/** An article of a snapshot: its id now, the rest of its line parsed on first use (into the LazyArticle it stands for). */
class SnapshotArticle implements Article {
	readonly id: string;
	readonly #lines: LineReader;
	readonly #index: number;
	readonly #context: BodyContext;
	readonly #scope: SnapshotScope | undefined;
	#article: Article | undefined;

	constructor(id: string, lines: LineReader, index: number, context: BodyContext, scope: SnapshotScope | undefined) {
		this.id = id;
		this.#lines = lines;
		this.#index = index;
		this.#context = context;
		this.#scope = scope;
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

	get marks(): Mark[] | undefined {
		return this.#read().marks;
	}

	#read(): Article {
		return (this.#article ??= articleFrom(this.id, this.#lines.line(this.#index), this.#context, this.#scope));
	}
}

// After the id: shown path, file, format, named, real path, title, outlet, published, source, notices…
function articleFrom(id: string, line: string | undefined, context: BodyContext, scope: SnapshotScope | undefined): Article {
	const fields = line?.split('\t') ?? [];
	const [shown, given, format, named, known, title, outlet, published, source] = fields.slice(0, 9).map(field => unescape(field));
	// Compared as written: an escaped path that reads back as the marker is not the marker.
	const file = fields[1] === same ? shown : given;
	const real = fields[4] === same ? file : known;
	const outside = scope !== undefined && ((file && !inScope(scope, file)) || (real && !inScope(scope, real)));
	// What riposte wrote was sanitised: a control or bidi character in a line was put there by someone else.
	if (fields.length < 9 || typeof shown !== 'string' || !file || typeof title !== 'string' || (format !== 'm' && format !== 't') || (named !== '0' && named !== '1') || outside || !isTerminalSafe(line!)) {
		// Only a file changed behind the program's back gets here; the check after the first frame replaces the list.
		scope?.corrupt?.();
		const where = typeof shown === 'string' && isTerminalSafe(shown) ? shown : id;
		return {id, path: where, title: id, outlet: null, published: null, source: null, body: unreadableBody(where, 'has a broken line in the list snapshot')};
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
	return `${escape(article.path)}\t${given}\t${file.format === 'markdown' ? 'm' : 't'}\t${file.named ? '1' : '0'}\t${real}\t${rest}`;
}

/** Writes the list atomically and drops the oldest snapshots past the cap; false when it cannot (nothing to describe, or the folder is not writable). */
export function writeSnapshot(file: string, version: string, result: LoadResult): boolean {
	const {articles, problems} = result;
	if (articles.length === 0 || !describable(articles)) return false;
	const ids = `${articles.map(article => escape(article.id)).join('\n')}\n`;
	const lines = `${articles.map(article => articleLine(article)).join('\n')}\n`;
	const problemLines = problems.map(problem => `${escape(problem.path)}\t${escape(problem.reason)}\t${problem.level === 'warning' ? 'w' : 'e'}\n`).join('');
	const header = `${tag}\t${escape(version)}\t${articles.length}\t${problems.length}\t${Buffer.byteLength(ids)}\t${Buffer.byteLength(lines)}\n`;
	try {
		writeFileAtomic(file, header + ids + lines + problemLines);
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
