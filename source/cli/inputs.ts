// What the commands share about their inputs: addresses on the command line fetched into the
// library first, a word on the terminal while a pipe gives nothing yet, and the one message for
// a start that read nothing.
import process from 'node:process';
import type {LoadProblem, LoadResult} from '../core/types.js';
import {complain, processOutput as out, writeAll} from './output.js';
import {formatProblems} from './problems.js';

/**
 * A pipe named on the command line (or standard input) that gives nothing yet: said on the
 * terminal, so a wait for its writer is never a blank screen. Not said into a log or a pipe.
 */
export function onWait(shown: string): void {
	if (!process.stderr.isTTY) return;
	complain(shown === '-'
		? 'riposte: waiting for standard input to be written (ctrl-c to stop)'
		: `riposte: reading ${shown}, a pipe: waiting for something to write to it (ctrl-c to stop)`);
}

/** Addresses on the command line fetched into the library and replaced by its files; null when every input was an address and none gave anything. */
export async function resolveAddresses(inputs: string[]): Promise<{paths: string[]; problems: LoadProblem[]} | null> {
	const {looksLikeUrl} = await import('../web/fetch-url.js');
	if (!inputs.some(input => looksLikeUrl(input))) return {paths: inputs, problems: []};
	const [{resolveInputs}, {libraryDir}] = await Promise.all([import('../web/fetch-inputs.js'), import('../io/app-dirs.js')]);
	const resolved = await resolveInputs(inputs, {libraryDir: libraryDir()});
	if (resolved.paths.length === 0) {
		await nothingRead(resolved.problems);
		return null;
	}

	return resolved;
}

/** The problems, and that no article could be read; the exit status 1. */
export async function nothingRead(problems: LoadResult['problems']): Promise<number> {
	await writeAll(out.stderr, `${formatProblems(problems)}riposte: no article could be read\n`);
	return 1;
}
