// Runs every test/**/*.test.ts(x) file with Node's own test runner (TypeScript through tsx).
// Node 20's --test takes no globs, so the files are listed here.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
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
const selected = only.length ? files.filter(f => only.some(o => f.includes(o))) : files;
const result = spawnSync(
	process.execPath,
	['--import', 'tsx', '--test', '--test-concurrency=2', ...selected.sort()],
	{stdio: 'inherit', env: {...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0'}},
);
process.exit(result.status ?? 1);
