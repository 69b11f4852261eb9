// Colour forced on for the tests of one file: the test runner's output is no terminal (and
// scripts/test.mjs sets FORCE_COLOR=0), so chalk would otherwise draw no styles at all.
import {after, before} from 'node:test';
import chalk from 'chalk';

/** Sets chalk to full colour (level 3, 16 million colours) before the file's tests and back after them. */
export function fullColour(): void {
	let level: typeof chalk.level;
	before(() => {
		level = chalk.level;
		chalk.level = 3;
	});
	after(() => {
		chalk.level = level;
	});
}
