// Property: generated hostile articles go through load → analyse → export → the reader without
// a throw, and nothing from the input reaches the output as a control sequence. The only escape
// sequences allowed in a frame are Ink's own SGR colour codes. Seeded: replay a failure with
// RIPOSTE_FUZZ_SEED=<seed>.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyse} from '../../source/core/analyse.js';
import type {Article} from '../../source/core/types.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {toAnalysisExport} from '../../source/report/export-json.js';
import {toMarkdownReport} from '../../source/report/export-markdown.js';
import {isTerminalSafe, sanitizeText} from '../../source/text/sanitize.js';
import {keys, renderApp} from '../ui/render-app.js';
import {hostileFile, memoryFs, seeded} from './generate.js';

const seed = Number(process.env['RIPOSTE_FUZZ_SEED'] ?? 75_032);
const cases = 1500;
const batch = 100;

/** Loads one batch of generated files. */
async function loadBatch(random: ReturnType<typeof seeded>, start: number): Promise<Article[]> {
	const files = new Map<string, Uint8Array>();
	for (let index = 0; index < batch; index++) {
		const {name, bytes} = hostileFile(random);
		files.set(`${start + index}-${name}`, bytes);
	}

	return (await loadArticles([...files.keys()], {fs: memoryFs(files)})).articles;
}

/** No C0 (but tab, newline), C1 or bidi control. Lone surrogates are left to the CLI's final pass. */
const hasNoControls = (text: string) => !/[\0-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/.test(text);

/** A frame with Ink's SGR colour codes removed must hold no other control sequence. */
const frameIsClean = (frame: string) => isTerminalSafe(frame.replace(/\u001B\[[\d;]*m/g, ''));

describe(`generated hostile articles (seed ${seed})`, () => {
	test(`${cases} articles analyse and export to JSON and Markdown without a throw or a control sequence`, async () => {
		const random = seeded(seed);
		for (let start = 0; start < cases; start += batch) {
			const items = (await loadBatch(random, start)).map(article => ({article, analysis: analyse(article)}));
			for (const {article, analysis} of items) {
				for (const span of [...analysis.claims, ...analysis.responses, ...analysis.entities, ...analysis.sentences]) {
					assert.ok(span.start >= 0 && span.start <= span.end && span.end <= article.body.length, `${article.path}: span inside the body`);
				}
			}

			const json = JSON.stringify(toAnalysisExport(items));
			const markdown = toMarkdownReport(items);
			assert.ok(isTerminalSafe(json), `batch at ${start}: JSON export is terminal-safe`);
			assert.ok(hasNoControls(markdown), `batch at ${start}: Markdown export has no control character`);
			// What the CLI writes (after its final sanitising pass) is terminal-safe in every respect.
			assert.ok(isTerminalSafe(sanitizeText(markdown)));
		}
	});

	test('the reader draws generated articles with no control sequence but its own colours', async () => {
		const articles = await loadBatch(seeded(seed + 1), 0);
		const app = await renderApp({articles: articles.slice(0, 40), analyse, columns: 120, rows: 36});
		for (let index = 0; index < 8; index++) {
			await app.press(keys.enter, keys.tab, ']', 'r', keys.tab, keys.tab, keys.down);
		}

		await app.press('c', keys.escape, 'e', keys.escape);
		assert.ok(app.frames.length > 10);
		for (const frame of app.frames) assert.ok(frameIsClean(frame), JSON.stringify(frame.slice(0, 200)));
		// The hostile text was drawn, as inert stand-ins, not skipped.
		assert.ok(app.frames.some(frame => frame.includes('^[')));
		app.unmount();
	});
});
