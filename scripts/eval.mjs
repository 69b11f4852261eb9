// `npm run eval`: exports the analysis of articles/ through the built CLI, scores it with the
// project's scorer against test/gold, and also prints the reference scorer's line when
// ../shared/eval/score.mjs is present. Exits 1 when a figure is below the project's bars.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const bars = 'claims=0.9,responses=0.9,speakers=0.9,pairing=0.85,entities=0.85';
const run = (args, options = {}) => spawnSync(process.execPath, args, {encoding: 'utf8', maxBuffer: 1 << 28, ...options});

const exported = run(['dist/cli.js', 'export', 'articles', '--format', 'json']);
if (exported.status !== 0) {
	process.stderr.write(exported.stderr);
	console.error('eval: `riposte export articles --format json` failed');
	process.exit(2);
}
const file = path.join(mkdtempSync(path.join(tmpdir(), 'riposte-eval-')), 'analysis.json');
writeFileSync(file, exported.stdout);
console.log(`export: ${file}`);

const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
const ours = run(['--import', 'tsx', 'source/eval/run.ts', '--pred', file, '--gold', 'test/gold', '--min', bars, ...verbose], {stdio: 'inherit'});

const reference = path.join('..', 'shared', 'eval', 'score.mjs');
if (existsSync(reference)) {
	const theirs = run([reference, '--pred', file]);
	const line = theirs.stdout.trim().split('\n').pop();
	console.log(`reference scorer (${reference}): ${line}`);
} else {
	console.log(`reference scorer not found at ${reference}; project scorer only`);
}
process.exit(ours.status ?? 1);
