// `npm run bench [-- --quick]`: every figure is measured here, in this run, through a real
// pseudo-terminal, next to its baseline from the same run. Nothing is carried over.
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildFloor} from './build-floor.mjs';
import {generateCorpus, generatedTitlePattern, readBundled} from './gen-corpus.mjs';
import {keyLatencies} from './keys.mjs';
import {appScenarios, floorScenario} from './scenarios.mjs';
import {firstFrames, startups} from './startup.mjs';
import {runPty} from './pty.mjs';
import {median, quantile} from './stats.mjs';
import {renderTable, row} from './table.mjs';
import {loadCore, measureThroughput} from './throughput.mjs';

const quick = process.argv.includes('--quick');
const runs = quick ? 5 : 11;
const keysPerScenario = quick ? 60 : 200;
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const temp = mkdtempSync(path.join(os.tmpdir(), 'riposte-bench-'));
const log = message => process.stderr.write(`${message}\n`);
const rows = [];

// Each program gets its own state and cache directories, so nothing in $HOME is read or written.
const isolated = name => {
	const dir = path.join(temp, name);
	return {HOME: path.join(dir, 'home'), RIPOSTE_STATE_DIR: path.join(dir, 'state'), RIPOSTE_CACHE_DIR: path.join(dir, 'cache'), XDG_CACHE_HOME: path.join(dir, 'xdg-cache'), XDG_STATE_HOME: path.join(dir, 'xdg-state'), XDG_CONFIG_HOME: path.join(dir, 'xdg-config'), TERM: 'xterm-256color'};
};

// A title is found on screen by its first 14 characters: the list may cut the rest.
const bundledNeedles = readBundled().map(a => a.fields.title.slice(0, 14));
const floorReady = ['hello from the Ink floor'];

