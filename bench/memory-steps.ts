// Where an export's memory goes, step by step: `node --expose-gc --import tsx
// bench/memory-steps.ts FILE` loads FILE as the CLI does, runs the core's steps in analyse()'s
// order over the whole body, then writes the JSON export in chunks (and, for comparison, as one string), and prints for each step its time, how much
// the process's peak RSS rose during it, and the heap still held after it (after a full GC).
// With `--stretches` it runs what the CLI's export does now instead, on the CLI's heap settings:
// the analysis a stretch at a time with its lists spilled into temporary files, then the document.
import {closeSync, openSync, rmSync, writeSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {jsonChunks} from '../source/report/json-chunks.js';
import {loadArticles} from '../source/io/load-articles.js';
import {splitSentences} from '../source/core/steps/01-sentences.js';
import {findEntities} from '../source/core/steps/02-entities.js';
import {findQuotes} from '../source/core/steps/03-quotes.js';
import {findAttributions} from '../source/core/steps/04-attributions.js';
import {resolveSpeakers} from '../source/core/steps/05-speakers.js';
import {classify} from '../source/core/dispute/classify.js';
import {pairClaims} from '../source/core/dispute/pair.js';
import {chinaProfile} from '../source/core/dispute/china.js';
import {withPartyActors} from '../source/core/dispute/party-actors.js';
import {indexTokens} from '../source/core/util/tokens.js';
import {peopleIndex} from '../source/core/util/people-index.js';
import {knownPeople} from '../source/core/lexicon/people.js';
import {analysisExport, toAnalysisExport} from '../source/report/export-json.js';
import {analyseStretches} from '../source/core/analyse.js';
import {spillArticle, spillFolder} from '../source/cli/export-spill.js';
import {tuneHeapForReader} from '../source/cli/heap-tuning.js';
import {sanitizeText} from '../source/text/sanitize.js';

const gc = (globalThis as {gc?: () => void}).gc;
if (!gc) throw new Error('run with node --expose-gc');
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0).padStart(6);
const rows: string[] = [];
let lastPeak = process.resourceUsage().maxRSS * 1024;
/** Runs one step and records its time, the rise of the peak RSS during it, and the heap held after it. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
	const start = performance.now();
	const result = await run();
	const ms = performance.now() - start;
	const peak = process.resourceUsage().maxRSS * 1024;
	gc!();
	rows.push(`${name.padEnd(28)} ${(ms / 1000).toFixed(1).padStart(7)} s  ${mb(peak - lastPeak)} MB  ${mb(process.memoryUsage().heapUsed)} MB  ${mb(peak)} MB`);
	lastPeak = peak;
	return result;
}

const stretches = process.argv.includes('--stretches');
if (stretches) tuneHeapForReader();
const file = process.argv.slice(2).find(arg => !arg.startsWith('--'));
if (!file) throw new Error('usage: memory-steps.ts [--stretches] FILE');
gc();
rows.push(`start: heap ${mb(process.memoryUsage().heapUsed)} MB, peak RSS ${mb(lastPeak)} MB`);
rows.push(`${'step'.padEnd(28)} ${'time'.padStart(9)}  ${'peak +'.padStart(9)}  ${'heap held'.padStart(9)}  ${'peak RSS'.padStart(9)}`);
const {articles} = await step('load (decode, sanitise)', async () => loadArticles([file]));
const article = articles[0]!;
rows.push(`article body: ${mb(article.body.length * 2)} MB as UTF-16 (${article.body.length} code units)`);
if (stretches) {
	const spill = spillFolder();
	const spilled = await step('analyse a stretch at a time, spill', () => spillArticle(article, analyseStretches(article), spill));
	await step('chunks, sanitised, to a file', () => {
		const descriptor = openSync(path.join(os.tmpdir(), `riposte-memory-steps-${process.pid}.json`), 'w');
		for (const chunk of jsonChunks(analysisExport([spilled]))) writeSync(descriptor, sanitizeText(chunk));
		closeSync(descriptor);
	});
	rmSync(path.join(os.tmpdir(), `riposte-memory-steps-${process.pid}.json`));
	spill.remove();
	console.log(rows.join('\n'));
	process.exit(0);
}

const {body} = article;
const people = await step('peopleIndex', () => peopleIndex(knownPeople));
const paragraphs = await step('01 sentences', () => splitSentences(body));
const sentences = paragraphs.flatMap(p => p.sentences);
const index = await step('indexTokens', () => indexTokens(body));
const found = await step('02 entities', () => findEntities(body, paragraphs, index, people));
const quotes = await step('03 quotes', () => findQuotes(body, paragraphs));
const raws = await step('04 attributions', () => findAttributions(body, paragraphs, quotes, index));
const {attributions} = await step('05 speakers', () => resolveSpeakers(body, raws, found, people));
const profile = await step('party actors', () => withPartyActors(chinaProfile, body));
const {claims, responses} = await step('classify', () => classify(body, attributions, sentences, profile));
const pairs = await step('pair', () => pairClaims(body, claims, responses, sentences, profile.partyWords));
const analysis = {articleId: article.id, sentences, entities: found, claims, responses, pairs};
const exported = await step('export object', () => toAnalysisExport([{article, analysis}]));
await step('chunks, sanitised, to a file', () => {
	const descriptor = openSync(path.join(os.tmpdir(), `riposte-memory-steps-${process.pid}.json`), 'w');
	for (const chunk of jsonChunks(exported)) writeSync(descriptor, sanitizeText(chunk));
	closeSync(descriptor);
});
rmSync(path.join(os.tmpdir(), `riposte-memory-steps-${process.pid}.json`));
// What export did before it wrote in chunks: the whole document as one string, then sanitised.
const json = await step('JSON.stringify', () => JSON.stringify(exported, null, 2));
const safe = await step('sanitise the document', () => sanitizeText(json));
rows.push(`counts: ${sentences.length} sentences, ${found.length} entities, ${quotes.length} quotes, ${attributions.length} attributions, ${claims.length} claims, ${responses.length} responses, ${pairs.length} pairs; JSON ${mb(safe.length)} MB`);
console.log(rows.join('\n'));
