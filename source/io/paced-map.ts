// Reading many files at once, in slices: at most so many at a time, with a pause for the event
// loop (and a report of what has been read) after each slice, so a reader already on screen can
// draw and take keys while the rest is read.
import type {LoadResult} from '../core/types.js';
import type {Read} from './to-article.js';

/**
 * Reading in slices: after about `sliceMs` of reading, the loader pauses for the event loop (so a
 * reader already on screen can draw and take keys) and calls `report`, if given, with what it has read so
 * far; `partial()` builds that list (it costs a sort, so a caller that skips a report skips it).
 * Reading stops early, with what it has, once `signal` is aborted.
 */
export type Pacing = {
	sliceMs: number;
	/** The first slice's length when it differs (shorter: a first frame needs only a screenful of files). */
	firstSliceMs?: number;
	report?(partial: () => LoadResult, read: number, total: number): void;
	signal?: AbortSignal;
};

/** Runs `task` over `items`, at most `limit` at a time, keeping the results in order (unfinished ones stay holes). A task that answers at once is not awaited. */
export async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => R | Promise<R>, results: Array<R | undefined>, pace?: Pace): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			// Every worker waits on the same pause, so a slice ends for all of them at once; after it,
			// the pace is asked again (another worker may have started the next slice's pause).
			let pause = pace?.();
			while (pause instanceof Promise) {
				if (!(await pause)) return;
				pause = next < items.length ? pace?.() : undefined;
			}

			if (pause === false || next >= items.length) return;
			const index = next++;
			// The reader's loader answers from its head index synchronously: an await per file would
			// cost a microtask and a promise each, ten thousand times at start-up.
			const result = task(items[index]!);
			results[index] = result instanceof Promise ? await result : result;
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

/** Between two tasks: undefined to go on, a pause to wait for first, or false to stop (the pause can also end in false). */
export type Pace = () => Promise<boolean> | undefined | false;

/** A pace for `mapLimited` from a `Pacing`: a pause for the event loop after every slice, with a report before it. */
export function pacer(pacing: Pacing, reads: ReadonlyArray<Read | undefined>, partial: (reads: ReadonlyArray<Read | undefined>) => LoadResult): Pace {
	let pause: Promise<boolean> | undefined;
	let since = performance.now() - pacing.sliceMs + (pacing.firstSliceMs ?? pacing.sliceMs);
	// At least one file is read between two pauses, however short the slice.
	let ran = false;
	return () => {
		if (pacing.signal?.aborted) return false;
		if (pause) return pause;
		if (!ran || performance.now() - since < pacing.sliceMs) {
			ran = true;
			return undefined;
		}

		ran = false;
		if (pacing.report) {
			let read = 0;
			for (const entry of reads) if (entry !== undefined) read++;
			pacing.report(() => partial(reads), read, reads.length);
		}

		pause = new Promise<void>(resolve => {
			setImmediate(resolve);
		}).then(() => {
			pause = undefined;
			since = performance.now();
			return !pacing.signal?.aborted;
		});
		return pause;
	};
}