try {
	log('building the Ink floor with scripts/build.mjs options');
	const floor = await buildFloor(temp);

	log(`first frame, bundled articles (${runs} runs each, 160×45)`);
	const nodeZero = median(firstFrames({cmd: [process.execPath, '-e', '0'], env: isolated('node'), runs}));
	const floorFirst = median(firstFrames({cmd: [process.execPath, floor], env: isolated('floor'), ready: floorReady, runs}));
	const appFirst = median(firstFrames({cmd: [process.execPath, cli], env: isolated('app'), ready: bundledNeedles, runs}));
	rows.push(
		row('node -e 0, spawn to exit (median)', nodeZero, 'ms', null, null, null, null),
		row('first frame, 5 bundled (median)', appFirst, 'ms', 'Ink floor', floorFirst, '≤ 1.25× floor', (_v, r) => r <= 1.25),
		row('first frame above node -e 0', appFirst - nodeZero, 'ms', 'floor', floorFirst - nodeZero, null, null),
	);

	log(`key latency, bundled articles (${keysPerScenario} keys a scenario)`);
	const floorKeys = keyLatencies({cmd: [process.execPath, floor], env: isolated('floor-keys'), ready: floorReady, scenarios: [floorScenario(keysPerScenario)]});
	const floorP95 = quantile(floorKeys.byScenario.floor.latencies, 0.95);
	const app = keyLatencies({cmd: [process.execPath, cli], env: isolated('app-keys'), ready: bundledNeedles, scenarios: appScenarios(keysPerScenario)});
	for (const [name, {latencies, misses}] of Object.entries(app.byScenario)) {
		const note = misses ? ` [${misses} keys drew no frame]` : '';
		rows.push(
			row(`key p50, ${name}${note}`, quantile(latencies, 0.5), 'ms', 'floor p50', quantile(floorKeys.byScenario.floor.latencies, 0.5), null, null),
			row(`key p95, ${name} (n=${latencies.length})`, quantile(latencies, 0.95), 'ms', 'floor p95', floorP95, '≤ 16 ms', v => v <= 16),
		);
	}

	rows.push(row('peak RSS after keys, 5 bundled', app.hwmKb / 1024, 'MB', 'Ink floor', floorKeys.hwmKb / 1024, '≤ 1.3× floor', (_v, r) => r <= 1.3));

	log('analysis throughput (one core)');
	const core = await loadCore(temp);
	const {articles: bundledArticles} = await core.loadArticles([path.join(root, 'articles')]);
	const bundledRate = await measureThroughput(bundledArticles, core.analyse, {minMs: quick ? 1500 : 4000});
	rows.push(row('analyse() throughput, bundled', bundledRate.analysed, 'MB/s', 'word regex pass', bundledRate.tokenised, '≥ 2 MB/s', v => v >= 2));

	log('generating a 10,000-article corpus');
	const corpus = path.join(temp, 'corpus');
	const bytes = generateCorpus(corpus, {count: 10_000});
	log(`  ${(bytes / 1e6).toFixed(1)} MB`);
	const {articles: generated} = await core.loadArticles([corpus]);
	const corpusRate = await measureThroughput(generated.slice(0, 1000), core.analyse, {minMs: quick ? 1500 : 4000});
	rows.push(row('analyse() throughput, 1,000 generated', corpusRate.analysed, 'MB/s', 'word regex pass', corpusRate.tokenised, '≥ 2 MB/s', v => v >= 2));

	log('scale: 10,000 articles');
	const ready10k = {readyPattern: generatedTitlePattern, readyCount: 5};
	// Cold: a fresh cache directory every run (prime 0: each run is its own cold start). The first
	// frame shows the files read so far; the list is complete when its header counts all 10,000.
	const cold = [];
	for (let i = 0; i < Math.max(3, Math.floor(runs / 2)); i++) {
		cold.push(...startups({cmd: [process.execPath, cli, corpus], env: isolated(`cold-${i}`), ...ready10k, completePattern: 'Articles 1/10000 +│', runs: 1, prime: 0}));
	}

	rows.push(
		row('first frame, 10,000 cold cache (median)', median(cold.map(r => r.firstFrameMs)), 'ms', 'Ink floor', floorFirst, '≤ 1.5× floor', (_v, r) => r <= 1.5),
		row('  list complete, 10,000 cold (median)', median(cold.map(r => r.completeMs)), 'ms', 'Ink floor', floorFirst, null, null),
	);
	// Warm: the cache a session that ran to the end left (the discarded first run waits 1.5 s).
	const warmEnv = isolated('warm');
	const warm = median(firstFrames({cmd: [process.execPath, cli, corpus], env: warmEnv, ...ready10k, runs, prime: 1, primeSettleMs: 1500}));
	rows.push(
		row('first frame, 10,000 warm cache (median)', warm, 'ms', 'Ink floor', floorFirst, '≤ 1.5× floor', (_v, r) => r <= 1.5),
		row('warm reopen, 10,000 vs 5 bundled', warm, 'ms', '5 bundled', appFirst, '≤ 2×', (_v, r) => r <= 2),
	);
	// The files are checked against the list right after a warm first frame: a key pressed at once waits for that.
	const firstKeys = [];
	for (let i = 0; i < runs; i++) {
		const result = runPty({cmd: [process.execPath, cli, corpus], env: {...isolated(`first-key-${i}`), RIPOSTE_CACHE_DIR: warmEnv.RIPOSTE_CACHE_DIR}, ...ready10k, settleMs: 0, keys: [{data: 'j', expect: 'Articles 2/10000', waitForExpect: true}], gapMs: 0, idleMs: 40, quit: 'q', readyTimeoutMs: 60_000});
		if (result.perKey[0] === null || result.perKey[0] === undefined) throw new Error(`first key after a warm start drew nothing; last output:\n${result.tail.slice(-1200)}`);
		firstKeys.push(result.perKey[0]);
	}

	rows.push(row(`  first key at the first frame, 10,000 warm (median of ${runs})`, median(firstKeys), 'ms', 'floor p95', floorP95, null, null));
	// Warm cache, but a fresh state directory: focus starts in the list, as the scenarios expect.
	const big = keyLatencies({cmd: [process.execPath, cli, corpus], env: {...isolated('warm-keys'), RIPOSTE_CACHE_DIR: warmEnv.RIPOSTE_CACHE_DIR}, ...ready10k, scenarios: appScenarios(keysPerScenario)});
	for (const [name, {latencies, misses}] of Object.entries(big.byScenario)) {
		const note = misses ? ` [${misses} keys drew no frame]` : '';
		rows.push(row(`key p95 at 10,000, ${name}${note} (n=${latencies.length})`, quantile(latencies, 0.95), 'ms', 'floor p95', floorP95, '≤ 33 ms', v => v <= 33));
	}

	rows.push(row('peak RSS after keys, 10,000', big.hwmKb / 1024, 'MB', 'Ink floor', floorKeys.hwmKb / 1024, '≤ 300 MB', v => v <= 300));
} finally {
	console.log(renderTable(rows));
	console.log(`\n${quick ? 'quick run' : 'full run'}; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}; 160×45 pty via bench/pty-driver.py`);
	rmSync(temp, {recursive: true, force: true});
}
