// The reader's articles as they become known, so the first frame never waits for every file.
// Started on the same folders as before, the reader draws the list it ended with last time (the
// list snapshot in the cache folder) and checks the files right after that first frame; a list
// that changed replaces it on screen. Without a snapshot the files are read in slices and the
// list is drawn from the first slice on, growing, with how much is read in its header.
import {realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import type {LibrarySoFar, LoadProblem, LoadResult} from '../core/types.js';
import {bundledArticlesDir} from '../io/bundled.js';
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
	/** Adds a notice to the list's problems (a corrupt cache file): shown on the notice line, once for each path and reason. */
	note(problem: LoadProblem): void;
	/** Stops reading (the reader quit); what is known stays. */
	stop(): void;
	/**
	 * Writes the head index with every head learned, even when reading was stopped part-way, and the
	 * list snapshot when the complete list is known and new; later calls do nothing more.
	 */
	save(): void;
};

/** Where the caches are and what wrote them. */
export type ReaderLibraryOptions = {version: string; cacheDir: string; cwd: string; fs?: ReaderFs; onWait?: (shown: string) => void};

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

/** The folders a snapshot of `paths` may name files in: each as given and with its links resolved (no paths: the bundled articles). */
function snapshotFolders(paths: string[], cwd: string): string[] {
	return (paths.length > 0 ? paths : [bundledArticlesDir()]).flatMap(given => {
		const absolute = path.resolve(cwd, given);
		try {
			return [absolute, realpathSync(absolute)];
		} catch {
			return [absolute];
		}
	});
}

/** Opens `paths` for the reader; never throws. */
export function openReaderLibrary(paths: string[], options: ReaderLibraryOptions): ReaderLibrary {
	const fs = options.fs ?? nodeFs;
	const late: LoadProblem[] = [];
	const context: BodyContext = {fs, report: problem => late.push(problem)};
	// Only folders are listed from a snapshot: files named on the command line are few and read
	// whole anyway, and one may be a pipe (standard input, `<(…)`) that can be read only once.
	const file = paths.every(folder) ? snapshotFile(options.cacheDir, paths, options.cwd) : null;
	const indexFile = headIndexFile(options.cacheDir);
	const stopping = new AbortController();
	const listeners = new Set<() => void>();
	let now: LibrarySoFar = {articles: [], problems: [], progress: {read: 0, total: 0}};
	// Notices from outside the reading (corrupt caches), kept across every new list.
	const notes: LoadProblem[] = [];
	const set = (next: LibrarySoFar) => {
		now = notes.length === 0 ? next : {...next, problems: [...next.problems, ...notes]};
		for (const listener of listeners) listener();
	};

	let notifying = false;
	const note = (problem: LoadProblem) => {
		if (notes.some(known => known.path === problem.path && known.reason === problem.reason)) return;
		notes.push(problem);
		const base = {...now, problems: now.problems.filter(known => !notes.includes(known))};
		now = {...base, problems: [...base.problems, ...notes]};
		// A note can come from inside a render (the analysis); listeners redraw, so they run after it.
		if (notifying) return;
		notifying = true;
		setImmediate(() => {
			notifying = false;
			for (const listener of listeners) listener();
		});
	};

	const corrupt = (where: string) => () => {
		note({path: where, reason: 'is corrupt (not as riposte wrote it); it was ignored and will be written anew', level: 'warning'});
	};

	const cached = file === null ? null : readSnapshot(file, options.version, context, {cwd: options.cwd, folders: snapshotFolders(paths, options.cwd), corrupt: corrupt(file)});
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
		for (const problem of library.notes) note(problem);
	};

	let done: Promise<LoadResult>;
	if (cached) {
		set({...cached, progress: null});
		showFirst(now);
		done = startedOnScreen
			.then(async () => (reading = openLibrary(paths, {version: options.version, indexFile, fs, context, onWait: options.onWait, pacing: {sliceMs, signal: stopping.signal}})))
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

		reading = openLibrary(paths, {version: options.version, indexFile, fs, context, onWait: options.onWait, pacing: {sliceMs, firstSliceMs, report, signal: stopping.signal}});
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
		note,
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
