// The reader's articles as they become known, so the first frame never waits for every file.
// Started on the same folders as before, the reader draws the list it ended with last time (the
// list snapshot in the cache folder) and checks the files right after that first frame; a list
// that changed replaces it on screen. Without a snapshot the files are read in slices and the
// list is drawn from the first slice on, growing, with how much is read in its header.
import {statSync} from 'node:fs';
import type {LibrarySoFar, LoadProblem, LoadResult} from '../core/types.js';
import {headIndexFile} from '../io/head-index.js';
import type {BodyContext} from '../io/lazy-body.js';
import {readSnapshot, sameList, snapshotFile, writeSnapshot} from '../io/list-snapshot.js';
import {nodeFs, type ReaderFs} from '../io/loader-fs.js';
import {openLibrary, type Library} from '../io/open-library.js';

/** The library as it becomes known. */
export type ReaderLibrary = {
	/** What is known now. */
	current(): LibrarySoFar;
	/** Calls `listener` after each change; returns the unsubscribe. */
	subscribe(listener: () => void): () => void;
	/** The first list worth drawing: one with an article in it, or the complete one (which may have none). */
	first: Promise<LibrarySoFar>;
	/** Tells the library the first frame is on screen: a list from the snapshot is checked from now on. */
	started(): void;
	/** The complete list, once it is known (never settles when stopped before). */
	done: Promise<LoadResult>;
	/** Settles when reading has ended, complete or stopped (at once when it never began). */
	ended(): Promise<void>;
	/** Problems found when bodies were read after start-up. */
	late: LoadProblem[];
	/** Stops reading (the reader quit); what is known stays. */
	stop(): void;
	/**
	 * Writes the head index with every head learned, even when reading was stopped part-way, and the
	 * list snapshot when the complete list is known and new; later calls do nothing more.
	 */
	save(): void;
};

/** Where the caches are and what wrote them. */
export type ReaderLibraryOptions = {version: string; cacheDir: string; cwd: string; fs?: ReaderFs};

/** How long the reading runs between two pauses for the event loop (the reader draws and takes keys in them). */
const sliceMs = 12;
/** The first slice, before the first frame: a few hundred files fill a screen. */
const firstSliceMs = 4;
/** The list on screen is replaced at most this often while files are read (each time costs a sort and a redraw). */
const reportEveryMs = 250;

/** Whether `input` is a folder (a failed stat is not one). */
function folder(input: string): boolean {
	try {
		return statSync(input).isDirectory();
	} catch {
		return false;
	}
}

/** Opens `paths` for the reader; never throws. */
export function openReaderLibrary(paths: string[], options: ReaderLibraryOptions): ReaderLibrary {
	const fs = options.fs ?? nodeFs;
	const late: LoadProblem[] = [];
	const context: BodyContext = {fs, report: problem => late.push(problem)};
	// Only folders are listed from a snapshot: files named on the command line are few and read
	// whole anyway, and one may be a pipe (standard input, `<(…)`) that can be read only once.
	const file = paths.every(folder) ? snapshotFile(options.cacheDir, paths, options.cwd) : null;
	const cached = file === null ? null : readSnapshot(file, options.version, context);
	const indexFile = headIndexFile(options.cacheDir);
	const stopping = new AbortController();
	const listeners = new Set<() => void>();
	let now: LibrarySoFar = {articles: [], problems: [], progress: {read: 0, total: 0}};
	const set = (next: LibrarySoFar) => {
		now = next;
		for (const listener of listeners) listener();
	};

	let showFirst: (first: LibrarySoFar) => void = () => undefined;
	const first = new Promise<LibrarySoFar>(resolve => {
		showFirst = resolve;
	});
	let begin: () => void = () => undefined;
	const startedOnScreen = new Promise<void>(resolve => {
		begin = resolve;
	});

	// What the reading ended with, and whether it was stopped part-way (then the list is not complete).
	let ended: {library: Library; complete: boolean} | undefined;
	let reading: Promise<Library> | undefined;
	const finish = (library: Library) => {
		ended = {library, complete: !stopping.signal.aborted};
	};

	let done: Promise<LoadResult>;
	if (cached) {
		set({...cached, progress: null});
		showFirst(now);
		done = startedOnScreen
			.then(async () => (reading = openLibrary(paths, {version: options.version, indexFile, fs, context, pacing: {sliceMs, signal: stopping.signal}})))
			.then(library => {
				finish(library);
				if (!stopping.signal.aborted && !sameList(library, cached)) set({...library, progress: null});
				return library;
			});
	} else {
		let shown = false;
		let reported = 0;
		const report = (partial: () => LoadResult, done: number, total: number) => {
			if (shown && performance.now() - reported < reportEveryMs) return;
			const sofar = partial();
			if (sofar.articles.length === 0) return;
			reported = performance.now();
			set({...sofar, progress: {read: done, total}});
			shown = true;
			showFirst(now);
		};

		reading = openLibrary(paths, {version: options.version, indexFile, fs, context, pacing: {sliceMs, firstSliceMs, report, signal: stopping.signal}});
		done = reading.then(library => {
			finish(library);
			// Stopped part-way, the list is not complete: the reader has gone, and nothing claims it is.
			if (!stopping.signal.aborted) set({...library, progress: null});
			showFirst(now);
			return library;
		});
	}

	let saved = false;
	return {
		current: () => now,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		first,
		started: begin,
		done,
		async ended() {
			await reading?.catch(() => undefined);
		},
		late,
		stop: () => {
			stopping.abort();
		},
		save() {
			if (saved || !ended) return;
			saved = true;
			ended.library.saveIndex();
			if (ended.complete && file !== null && !(cached && sameList(ended.library, cached))) writeSnapshot(file, options.version, ended.library);
		},
	};
}
