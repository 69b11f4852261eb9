// `riposte [PATH|URL…]`: the reader in a terminal (the list first from the caches, then the
// reader's modules, the analysis after the first frame), a plain listing anywhere else.
import process from 'node:process';
import type {Article, LoadResult} from '../core/types.js';
import {loadArticles} from '../io/load-articles.js';
import {colorEnabled} from './color.js';
import {nothingRead, onWait, resolveAddresses} from './inputs.js';
import {openKeyboard} from './keyboard.js';
import {processOutput as out, writeAll} from './output.js';
import {formatProblems, hasFailures} from './problems.js';

let started = false;

/** Whether the reader has taken the terminal (an unexpected error must give it back). */
export const readerStarted = (): boolean => started;

/** `riposte [PATH|URL…]`: the reader in a terminal, a plain listing anywhere else. */
export async function read(inputs: string[]): Promise<number> {
	const resolved = await resolveAddresses(inputs);
	if (!resolved) return 1;
	const {paths, problems: fetchProblems} = resolved;
	// The listing analyses every article, so it reads them whole; the reader lists from heads.
	if (!process.stdout.isTTY) {
		const loaded = await loadArticles(paths, {onWait});
		return list({...loaded, problems: [...fetchProblems, ...loaded.problems]});
	}
	const [{openReaderLibrary}, {programStamp}, {cacheDir}] = await Promise.all([import('./reader-library.js'), import('./program-stamp.js'), import('../io/app-dirs.js')]);
	// One fingerprint of this build keys both caches (head index and analyses).
	const version = programStamp();
	// The reader's modules (Ink, React) are set up while the folder walk waits on the file system,
	// not after it. A start that reads nothing does not wait for them.
	const modules = Promise.all([
		import('./run-reader.js'),
		import('../io/analysis-cache.js'),
		import('../io/reader-state.js'),
		import('./open-browser.js'),
		import('./background-analyse.js'),
	]);
	modules.catch(() => undefined);
	const library = openReaderLibrary(paths, {version, cacheDir: cacheDir(), cwd: process.cwd(), onWait});
	const first = await library.first;
	if (first.articles.length === 0) return nothingRead([...fetchProblems, ...first.problems]);
	const keyboard = openKeyboard(paths.includes('-'));
	if (!keyboard) {
		library.started();
		const done = await library.done;
		return list({...done, problems: [...fetchProblems, ...done.problems]});
	}

	const [{runReader}, {createCachedAnalyse}, {readPosition, stateFile, writePosition}, {openInBrowser}, {createBackgroundAnalyse}] = await modules;
	started = true;
	// The analysis core (lexicons, patterns) is set up after the first frame, when the reader asks.
	let core: typeof import('../core/analyse.js') | undefined;
	const prepare = async () => {
		core ??= await import('../core/analyse.js');
	};

	const analyse = (article: Article) => {
		if (!core) throw new Error('the analysis is not loaded yet');
		return core.analyse(article);
	};

	const saved = readPosition();
	let positionSaved = true;
	// The head index and list snapshot are written a moment after the list is complete, not before the first frame.
	let saveLater: ReturnType<typeof setTimeout> | undefined;
	void library.done.then(() => {
		saveLater = setTimeout(() => library.save(), saveDelayMs);
	});
	const status = await runReader({
		library,
		problems: saved.problem ? [...fetchProblems, saved.problem] : fetchProblems,
		onStarted: library.started,
		analyse: createCachedAnalyse({analyse, version, report: library.note}),
		// Large articles are analysed in a worker, so keys and signals are answered meanwhile.
		background: createBackgroundAnalyse({setup: {version, cacheDir: cacheDir()}, report: library.note, inlineBelow: inlineAnalysisBelow}) ?? undefined,
		prepare,
		color: colorEnabled(process.env, true),
		keyboard,
		initial: saved.position,
		onPositionChange(position) {
			// The last save decides: a full disk that later frees up is not reported.
			positionSaved = writePosition(position);
		},
		onOpenUrl: openInBrowser,
	});
	// Reading stops at its next pause (a slice, ~12 ms); what it learned is kept for the next start.
	library.stop();
	clearTimeout(saveLater);
	await library.ended();
	library.save();
	// After the reader, say on the main screen what could not be read (start-up failures were shown
	// inside; problems found when a body was read are all new to the main screen).
	const after = [...fetchProblems.filter(problem => problem.level !== 'warning'), ...library.current().problems.filter(problem => problem.level !== 'warning'), ...library.late];
	if (after.length > 0) await writeAll(out.stderr, formatProblems(after));
	if (!positionSaved) await writeAll(out.stderr, `riposte: could not save the reading position in ${stateFile()} (a full disk, or no permission); the next start opens at the top\n`);
	// As the README says: 1 when some file could not be read, in the reader as in export.
	return status !== 0 ? status : hasFailures(after) ? 1 : 0;
}

/** How long after the list is complete the head index and list snapshot are written. */
const saveDelayMs = 300;
/** Bodies under this many characters are analysed inline (well under a second); larger ones in the worker. */
const inlineAnalysisBelow = 200_000;

/** The plain listing for output that is not a terminal. */
async function list(loaded: LoadResult): Promise<number> {
	if (loaded.articles.length === 0) return nothingRead(loaded.problems);
	const [{printListing}, {analyse}] = await Promise.all([import('./listing.js'), import('../core/analyse.js')]);
	return printListing(loaded, analyse, out);
}
