// The JSON export of a long article without holding its analysis: the document writes an
// article's entities before its claims, responses and pairs, but the analysis gives all four a
// stretch at a time. So each stretch's four lists are written, as the export's JSON text, into
// four temporary files as it comes; the document then reads each file back in pieces where its
// list stands. Only one stretch's analysis is alive at a time (bench/README.md, "Memory bound").
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs';
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

	private flush(): void {
		if (this.pending.length > 0) writeSync(this.descriptor, this.pending.join(''));
		this.pending = [];
		this.size = 0;
	}
}

/** A folder for the temporary files of one export, made when first asked for (an export that waits on a pipe and is stopped leaves none), and a way to remove it. */
export function spillFolder(): {folder: () => string; remove: () => void} {
	let made: string | null = null;
	return {
		folder: () => (made ??= mkdtempSync(path.join(os.tmpdir(), 'riposte-export-'))),
		remove() {
			if (made !== null) rmSync(made, {recursive: true, force: true});
		},
	};
}

let spilled = 0;

/**
 * An article of the export whose lists are written into `folder` from `analyses` (its stretches'
 * analyses, in order) and read back when the document is written. If the analysis throws, the
 * files made so far are removed and the error goes on.
 */
export function spillArticle(article: Article, analyses: Iterable<Analysis>, folder: string) {
	const n = ++spilled;
	const lists = exportedListNames.map(name => new SpilledList(path.join(folder, `${n}-${name}.json`)));
	try {
		for (const analysis of analyses) {
			const part = exportedLists(analysis);
			exportedListNames.forEach((name, index) => {
				for (const item of part[name]) lists[index]!.add(item);
			});
		}
	} catch (error) {
		for (const list of lists) {
			list.finish();
			rmSync(list.file, {force: true});
		}

		throw error;
	}

	const [entities, claims, responses, pairs] = lists.map(list => list.finish()) as [JsonText, JsonText, JsonText, JsonText];
	return exportedFields(article, {entities, claims, responses, pairs});
}
