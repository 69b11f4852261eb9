// The only impure entry: arguments → load → analyse → render or export. Heavy parts (the Ink
// reader, the analysis core, the export formats) are imported only on the path that needs them,
// and nothing is analysed before the reader's first frame: the reader analyses lazily.
import process from 'node:process';
import {parseInvocation, type Invocation} from './cli/args.js';
import {colorEnabled} from './cli/color.js';
import {runExport} from './cli/export.js';
import {tuneHeapForReader} from './cli/heap-tuning.js';
import {openKeyboard} from './cli/keyboard.js';
import {complain, OutputError, processOutput as out, quietStreamErrors, sendTerminal, writeAll} from './cli/output.js';
import {formatProblems, hasFailures} from './cli/problems.js';
import {packageVersion} from './io/bundled.js';
import type {Article, LoadProblem, LoadResult} from './core/types.js';
import {loadArticles} from './io/load-articles.js';

// A failed write (a full disk, a closed pipe) is reported by the write that failed, as one line.
quietStreamErrors();
/** Whether the reader has taken the terminal (an unexpected error must give it back). */
let readerStarted = false;

/**
 * A pipe named on the command line (or standard input) that gives nothing yet: said on the
 * terminal, so a wait for its writer is never a blank screen. Not said into a log or a pipe.
 */
function onWait(shown: string): void {
	if (!process.stderr.isTTY) return;
	complain(shown === '-'
		? 'riposte: waiting for standard input to be written (ctrl-c to stop)'
		: `riposte: reading ${shown}, a pipe: waiting for something to write to it (ctrl-c to stop)`);
}

/** Loads the analysis and export formats for the batch commands. */
async function batchDeps() {
	const [{analyse}, {toAnalysisExport}, {toMarkdownReport}, {jsonChunks}] = await Promise.all([
		import('./core/analyse.js'),
		import('./report/export-json.js'),
		import('./report/export-markdown.js'),
		import('./report/json-chunks.js'),
	]);
	return {
		analyse,
		onWait,
		format: (items: Parameters<typeof toMarkdownReport>[0], format: 'json' | 'markdown') =>
			format === 'json' ? jsonChunks(toAnalysisExport(items)) : [toMarkdownReport(items)],
	};
}

/** Addresses on the command line fetched into the library and replaced by its files; null when every input was an address and none gave anything. */
async function resolveAddresses(inputs: string[]): Promise<{paths: string[]; problems: LoadProblem[]} | null> {
	const {looksLikeUrl} = await import('./web/fetch-url.js');
	if (!inputs.some(input => looksLikeUrl(input))) return {paths: inputs, problems: []};
	const [{resolveInputs}, {libraryDir}] = await Promise.all([import('./web/fetch-inputs.js'), import('./io/app-dirs.js')]);
	const resolved = await resolveInputs(inputs, {libraryDir: libraryDir()});
	if (resolved.paths.length === 0) {
		await nothingRead(resolved.problems);
		return null;
	}

	return resolved;
}

/** `riposte [PATH|URL…]`: the reader in a terminal, a plain listing anywhere else. */
async function read(inputs: string[]): Promise<number> {
	const resolved = await resolveAddresses(inputs);
	if (!resolved) return 1;
	const {paths, problems: fetchProblems} = resolved;
	// The listing analyses every article, so it reads them whole; the reader lists from heads.
	if (!process.stdout.isTTY) {
		const loaded = await loadArticles(paths, {onWait});
		return list({...loaded, problems: [...fetchProblems, ...loaded.problems]});
	}
	const [{openReaderLibrary}, {programStamp}, {cacheDir}] = await Promise.all([import('./cli/reader-library.js'), import('./cli/program-stamp.js'), import('./io/app-dirs.js')]);
	// One fingerprint of this build keys both caches (head index and analyses).
	const version = programStamp();
	// The reader's modules (Ink, React) are set up while the folder walk waits on the file system,
	// not after it. A start that reads nothing does not wait for them.
	const modules = Promise.all([
		import('./cli/run-reader.js'),
		import('./io/analysis-cache.js'),
		import('./io/reader-state.js'),
		import('./cli/open-browser.js'),
		import('./cli/background-analyse.js'),
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
	readerStarted = true;
	// The analysis core (lexicons, patterns) is set up after the first frame, when the reader asks.
	let core: typeof import('./core/analyse.js') | undefined;
	const prepare = async () => {
		core ??= await import('./core/analyse.js');
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

async function nothingRead(problems: LoadResult['problems']): Promise<number> {
	await writeAll(out.stderr, `${formatProblems(problems)}riposte: no article could be read\n`);
	return 1;
}

/** The plain listing for output that is not a terminal. */
async function list(loaded: LoadResult): Promise<number> {
	if (loaded.articles.length === 0) return nothingRead(loaded.problems);
	const [{printListing}, {analyse}] = await Promise.all([import('./cli/listing.js'), import('./core/analyse.js')]);
	return printListing(loaded, analyse, out);
}

async function main(invocation: Invocation): Promise<number> {
	switch (invocation.command) {
		case 'help': {
			const {helpText} = await import('./cli/help.js');
			await writeAll(out.stdout, helpText());
			return 0;
		}

		case 'version': {
			await writeAll(out.stdout, `riposte ${packageVersion()}\n`);
			return 0;
		}

		case 'usage-error': {
			await writeAll(out.stderr, `riposte: ${invocation.message}\nTry 'riposte --help' for the commands and options.\n`);
			return 2;
		}

		case 'export': {
			// The reader's heap settings cut an export's peak RSS by about a third (bench/README.md).
			tuneHeapForReader();
			const resolved = await resolveAddresses(invocation.paths);
			if (!resolved) return 1;
			return runExport({...invocation, paths: resolved.paths, problems: resolved.problems}, await batchDeps(), out);
		}

		case 'read': {
			return read(invocation.paths);
		}
	}
}

/** Never a stack trace on the terminal: a failed write is one line, anything else one line and a log file. */
async function run(): Promise<number> {
	try {
		return await main(parseInvocation(process.argv.slice(2)));
	} catch (error) {
		if (error instanceof OutputError) {
			complain(`riposte: ${error.message}`);
			return 1;
		}

		const {reportCrash} = await import('./cli/crash-log.js');
		complain(reportCrash(error));
		return 1;
	}
}

// An error thrown outside the awaited chain (a timer, an event handler) gets the same treatment;
// if the reader was on screen, the terminal is given back first.
const crash = (error: unknown) => {
	if (readerStarted) {
		sendTerminal('leaveAlternateScreen', 'showCursor');
		if (process.stdin.isTTY) process.stdin.setRawMode(false);
	}

	void import('./cli/crash-log.js').then(({reportCrash}) => {
		complain(reportCrash(error));
		process.exit(1);
	});
};

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// exitCode, not exit(): output written to a pipe is flushed before the process ends.
process.exitCode = await run();
