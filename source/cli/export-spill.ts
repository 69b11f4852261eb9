// The JSON export of a long article without holding its analysis: the document writes an
// article's entities before its claims, responses and pairs, but the analysis gives all four a
// stretch at a time. So each stretch's four lists are written, as the export's JSON text, into
// four temporary files as it comes; the document then reads each file back in pieces where its
// list stands. Only one stretch's analysis is alive at a time (bench/README.md, "Memory bound").
import {closeSync, mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {StringDecoder} from 'node:string_decoder';
import type {Analysis, Article} from '../core/types.js';
import {exportedFields, exportedListNames, exportedLists} from '../report/export-json.js';
import {arrayEnds, arrayItemText, JsonText} from '../report/json-chunks.js';

/** How deep an article's lists stand in the document (document → articles → article → list). */
const listDepth = 3;

/** How many bytes are read back at a time. */
const readBytes = 1 << 16;

/** About how many characters are gathered before a write to a temporary file. */
const writeChars = 1 << 16;

/** The pieces of a file's text, read `readBytes` at a time (a character split between two reads is decoded whole). */
function* fileText(file: string): Generator<string> {
	const descriptor = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(readBytes);
		const decoder = new StringDecoder('utf8');
		for (let read = readSync(descriptor, buffer); read > 0; read = readSync(descriptor, buffer)) yield decoder.write(buffer.subarray(0, read));
		const rest = decoder.end();
		if (rest) yield rest;
	} finally {
		closeSync(descriptor);
	}
}

/** One list's JSON text written into a file as its items come. */
class SpilledList {
	private readonly descriptor: number;
	private count = 0;
	private pending: string[] = [];
	private size = 0;

	readonly file: string;

	constructor(file: string) {
		this.file = file;
		this.descriptor = openSync(file, 'wx', 0o600);
	}

	add(item: unknown): void {
		const text = arrayItemText(item, this.count++, listDepth);
		this.pending.push(text);
		this.size += text.length;
		if (this.size >= writeChars) this.flush();
	}

	/** Closes the file and gives the list as the JSON text the document reads back. */
	finish(): JsonText {
		this.flush();
		closeSync(this.descriptor);
		const {open, close} = arrayEnds(this.count, listDepth);
		const {file} = this;
		const count = this.count;
		return new JsonText(function* () {
			yield open;
			if (count > 0) yield* fileText(file);
			if (close) yield close;
		});
	}

	/** Closes and removes the file, whatever else fails (an error while cleaning up does not hide the one that made it necessary). */
	discard(): void {
		try {
			closeSync(this.descriptor);
		} catch {}
		rmSync(this.file, {force: true});
	}

	private flush(): void {
		if (this.pending.length > 0) writeSync(this.descriptor, this.pending.join(''));
		this.pending = [];
		this.size = 0;
	}
}

const folderPrefix = 'riposte-export-';

/** Whether a process with this id is running (a folder whose process is gone was left by a kill). */
function running(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Removes the folders of exports that were killed mid-analysis (their process is gone): a signal cannot run a handler during the synchronous analysis, so the next export cleans up. */
function removeAbandoned(root: string): void {
	let names: string[] = [];
	try {
		names = readdirSync(root);
	} catch {
		return;
	}
	for (const name of names) {
		const pid = Number(/^riposte-export-(\d+)-/.exec(name)?.[1]);
		if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid)) rmSync(path.join(root, name), {recursive: true, force: true});
	}
}

/**
 * A folder for the temporary files of one export (named with the process id), made when first
 * asked for (an export that waits on a pipe and is stopped leaves none), a way to remove it, and
 * a number for each article spilled into it.
 */
export function spillFolder(root = os.tmpdir()): {folder: () => string; next: () => number; remove: () => void} {
	let made: string | null = null;
	let spilled = 0;
	return {
		folder() {
			if (made === null) {
				removeAbandoned(root);
				made = mkdtempSync(path.join(root, `${folderPrefix}${process.pid}-`));
			}
			return made;
		},
		next: () => ++spilled,
		remove() {
			if (made !== null) rmSync(made, {recursive: true, force: true});
		},
	};
}

/**
 * An article of the export whose lists are written into the spill folder from `analyses` (its
 * stretches' analyses, in order) and read back when the document is written. If the analysis (or
 * opening a file) throws, the files made so far are closed and removed and that error goes on.
 */
export function spillArticle(article: Article, analyses: Iterable<Analysis>, spill: {folder: () => string; next: () => number}) {
	const folder = spill.folder();
	const n = spill.next();
	const lists: SpilledList[] = [];
	try {
		for (const name of exportedListNames) lists.push(new SpilledList(path.join(folder, `${n}-${name}.json`)));
		for (const analysis of analyses) {
			const part = exportedLists(analysis);
			exportedListNames.forEach((name, index) => {
				for (const item of part[name]) lists[index]!.add(item);
			});
		}
	} catch (error) {
		for (const list of lists) list.discard();
		throw error;
	}

	const [entities, claims, responses, pairs] = lists.map(list => list.finish()) as [JsonText, JsonText, JsonText, JsonText];
	return exportedFields(article, {entities, claims, responses, pairs});
}
