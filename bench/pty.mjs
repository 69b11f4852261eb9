// Runs one program under bench/pty-driver.py (a real pseudo-terminal) and returns its timings.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const driver = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pty-driver.py');

/** Runs a plan (see pty-driver.py) and returns the driver's JSON result; throws on driver failure. */
export function runPty(plan) {
	const result = spawnSync('python3', [driver], {input: JSON.stringify({cols: 160, rows: 45, ...plan}), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	if (result.status !== 0) throw new Error(`pty driver failed: ${result.stderr}`);
	return JSON.parse(result.stdout);
}
