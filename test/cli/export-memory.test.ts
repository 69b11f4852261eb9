// The memory bound of an export, in small: a 1 MB article's export stays within 70× its size
// above a 2 KB article's (36-48× measured on a shared 2-core machine, 3 December 2026; it was 190×
// when the document was built and sanitised as one string and the heap ran with V8's defaults;
// bench/memory.mjs measures 1, 8 and 64 MB, where analysing a stretch at a time shows most).
import {spawnSync} from 'node:child_process';
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {tempFolder} from '../io/temp-folder.js';
import {cliPath, root, runEnv, skipReason} from './run-cli.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const articles = path.join(root, 'articles');
const paragraphs = readdirSync(articles).filter(name => name.endsWith('.md')).sort()
	.flatMap(name => readFileSync(path.join(articles, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n\s*\n/).map(p => p.trim()).filter(Boolean));

/** A plain-text article of about `bytes` bytes: a title, then the bundled paragraphs in turn. */
function article(file: string, bytes: number): number {
	const parts = ['Synthetic article\n\n'];
	for (let i = 0, size = 0; size < bytes; i++) {
		const paragraph = `${paragraphs[i % paragraphs.length]!}\n\n`;
		parts.push(paragraph);
		size += paragraph.length;
	}

	writeFileSync(file, parts.join(''));
	return statSync(file).size;
}

/** Peak RSS (MB) of `riposte export file`, from bench/max-rss.py. */
function exportPeak(file: string, dir: string): number {
	const run = spawnSync('python3', [path.join(root, 'bench', 'max-rss.py'), '120', process.execPath, cliPath, 'export', file, '--output', path.join(dir, 'out.json')], {encoding: 'utf8', env: runEnv});
	assert.equal(run.status, 0, run.stderr);
	const result = JSON.parse(run.stdout) as {maxRssKb: number; status: number};
	assert.equal(result.status, 0, run.stderr);
	return result.maxRssKb / 1024;
}

describe('export memory', {skip: skipReason || (hasPython ? false : 'python3 is missing')}, () => {
	test('a 1 MB article exports within 70× its size above the base', t => {
		const dir = tempFolder();
		const base = exportPeak((article(path.join(dir, 'small.txt'), 2000), path.join(dir, 'small.txt')), dir);
		const size = article(path.join(dir, 'big.txt'), 1e6) / 2 ** 20;
		const peak = exportPeak(path.join(dir, 'big.txt'), dir);
		const perMb = (peak - base) / size;
		t.diagnostic(`peak ${peak.toFixed(0)} MB, base ${base.toFixed(0)} MB: ${perMb.toFixed(0)}× the article above the base`);
		assert.ok(perMb <= 70, `peak ${peak.toFixed(0)} MB, base ${base.toFixed(0)} MB: ${perMb.toFixed(0)}× the article above the base`);
	});
});
