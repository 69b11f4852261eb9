// Load problems as stderr lines. Paths were sanitised by the loader; reasons can carry an
// operating-system message, so they are sanitised again here before reaching the terminal.
import type {LoadProblem} from '../core/types.js';
import {sanitizeLine} from '../text/sanitize.js';

/** One line per problem: "riposte: skipped PATH: REASON" or "riposte: note: PATH: REASON" for files that still loaded. */
export function formatProblems(problems: readonly LoadProblem[]): string {
	return problems
		.map(problem => {
			const what = problem.level === 'warning' ? 'note:' : 'skipped';
			return `riposte: ${what} ${sanitizeLine(problem.path)}: ${sanitizeLine(problem.reason)}\n`;
		})
		.join('');
}

/** True when some path gave nothing (a warning still loaded its article). */
export function hasFailures(problems: readonly LoadProblem[]): boolean {
	return problems.some(problem => problem.level !== 'warning');
}
