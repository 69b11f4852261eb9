// `npm run bench:memory [-- --sizes 1,8,64] [--timeout 900]`: the memory bound of issue 14. Each
// size is one synthetic plain-text article (the bundled articles' paragraphs in turn, so the
// prose and its claims are realistic) exported to JSON by the built CLI in a child process;
// peak RSS and time are those of that process (wait4's rusage, bench/max-rss.py). The baseline,
// measured in the same run, is the export of a 2 KB article: the fixed base. The target is
// peak RSS ≤ base + 20 × the article's size.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {readBundled} from './gen-corpus.mjs';
import {renderTable, row} from './table.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', 'dist', 'cli.js');
const option = (name, fallback) => {
	const at = process.argv.indexOf(name);
	return at === -1 ? fallback : process.argv[at + 1];
};

const sizes = option('--sizes', '1,8,64').split(',').map(Number);
const timeoutS = Number(option('--timeout', '900'));
const log = message => process.stderr.write(`${message}\n`);

/** Writes a plain-text article of at least `bytes` bytes: a title line, then bundled paragraphs in turn. */
export function writeArticle(file, bytes) {
	const paragraphs = readBundled().flatMap(article => article.paragraphs);
	const parts = ['Synthetic article for the memory bench\n\n'];
	let size = Buffer.byteLength(parts[0]);
	for (let i = 0; size < bytes; i++) {
		const paragraph = `${paragraphs[i % paragraphs.length]}\n\n`;
		parts.push(paragraph);
		size += Buffer.byteLength(paragraph);
	}

	writeFileSync(file, parts.join(''));
	return size;
}

/** Exports `file` in a child process; its peak RSS (MB), time (s) and exit status. */
function exportPeak(file, temp) {
	const env = {...process.env, HOME: temp, RIPOSTE_CACHE_DIR: path.join(temp, 'cache'), RIPOSTE_STATE_DIR: path.join(temp, 'state'), XDG_CACHE_HOME: path.join(temp, 'xdg-cache')};
	const run = spawnSync('python3', [path.join(here, 'max-rss.py'), String(timeoutS), process.execPath, cli, 'export', file, '--output', path.join(temp, 'out.json')], {env, encoding: 'utf8', maxBuffer: 1 << 24});
	if (run.status !== 0) throw new Error(`bench/max-rss.py failed: ${run.stderr}`);
	const result = JSON.parse(run.stdout.trim().split('\n').at(-1));
	const tail = run.stderr.trim().split('\n').slice(-3).join(' | ');
	return {rssMb: result.maxRssKb / 1024, seconds: result.ms / 1000, status: result.status, tail};
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'riposte-bench-memory-'));
const rows = [];
try {
	const small = path.join(temp, 'base.txt');
	writeArticle(small, 2000);
	const base = exportPeak(small, temp);
	log(`base: a 2 KB article exports in ${base.seconds} s at ${base.rssMb.toFixed(0)} MB`);
	rows.push(row('peak RSS, export of a 2 KB article (the base)', base.rssMb, 'MB', null, null, null, null));
	for (const mb of sizes) {
		const file = path.join(temp, `article-${mb}mb.txt`);
		writeArticle(file, mb * 1e6);
		const articleMb = statSync(file).size / 2 ** 20;
		log(`exporting a ${mb} MB article (timeout ${timeoutS} s)`);
		const run = exportPeak(file, temp);
		const how = run.status === 0 ? '' : run.status === -9 ? ` [killed after ${timeoutS} s]` : ` [exit ${run.status}: ${run.tail}]`;
		log(`  ${run.seconds} s, ${run.rssMb.toFixed(0)} MB${how}`);
		const bound = base.rssMb + 20 * articleMb;
		rows.push(
			row(`peak RSS, export of ${mb} MB${how}`, run.rssMb, 'MB', 'base + 20× article', bound, '≤ 1×', (_v, ratio) => run.status === 0 && ratio <= 1),
			row(`  above the base, per MB of article`, (run.rssMb - base.rssMb) / articleMb, '×', null, null, '≤ 20×', value => run.status === 0 && value <= 20),
			row(`  time, export of ${mb} MB`, run.seconds, 's', '2 KB article', base.seconds, null, null),
			row(`  time per MB of article`, run.seconds / articleMb, 's/MB', null, null, null, null),
		);
		rmSync(file, {force: true});
	}
} finally {
	console.log(renderTable(rows));
	console.log(`\n${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB memory; peak RSS from wait4 (bench/max-rss.py)`);
	rmSync(temp, {recursive: true, force: true});
}
