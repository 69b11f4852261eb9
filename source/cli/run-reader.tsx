// The interactive reader: an Ink app on the alternate screen. The terminal is given back the same
// way whether the reader quits (q, ctrl-c) or is told to stop (SIGTERM, SIGHUP, SIGINT, SIGQUIT):
// Ink unmounts, which turns raw mode off and returns to the main screen with the cursor shown.
// Ctrl-z suspends it (job-control.tsx).
import {render} from 'ink';
import type {Analysis, Article, LibrarySoFar, LoadProblem} from '../core/types.js';
import type {ReaderPosition} from '../io/reader-state.js';
import {App} from '../ui/app.js';
import type {BackgroundAnalyse} from '../ui/use-open-analysis.js';
import {tuneHeapForReader} from './heap-tuning.js';
import {JobControl} from './job-control.js';
import type {Keyboard} from './keyboard.js';

/** What the reader needs from the CLI. */
export type ReaderOptions = {
	/** The articles as they become known; the reader redraws on each change. */
	library: {current(): LibrarySoFar; subscribe(listener: () => void): () => void};
	/** Problems to show beside the library's own (the saved position could not be read). */
	problems: LoadProblem[];
	/** Called once the first frame is on screen. */
	onStarted?: () => void;
	analyse: (article: Article) => Analysis;
	/** Analyses large articles in a worker (closed when the reader ends, so quitting never waits for it). */
	background?: BackgroundAnalyse & {close: () => void};
	/** Loads what `analyse` needs; the reader calls it after its first frame. */
	prepare?: () => Promise<unknown>;
	color: boolean;
	keyboard: Keyboard;
	initial: ReaderPosition | null;
	onPositionChange: (position: ReaderPosition) => void;
	/** Opens an article's web address (`o`). */
	onOpenUrl?: (url: string) => void;
};

/** Signals that end the reader, with the exit status a shell reports for each (128 + number). */
const signals = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130, SIGQUIT: 131} as const;

/** Runs the reader until it is quit; resolves with the exit status. */
export async function runReader(options: ReaderOptions): Promise<number> {
	tuneHeapForReader();
	let status = 0;
	// The merged problem list keeps its identity while the library's does: a new one tells the app something changed.
	let merged: {from: LoadProblem[]; all: LoadProblem[]} | undefined;
	const problemsOf = (from: LoadProblem[]) => {
		if (merged?.from !== from) merged = {from, all: options.problems.length === 0 ? from : [...from, ...options.problems]};
		return merged.all;
	};

	const app = () => {
		const now = options.library.current();
		return (
			<JobControl keyboard={options.keyboard.stream}>
				<App
					articles={now.articles}
					problems={problemsOf(now.problems)}
					loading={now.progress}
					ordered
					analyse={options.analyse}
					background={options.background}
					prepare={options.prepare}
					color={options.color}
					initial={options.initial ?? undefined}
					onPositionChange={options.onPositionChange}
					onOpenUrl={options.onOpenUrl}
				/>
			</JobControl>
		);
	};

	const instance = render(
		app(),
		{
			stdin: options.keyboard.stream,
			// Ctrl-C is a key in the table (quit, which saves the position first), so Ink must not take it.
			exitOnCtrlC: false,
			patchConsole: false,
			// Only the rows that changed are rewritten, not the whole frame (a cursor move is a few
			// hundred bytes, not ~15 kB); test/e2e/journey checks the frame after keys equals a full
			// redraw of the same state.
			incrementalRendering: true,
			alternateScreen: true,
			// The reader runs only with a terminal on stdout and a keyboard; Ink's own guess would draw
			// nothing but a last frame whenever CI is set in the environment.
			interactive: true,
		},
	);
	const unsubscribe = options.library.subscribe(() => {
		instance.rerender(app());
	});
	options.onStarted?.();
	const handlers = Object.entries(signals).map(([signal, code]) => {
		const handler = () => {
			status = code;
			instance.unmount();
		};

		process.once(signal, handler);
		return () => process.off(signal, handler);
	});
	try {
		await instance.waitUntilExit();
	} finally {
		unsubscribe();
		options.background?.close();
		for (const remove of handlers) remove();
		if (options.keyboard.opened) options.keyboard.stream.destroy();
	}

	return status;
}
