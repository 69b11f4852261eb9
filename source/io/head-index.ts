// The head index: for each article file the reader listed, its size, modification time and
// head (or why it holds no article), kept in the cache folder so the next start takes the list
// from one small file instead of opening every article. An entry is used only while the file's
// size and mtime are unchanged; an index from another program version, or one that does not
// read back whole, is ignored (it is only a cache) and replaced on the next write.
//
// The file is one line a file, tab-separated, not JSON: a warm start of 10,000 articles reads it
// at every launch, and in a fresh process reading and looking up 10,000 entries took 75-100 ms
// this way against 150-240 ms with JSON.parse of an object per entry (the earlier heads.json,
// removed when this file is written). A line is split only when its file is looked up.
import {readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {cacheDir} from './app-dirs.js';
import {writeFileAtomic} from './atomic-write.js';
import type {Head} from './head-parse.js';
import {isTerminalSafe} from '../text/sanitize.js';
import {escapeField as escape, unescapeField as unescape} from './tsv.js';

/** What the index knows of one file: its head, or the reason it holds no article. */
export type IndexEntry = {size: number; mtimeMs: number} & ({head: Head} | {problem: string});

/**
 * The index as read from disk: the text, and where each path's line starts; `corrupt` when a
 * file of this version was there but did not read back whole, and `bad` counting the lines found
 * malformed when looked up (each is dropped and its file read again).
 */
export type HeadIndex = {text: string; lines: Map<string, number>; corrupt?: boolean; bad?: number};

/** This run's entries by path: a new entry, or the start of an unchanged line of the old index. */
export type FreshEntries = Map<string, IndexEntry | number>;

/** Most entries kept: a cache, not a catalogue of every folder ever opened. */
const maxEntries = 50_000;

/** First field of the first line; a new layout gets a new tag, so an old file is ignored. */
const tag = 'riposte-heads-1';

/** The JSON index earlier versions kept in the same folder. */
const legacyName = 'heads.json';

/** An empty index. */
export const emptyIndex = (): HeadIndex => ({text: '', lines: new Map()});

/** The index file: heads.tsv in the cache folder. */
export function headIndexFile(dir: string = cacheDir()): string {
	return path.join(dir, 'heads.tsv');
}

/** Reads the index written by this `version` of the program; missing, cut short, corrupt or other versions give an empty one. Never throws. */
export function readHeadIndex(file: string, version: string): HeadIndex {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return emptyIndex();
	}

	const first = text.indexOf('\n');
	const header = text.slice(0, first).split('\t');
	// Another version's index is expected after an upgrade; anything else unreadable is named.
	const corrupt = (): HeadIndex => ({...emptyIndex(), corrupt: true});
	if (header[0] === tag && header.length === 3 && unescape(header[1]!) !== version) return emptyIndex();
	// The header counts the lines: a file cut short (or padded) is not trusted at all.
	if (header.length !== 3 || header[0] !== tag || !text.endsWith('\n')) return corrupt();
	const lines = new Map<string, number>();
	let count = 0;
	for (let start = first + 1; start < text.length; count++) {
		const end = text.indexOf('\n', start);
		const tab = text.indexOf('\t', start);
		if (tab !== -1 && tab < end) lines.set(unescape(text.slice(start, tab)) ?? '', tab + 1);
		start = end + 1;
	}

	return String(count) === header[2] ? {text, lines, bad: 0} : corrupt();
}

/** The entry for a file when its line is whole and its size and mtime still match, else undefined. */
export function lookUp(index: HeadIndex, key: string, size: number, mtimeMs: number): IndexEntry | undefined {
	const start = index.lines.get(key);
	return start === undefined ? undefined : entryAt(index, start, size, mtimeMs);
}

const noWarnings: string[] = [];

/** The entry on the line starting at `start` (from `index.lines`) when it is whole and matches size and mtime, else undefined. */
export function entryAt(index: HeadIndex, start: number, size: number, mtimeMs: number): IndexEntry | undefined {
	const {text} = index;
	const line = text.slice(start, text.indexOf('\n', start));
	const fields = line.split('\t');
	// Numbers are written with String(), which reads back to the same double; an empty field is not 0.
	if (fields[0] === '' || Number(fields[0]) !== size || Number(fields[1]) !== mtimeMs) return undefined;
	const entry = entryOf(fields, size, mtimeMs);
	// What the loader wrote was sanitised, so a line holding a control or bidi character (or an
	// escaped CR) was written by someone else: dropped like any malformed line, and its file read again.
	if (entry === undefined || !isTerminalSafe(line) || line.includes('\\r')) {
		index.bad = (index.bad ?? 0) + 1;
		return undefined;
	}

	return entry;
}

/** A date as the loader writes one. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The entry the fields of a line describe, or undefined when they are malformed. */
function entryOf(fields: string[], size: number, mtimeMs: number): IndexEntry | undefined {
	const kind = fields[2];
	if (kind === 'p' && fields.length === 4) return {size, mtimeMs, problem: unescape(fields[3]!) ?? ''};
	if (kind !== 'h' || fields.length < 7) return undefined;
	const title = unescape(fields[3]!);
	const published = unescape(fields[5]!);
	if (title === null || (published !== null && !isoDate.test(published))) return undefined;
	let warnings = noWarnings;
	if (fields.length > 7) {
		warnings = [];
		for (let field = 7; field < fields.length; field++) warnings.push(unescape(fields[field]!) ?? '');
	}

	return {size, mtimeMs, head: {title, outlet: unescape(fields[4]!), published, source: unescape(fields[6]!), warnings}};
}

/** One entry as a line (without its path and line end). */
function entryLine(entry: IndexEntry): string {
	const start = `${entry.size}\t${entry.mtimeMs}\t`;
	if ('problem' in entry) return `${start}p\t${escape(entry.problem)}`;
	const {title, outlet, published, source, warnings} = entry.head;
	return [`${start}h`, title, outlet, published, source, ...warnings].map((field, index) => (index === 0 ? field : escape(field))).join('\t');
}

const exists = (file: string) => {
	try {
		return statSync(file, {throwIfNoEntry: false}) !== undefined;
	} catch {
		return false;
	}
};

/** Writes `fresh` (this run's files) plus older entries of files that still exist, up to the cap, atomically; false when it cannot be written. */
export function writeHeadIndex(file: string, version: string, fresh: FreshEntries, old: HeadIndex, isThere: (file: string) => boolean = exists): boolean {
	const lines: string[] = [];
	const rest = (start: number) => old.text.slice(start, old.text.indexOf('\n', start));
	for (const [key, entry] of fresh) {
		if (lines.length >= maxEntries) break;
		lines.push(`${escape(key)}\t${typeof entry === 'number' ? rest(entry) : entryLine(entry)}\n`);
	}

	for (const [key, start] of old.lines) {
		if (lines.length >= maxEntries) break;
		// Older entries are kept only while their file is there: the index never outgrows the files.
		if (!fresh.has(key) && isThere(key)) lines.push(`${escape(key)}\t${rest(start)}\n`);
	}

	try {
		writeFileAtomic(file, `${tag}\t${escape(version)}\t${lines.length}\n${lines.join('')}`);
		rmSync(path.join(path.dirname(file), legacyName), {force: true});
		return true;
	} catch {
		return false;
	}
}
