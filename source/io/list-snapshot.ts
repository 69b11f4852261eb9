// The list the reader ended up with the last time it was started on the same paths: its articles
// in order (id, file, list fields) and the problems it found. Kept in the cache folder, so the
// next start draws its first frame from this one file before any folder is walked or file
// stat'ed; the folders are still walked right after that frame, and a list that changed
// replaces this one on screen (see cli/reader-library). Bodies are always read from the files.
//
// This file keeps the snapshot files (which one, reading, writing, pruning); their layout is
// snapshot-format.ts and the article lines snapshot-article.ts. A start decodes only the ids; an
// article's line is found and decoded the first time one of its fields is asked for, so a first
// frame of 10,000 articles reads the twenty lines on screen. A file whose sections do not add up,
// another program version's, or another layout is ignored.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Article, LoadResult} from '../core/types.js';
import {writeFileAtomic} from './atomic-write.js';
import {LazyArticle, type BodyContext} from './lazy-body.js';
import type {SnapshotScope} from './snapshot-article.js';
import {decodeSnapshot, encodeSnapshot, otherVersion} from './snapshot-format.js';

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

	// Another version's snapshot is expected after an upgrade; anything else unreadable is named.
	if (otherVersion(bytes, version)) return null;
	const result = decodeSnapshot(bytes, version, context, scope);
	if (result === null) scope?.corrupt?.();
	return result;
}

/** Writes the list atomically and drops the oldest snapshots past the cap; false when it cannot (nothing to describe, or the folder is not writable). */
export function writeSnapshot(file: string, version: string, result: LoadResult): boolean {
	const {articles, problems} = result;
	if (articles.length === 0 || !describable(articles)) return false;
	try {
		writeFileAtomic(file, encodeSnapshot(version, articles, problems));
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
