// `npm run eval`: exports the analysis of each evaluation set through the built CLI and scores it
// with the project's scorer (and the reference scorer in ../shared/eval when it is there):
//   bundled  articles/ against test/gold (bars: the for the bundled five)
//   dev      test/fixtures/dev, twenty articles paraphrased from real reporting
//   validation  test/fixtures/validation, ten more, developed on after a first score
//   dev2     test/fixtures/dev2, ten more paraphrases of real reports, developed on after a first score
//   dev3 … dev9  test/fixtures/dev3 … dev9: ten more each, the same way
//   frozen   test/fixtures/frozen, ten more kept out of all tuning (score it, never read it)
//   fresh    test/fixtures/fresh, ten more made later and kept out the same way
//   fresh2 … fresh5  test/fixtures/fresh2 … fresh5: ten more each, made later still, kept out the same way
// `npm run eval -- dev --verbose` scores one set and lists every miss (not for the frozen set).
// Exits 1 when the bundled set is below its bars.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const sets = [
	{name: 'bundled', articles: 'articles', gold: 'test/gold', bars: 'claims=0.9,responses=0.9,speakers=0.9,pairing=0.85,entities=0.85'},
	{name: 'dev', articles: 'test/fixtures/dev/articles', gold: 'test/fixtures/dev/gold'},
	{name: 'validation', articles: 'test/fixtures/validation/articles', gold: 'test/fixtures/validation/gold'},
	{name: 'dev2', articles: 'test/fixtures/dev2/articles', gold: 'test/fixtures/dev2/gold'},
	{name: 'dev3', articles: 'test/fixtures/dev3/articles', gold: 'test/fixtures/dev3/gold'},
	{name: 'dev4', articles: 'test/fixtures/dev4/articles', gold: 'test/fixtures/dev4/gold'},
	{name: 'dev5', articles: 'test/fixtures/dev5/articles', gold: 'test/fixtures/dev5/gold'},
	{name: 'dev6', articles: 'test/fixtures/dev6/articles', gold: 'test/fixtures/dev6/gold'},
	{name: 'dev7', articles: 'test/fixtures/dev7/articles', gold: 'test/fixtures/dev7/gold'},
	{name: 'dev8', articles: 'test/fixtures/dev8/articles', gold: 'test/fixtures/dev8/gold'},
	{name: 'dev9', articles: 'test/fixtures/dev9/articles', gold: 'test/fixtures/dev9/gold'},
	{name: 'frozen', articles: 'test/fixtures/frozen/articles', gold: 'test/fixtures/frozen/gold'},
	{name: 'fresh', articles: 'test/fixtures/fresh/articles', gold: 'test/fixtures/fresh/gold'},
	{name: 'fresh2', articles: 'test/fixtures/fresh2/articles', gold: 'test/fixtures/fresh2/gold'},
	{name: 'fresh3', articles: 'test/fixtures/fresh3/articles', gold: 'test/fixtures/fresh3/gold'},
	{name: 'fresh4', articles: 'test/fixtures/fresh4/articles', gold: 'test/fixtures/fresh4/gold'},
	{name: 'fresh5', articles: 'test/fixtures/fresh5/articles', gold: 'test/fixtures/fresh5/gold'},
];
const run = (args, options = {}) => spawnSync(process.execPath, args, {encoding: 'utf8', maxBuffer: 1 << 28, ...options});
const flags = process.argv.slice(2).filter(a => a.startsWith('--'));
const only = process.argv.slice(2).filter(a => !a.startsWith('--'));
const verbose = flags.includes('--verbose');
const reference = path.join('..', 'shared', 'eval', 'score.mjs');
const folder = mkdtempSync(path.join(tmpdir(), 'riposte-eval-'));

let status = 0;
for (const set of sets.filter(s => only.length === 0 || only.includes(s.name))) {
	const exported = run(['dist/cli.js', 'export', set.articles, '--format', 'json']);
	if (exported.status !== 0 && !exported.stdout) {
		process.stderr.write(exported.stderr);
		console.error(`eval: \`riposte export ${set.articles} --format json\` failed`);
		process.exit(2);
	}

	const file = path.join(folder, `${set.name}.json`);
	writeFileSync(file, exported.stdout);
	// The frozen and fresh sets are scored, never inspected: no per-item detail for them.
	const detail = verbose && !['frozen', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5'].includes(set.name) ? ['--verbose'] : [];
	const ours = run(['--import', 'tsx', 'source/eval/run.ts', '--pred', file, '--gold', set.gold, ...(set.bars ? ['--min', set.bars] : []), ...detail]);
	const lines = ours.stdout.trim().split('\n');
	if (detail.length > 0) console.log(lines.slice(0, -1).join('\n'));
	console.log(`${set.name.padEnd(10)} ${lines.filter(l => l.startsWith('claims F1') || l.startsWith('below minimum')).join(' — ')}`);
	status ||= ours.status ?? 1;
	if (existsSync(reference)) {
		const theirs = run([reference, '--pred', file, '--gold', set.gold]);
		console.log(`${''.padEnd(10)} reference scorer: ${theirs.stdout.trim().split('\n').pop()}`);
	}
}

console.log(`exports: ${folder}`);
process.exit(status);
