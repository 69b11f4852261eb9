// Analysis throughput: MB of article text per second through the core's analyse() on one core.
// The core is bundled with the CLI's own esbuild options, so it runs as shipped, and it is fed
// by the reader's own loader.
import {build} from 'esbuild';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {options} from '../scripts/build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles bench/analyse-entry.ts (core + loader) with the CLI's options; returns its exports. */
export async function loadCore(dir = mkdtempSync(path.join(os.tmpdir(), 'riposte-analyse-'))) {
	const outfile = path.join(dir, 'analyse.js');
	await build({...options, entryPoints: [path.join(here, 'analyse-entry.ts')], outfile});
	return import(pathToFileURL(outfile).href);
}

// Runs `pass` over the articles until at least `minMs` have passed; returns MB/s.
const rate = (articles, pass, minMs) => {
	const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.body), 0);
	for (const article of articles) pass(article); // warm-up: JIT, lexicon set-up
	let rounds = 0;
	const start = performance.now();
	while (performance.now() - start < minMs) {
		for (const article of articles) pass(article);
		rounds++;
	}
	return (bytes * rounds) / 1e6 / ((performance.now() - start) / 1000);
};

/** MB/s (UTF-8 bytes of body) of analyse() over loaded articles, and of a word-tokenising pass as the baseline. */
export async function measureThroughput(articles, analyse, {minMs = 3000} = {}) {
	let sink = 0;
	const analysed = rate(articles, article => {
		sink += analyse(article).sentences.length;
	}, minMs);
	// Baseline: one regex pass over every word, the least any text analysis must do.
	const tokenised = rate(articles, article => {
		sink += article.body.match(/\p{L}+/gu)?.length ?? 0;
	}, minMs);
	return {analysed, tokenised, sink};
}
