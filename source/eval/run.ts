// Command-line entry for the project's scorer: reads an export and a gold folder, prints the
// per-article rows and the summary line (and exits 1 below `--min` bars, like the reference).
// Usage: node --import tsx source/eval/run.ts --pred FILE [--gold DIR] [--verbose] [--json] [--min claims=0.9,...]

import fs from 'node:fs';
import path from 'node:path';
import {score, summaryLine, type Gold, type PredArticle} from './score.js';
import {readGolds} from './read-golds.js';

const args = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const a = argv[i]!;
	if (a === '--verbose' || a === '--json') args.set(a.slice(2), 'true');
	else if (a.startsWith('--')) args.set(a.slice(2), argv[++i] ?? '');
}
const predFile = args.get('pred');
if (!predFile) {
	console.error('usage: run.ts --pred FILE|- [--gold DIR] [--verbose] [--json] [--min claims=0.9,...]');
	process.exit(2);
}
const pred = JSON.parse(fs.readFileSync(predFile === '-' ? 0 : predFile, 'utf8')) as {articles?: PredArticle[]} | PredArticle[];
const articles = Array.isArray(pred) ? pred : pred.articles ?? [];
const goldDir = args.get('gold') ?? path.join('test', 'gold');
const {golds, aliases} = readGolds(goldDir);
const report = score(articles, golds as Gold[], aliases, args.has('verbose'));
if (args.has('json')) {
	console.log(JSON.stringify({...report.result, perArticle: report.perArticle, details: report.details}, null, 2));
} else {
	for (const r of report.perArticle) console.log(`${String(r['gold'])}: ${r['found'] ? `claims ${String(r['claims'])}; responses ${String(r['responses'])}; entities ${String(r['entities'])}` : 'NOT FOUND'}`);
	if (report.details.length > 0) console.log(report.details.map(d => `  ${d}`).join('\n'));
	console.log(summaryLine(report.result));
}
const bars = args.get('min');
if (bars) {
	const r = report.result;
	const flat: Record<string, number> = {claims: r.claims.f1, responses: r.responses.f1, speakers: r.speakers, pairing: r.pairing, entities: r.entities.f1};
	const short = bars.split(',').map(kv => kv.split('=')).filter(([k, v]) => (flat[k!] ?? 0) < Number(v)).map(([k, v]) => `${k} ${flat[k!]} < ${v}`);
	if (short.length > 0) {
		console.log(`below minimum: ${short.join(', ')}`);
		process.exit(1);
	}
}
