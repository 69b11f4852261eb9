// The only impure entry: arguments (cli/args.ts) → the command they name: help, version, export
// (cli/export.ts) or read (cli/read.ts: load → analyse → render). Heavy parts (the Ink reader, the
// analysis core, the export formats) are imported only on the path that needs them, and nothing
// is analysed before the reader's first frame: the reader analyses lazily.
import process from 'node:process';
import {parseInvocation, type Invocation} from './cli/args.js';
import {runExport} from './cli/export.js';
import {tuneHeapForReader} from './cli/heap-tuning.js';
import {onWait, resolveAddresses} from './cli/inputs.js';
import {complain, OutputError, processOutput as out, quietStreamErrors, sendTerminal, writeAll} from './cli/output.js';
import {read, readerStarted} from './cli/read.js';
import {packageVersion} from './io/bundled.js';

// A failed write (a full disk, a closed pipe) is reported by the write that failed, as one line.
quietStreamErrors();

/** `riposte export` in JSON: each article is analysed a stretch at a time and its lists written into temporary files as they come, then read back into the document (bench/README.md, "Memory bound"). */
async function exportJson(request: Parameters<typeof runExport>[0]): Promise<number> {
	const [{analyse, analyseStretches}, {analysisExport, exportedFields, exportedLists}, {jsonChunks}, {spillArticle, spillFolder}, {stretchChars}] = await Promise.all([
		import('./core/analyse.js'),
		import('./report/export-json.js'),
		import('./report/json-chunks.js'),
		import('./cli/export-spill.js'),
		import('./core/stretches.js'),
	]);
	const spill = spillFolder();
	try {
		return await runExport(request, {
			// Only an article longer than one stretch is spilled; a short one is held whole as before.
			analyse: article => (article.body.length > stretchChars ? spillArticle(article, analyseStretches(article), spill) : exportedFields(article, exportedLists(analyse(article)))),
			format: items => jsonChunks(analysisExport(items.map(item => item.analysis))),
			onWait,
		}, out);
	} finally {
		spill.remove();
	}
}

/** `riposte export` in Markdown: one report of every analysis. */
async function exportMarkdown(request: Parameters<typeof runExport>[0]): Promise<number> {
	const [{analyse}, {toMarkdownReport}] = await Promise.all([import('./core/analyse.js'), import('./report/export-markdown.js')]);
	return runExport(request, {analyse, format: items => [toMarkdownReport(items)], onWait}, out);
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
			const request = {...invocation, paths: resolved.paths, problems: resolved.problems};
			return invocation.format === 'json' ? exportJson(request) : exportMarkdown(request);
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
	if (readerStarted()) {
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
