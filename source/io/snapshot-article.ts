// The articles section of a list snapshot (list-snapshot.ts): one tab-separated line an article,
// found by scanning only as far as the furthest line asked for, and decoded into the LazyArticle
// it stands for the first time one of its fields is read. A line that is not what riposte wrote,
// or that names a file outside the folders the snapshot was made for, reads as an unreadable article.
import path from 'node:path';
import type {Article, Mark} from '../core/types.js';
import type {Candidate} from './find-articles.js';
import {LazyArticle, unreadableBody, type BodyContext} from './lazy-body.js';
import {isTerminalSafe} from '../text/sanitize.js';
import {escapeField as escape, unescapeField as unescape} from './tsv.js';

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

/** The lines of the articles section, found by scanning for line ends only as far as the furthest one asked for. */
export class LineReader {
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
export class SnapshotArticle implements Article {
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

/** An article's line, as articleFrom reads it back. */
export function articleLine(article: LazyArticle): string {
	const {file} = article;
	// A folder's files are nearly always shown by the path they are read from, which is their real path.
	const given = file.path === article.path ? same : escape(file.path);
	const real = file.real === undefined ? '\\N' : file.real === file.path ? same : escape(file.real);
	const rest = [article.title, article.outlet, article.published, article.source, ...article.notices].map(field => escape(field)).join('\t');
	return `${escape(article.path)}\t${given}\t${file.format === 'markdown' ? 'm' : 't'}\t${file.named ? '1' : '0'}\t${real}\t${rest}`;
}
