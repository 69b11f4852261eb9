// First frame: time from spawning a program in a pseudo-terminal to the first frame that shows
// what it is for (all bundled titles; N generated titles; the floor's one line).
import {runPty} from './pty.mjs';

/**
 * Median-ready samples of first-frame times (ms) over `runs`, after `prime` discarded runs. Each
 * run quits at its first frame; a discarded run first waits `primeSettleMs`, as a session that
 * was used would, so what it writes to its cache as it settles is there for the measured runs.
 */
export function firstFrames({cmd, env, ready, readyPattern, readyCount, runs, prime = 1, primeSettleMs = 0, cols = 160, rows = 45}) {
	return startups({cmd, env, ready, readyPattern, readyCount, runs, prime, primeSettleMs, cols, rows}).map(result => result.firstFrameMs);
}

/** The driver's results of `runs` starts (after `prime` discarded ones), each checked to have drawn its first frame (and its complete one, when `completePattern` is given). */
export function startups({cmd, env, ready, readyPattern, readyCount, completePattern, runs, prime = 1, primeSettleMs = 0, cols = 160, rows = 45}) {
	const results = [];
	for (let i = 0; i < prime + runs; i++) {
		const settleMs = i < prime ? primeSettleMs : 0;
		const result = runPty({cmd, env, ready, readyPattern, readyCount, completePattern, cols, rows, settleMs, keys: [], quit: 'q', readyTimeoutMs: 60_000});
		if (result.firstFrameMs === null || result.readyMissing?.length) {
			throw new Error(`${cmd.join(' ')}: no first frame (missing ${JSON.stringify(result.readyMissing)}); last output:\n${result.tail.slice(-1200)}`);
		}

		if (completePattern && result.completeMs === null) {
			throw new Error(`${cmd.join(' ')}: never showed ${completePattern}; last output:\n${result.tail.slice(-1200)}`);
		}

		if (i >= prime) results.push(result);
	}

	return results;
}
