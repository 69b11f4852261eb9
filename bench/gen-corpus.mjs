// Generates a large corpus for the scale benchmark from the bundled articles: each generated
// article shuffles paragraphs drawn from one or two bundled texts, swaps two-word names for
// others found in the corpus, and moves dates, so no two files are alike but the prose (and so
// the analysis work) stays realistic. Deterministic: the same seed gives the same corpus.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The bundled articles the corpus is made from. */
export const articlesDir = path.join(here, '..', 'articles');

/** Splits a bundled file into its front matter fields and body. */
export function parseArticle(text) {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	const fields = {};
	for (const line of (match?.[1] ?? '').split('\n')) {
		const field = /^(\w+):\s*(.*)$/.exec(line);
		if (field) fields[field[1]] = field[2].replace(/^"(.*)"$/, '$1');
	}
	return {fields, body: match?.[2] ?? text};
}

/** Reads the bundled articles as {fields, body, paragraphs}. */
export function readBundled() {
	return readdirSync(articlesDir).filter(f => f.endsWith('.md')).sort().map(file => {
		const {fields, body} = parseArticle(readFileSync(path.join(articlesDir, file), 'utf8'));
		return {file, fields, body, paragraphs: body.split(/\n\s*\n|\n/).map(p => p.trim()).filter(p => p.length > 0)};
	});
}

// mulberry32: a small seeded generator, so corpora are reproducible between runs.
const random = seed => () => {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const namePattern = /\b[A-Z][a-z]{2,} [A-Z][a-z]{2,}\b/g;
const quote = value => JSON.stringify(value);
// Every generated title starts with this and a 5-digit number, so a benchmark can count rows.
const titleMark = 'Dispatch';
/** Matches the start of a generated title on screen. */
export const generatedTitlePattern = `${titleMark} \\d{5}`;

/** Writes `count` generated articles of about `averageBytes` each into `dir`; returns total bytes. */
export function generateCorpus(dir, {count = 10_000, averageBytes = 5000, seed = 42} = {}) {
	mkdirSync(dir, {recursive: true});
	const next = random(seed);
	const pick = list => list[Math.floor(next() * list.length)];
	const bundled = readBundled();
	const names = [...new Set(bundled.flatMap(a => a.body.match(namePattern) ?? []))];
	const outlets = [...new Set(bundled.map(a => a.fields.outlet).filter(Boolean))];
	let total = 0;
	for (let i = 0; i < count; i++) {
		const base = pick(bundled);
		const other = pick(bundled);
		const pool = [...base.paragraphs, ...other.paragraphs.slice(0, 4)];
		for (let j = pool.length - 1; j > 0; j--) {
			const k = Math.floor(next() * (j + 1));
			[pool[j], pool[k]] = [pool[k], pool[j]];
		}
		const target = averageBytes * (0.6 + next() * 0.8);
		const chosen = [];
		let size = 0;
		for (let j = 0; size < target; j = (j + 1) % pool.length) {
			chosen.push(pool[j]);
			size += pool[j].length + 2;
		}
		const swaps = new Map(names.map(name => [name, next() < 0.3 ? pick(names) : name]));
		const year = 2019 + Math.floor(next() * 7);
		const body = chosen.join('\n\n')
			.replace(namePattern, name => swaps.get(name) ?? name)
			.replace(/\b20(1\d|2\d)\b/g, String(year))
			.replace(new RegExp(`\\b(${months.join('|')})\\b`, 'g'), () => pick(months));
		const title = (body.split(/(?<=[.!?])\s/)[0] ?? body).slice(0, 90).replace(/\s+\S*$/, '').trim();
		const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
		const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
		const text = `---\ntitle: ${quote(`${titleMark} ${String(i + 1).padStart(5, '0')}: ${title}`)}\noutlet: ${quote(pick(outlets))}\npublished: ${year}-${month}-${day}\n---\n${body}\n`;
		writeFileSync(path.join(dir, `${String(i + 1).padStart(5, '0')}-generated.md`), text);
		total += Buffer.byteLength(text);
	}
	return total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node bench/gen-corpus.mjs <dir> [count]');
		process.exit(2);
	}
	const bytes = generateCorpus(dir, {count: Number(process.argv[3] ?? 10_000)});
	console.log(`wrote ${process.argv[3] ?? 10_000} articles, ${(bytes / 1e6).toFixed(1)} MB, to ${dir}`);
}
