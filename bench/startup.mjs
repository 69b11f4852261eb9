// First frame: time from spawning a program in a pseudo-terminal to the first frame that shows
// what it is for (all bundled titles; N generated titles; the floor's one line).
import {runPty} from './pty.mjs';

/** Median-ready samples of first-frame times (ms) over `runs`, after `prime` discarded runs. */
export function firstFrames({cmd, env, ready, readyPattern, readyCount, runs, prime = 1, cols = 160, rows = 45}) {
	const samples = [];
	for (let i = 0; i < prime + runs; i++) {
		const result = runPty({cmd, env, ready, readyPattern, readyCount, cols, rows, settleMs: 0, keys: [], quit: 'q', readyTimeoutMs: 60_000});
		if (result.firstFrameMs === null || result.readyMissing?.length) {
			throw new Error(`${cmd.join(' ')}: no first frame (missing ${JSON.stringify(result.readyMissing)}); last output:\n${result.tail.slice(-1200)}`);
		}

		if (i >= prime) samples.push(result.firstFrameMs);
	}

	return samples;
}
