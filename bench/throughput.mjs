// Analysis throughput: MB of article text per second through the core's analyse() on one core.
// The core is bundled with the CLI's own esbuild options, so it runs as shipped.
import {build} from 'esbuild';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {options} from '../scripts/build.mjs';
import {parseArticle} from './gen-corpus.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles source/core/analyse.ts and returns its analyse function. */
export async function loadAnalyse() {
	const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'riposte-analyse-')), 'analyse.js');
	await build({...options, banner: {}, entryPoints: [path.join(root, 'source/core/analyse.ts')], outfile});
	const module = await import(pathToFileURL(outfile).href);
	return module.analyse;
}

/** Articles (as the core sees them) from every .md file in a directory, up to `limit`. */
export function readArticles(dir, limit = Infinity) {
	return readdirSync(dir).filter(f => f.endsWith('.md')).sort().slice(0, limit).map(file => {
		const {fields, body} = parseArticle(readFileSync(path.join(dir, file), 'utf8'));
		return {id: file.replace(/\.md$/, ''), path: path.join(dir, file), title: fields.title ?? file, outlet: fields.outlet || null, published: fields.published || null, source: fields.source || null, body};
	});
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

/** MB/s of analyse() over the articles, and of a word-tokenising pass as the baseline. */
export async function measureThroughput(articles, {minMs = 3000} = {}) {
	const analyse = await loadAnalyse();
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
