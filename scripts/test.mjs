// Runs every test/**/*.test.ts(x) file with Node's own test runner (TypeScript through tsx).
// Node's --test globs differ between versions, so the files are listed here. Tests that drive the real
// program in tmux (test/e2e, and any test importing its harness) run after the others, one file
// at a time: they wait on a real terminal, and on a 2-core machine they should not share it with
// CPU-heavy test files or with each other.
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const only = process.argv.slice(2);
const files = [];
const walk = dir => {
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'fixtures') walk(full);
		} else if (/\.test\.tsx?$/.test(entry.name)) {
			files.push(full);
		}
	}
};
walk('test');
const selected = (only.length ? files.filter(f => only.some(o => f.includes(o))) : files).sort();
const inTerminal = file => file.includes(`${path.sep}e2e${path.sep}`) || readFileSync(file, 'utf8').includes('/e2e/');
const groups = [
	{files: selected.filter(file => !inTerminal(file)), concurrency: 2},
	{files: selected.filter(file => inTerminal(file)), concurrency: 1},
];

/** Runs one group, streaming its output, and returns its exit status and summary counts. */
const run = group => new Promise(resolve => {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', '--test', `--test-concurrency=${group.concurrency}`, ...group.files],
		{stdio: ['inherit', 'pipe', 'inherit'], env: {...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0'}},
	);
	let tail = '';
	child.stdout.on('data', chunk => {
		process.stdout.write(chunk);
		tail = (tail + chunk.toString()).slice(-4000);
	});
	child.on('close', code => {
		// The runner's summary: "# pass 3" in TAP (Node 20 off a terminal), "ℹ pass 3" in spec (Node 22 and later).
		const count = name => Number(new RegExp(`^(?:#|ℹ) ${name} (\\d+)$`, 'm').exec(tail)?.[1] ?? 0);
		resolve({status: code ?? 1, pass: count('pass'), fail: count('fail'), skipped: count('skipped')});
	});
});

let status = 0;
const total = {pass: 0, fail: 0, skipped: 0};
for (const group of groups) {
	if (group.files.length === 0) continue;
	const result = await run(group);
	status ||= result.status;
	total.pass += result.pass;
	total.fail += result.fail;
	total.skipped += result.skipped;
}

// One closing line for both groups.
console.log(`tests: ${total.pass} passed, ${total.fail} failed, ${total.skipped} skipped`);
process.exit(status);
