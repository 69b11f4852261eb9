// Key latency: time from a key written to the terminal to the end of the frame it causes, in
// one running program, grouped by what the key does. Set-up keys are sent but not counted.
import {runPty} from './pty.mjs';

/** Key bytes as a terminal sends them. */
export const keyBytes = {up: 'k', down: 'j', tab: '\t', shiftTab: '\u001B[Z', enter: '\r', reply: 'r', nextClaim: ']', prevClaim: '['};

/**
 * Runs scenarios ({name, setup: [bytes], cycle: [bytes], count}) in one session: each scenario's
 * set-up keys, then its cycle repeated until `count` measured keys were sent. Returns latencies per
 * scenario, the misses (keys that drew nothing), and the process's peak RSS after all keys.
 */
export function keyLatencies({cmd, env, ready, readyPattern, readyCount, scenarios, cols = 160, rows = 45}) {
	const keys = [];
	const tags = [];
	for (const scenario of scenarios) {
		for (const data of scenario.setup ?? []) {
			keys.push({data});
			tags.push(null);
		}

		// Cycle entries are key bytes (measured) or {data, measure: false} (a step to get there).
		for (let measured = 0, i = 0; measured < scenario.count; i++) {
			const step = scenario.cycle[i % scenario.cycle.length];
			const counted = typeof step === 'string';
			keys.push({data: counted ? step : step.data, reject: scenario.reject});
			tags.push(counted ? scenario.name : null);
			if (counted) measured++;
		}
	}

	const result = runPty({cmd, env, ready, readyPattern, readyCount, cols, rows, keys, quit: 'q', gapMs: 45, idleMs: 40, readyTimeoutMs: 60_000});
	if (result.firstFrameMs === null) throw new Error(`${cmd.join(' ')}: no first frame; last output:\n${result.tail.slice(-1200)}`);
	const byScenario = Object.fromEntries(scenarios.map(s => [s.name, {latencies: [], misses: 0}]));
	result.perKey.forEach((ms, i) => {
		const tag = tags[i];
		if (!tag) return;
		if (ms === null) byScenario[tag].misses++;
		else byScenario[tag].latencies.push(ms);
	});
	return {byScenario, hwmKb: result.hwmKb, exitCode: result.exitCode};
}
