// The head index: for each article file the reader listed, its size, modification time and
// head (or why it holds no article), kept in the cache folder so the next start takes the list
// from one small file instead of opening every article. An entry is used only while the file's
// size and mtime are unchanged; an index from another program version, or one that does not
// parse, is ignored (it is only a cache) and replaced on the next write.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {cacheDir} from './app-dirs.js';
import {writeFileAtomic} from './atomic-write.js';
import type {Head} from './head-parse.js';

/** What the index knows of one file: its head, or the reason it holds no article. */
export type IndexEntry = {size: number; mtimeMs: number} & ({head: Head} | {problem: string});

/** The index in memory: absolute path → entry. */
export type HeadIndex = Map<string, IndexEntry>;

/** Most entries kept: a cache, not a catalogue of every folder ever opened. */
const maxEntries = 50_000;

/** The index file: heads.json in the cache folder. */
export function headIndexFile(dir: string = cacheDir()): string {
	return path.join(dir, 'heads.json');
}

const isText = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** True when `value` has the shape of an entry; anything else in the file is dropped. */
function isEntry(value: unknown): value is IndexEntry {
	if (typeof value !== 'object' || value === null) return false;
	const entry = value as Record<string, unknown>;
	if (typeof entry['size'] !== 'number' || typeof entry['mtimeMs'] !== 'number') return false;
	if (typeof entry['problem'] === 'string') return true;
	const head = entry['head'] as Record<string, unknown> | null | undefined;
	return (
		typeof head === 'object' && head !== null && typeof head['title'] === 'string' &&
		isText(head['outlet']) && isText(head['published']) && isText(head['source']) &&
		Array.isArray(head['warnings']) && head['warnings'].every(warning => typeof warning === 'string')
	);
}

/** Reads the index written by this `version` of the program; missing, corrupt or other versions give an empty one. Never throws. */
export function readHeadIndex(file: string, version: string): HeadIndex {
	const index: HeadIndex = new Map();
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as {version?: unknown; entries?: unknown};
		if (data.version !== version || typeof data.entries !== 'object' || data.entries === null) return index;
		for (const [key, entry] of Object.entries(data.entries)) {
			if (isEntry(entry)) index.set(key, entry);
		}
	} catch {}

	return index;
}

/** Writes `fresh` (this run's files) plus older entries up to the cap, atomically; false when it cannot be written. */
export function writeHeadIndex(file: string, version: string, fresh: HeadIndex, old: HeadIndex): boolean {
	const entries: Record<string, IndexEntry> = {};
	let count = 0;
	for (const source of [fresh, old]) {
		for (const [key, entry] of source) {
			if (count >= maxEntries) break;
			if (Object.hasOwn(entries, key)) continue;
			entries[key] = entry;
			count++;
		}
	}

	try {
		writeFileAtomic(file, JSON.stringify({version, entries}));
		return true;
	} catch {
		return false;
	}
}

/** The entry for a file when its size and mtime still match, else undefined. */
export function lookUp(index: HeadIndex, key: string, size: number, mtimeMs: number): IndexEntry | undefined {
	const entry = index.get(key);
	return entry && entry.size === size && entry.mtimeMs === mtimeMs ? entry : undefined;
}
