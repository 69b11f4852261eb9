// Property: whatever the bytes, loading never throws, never loses a good file, and never lets a
// control sequence from the input into an article's title, body, outlet, source or path.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadArticles} from '../../source/io/load-articles.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {hostileFile, memoryFs, seeded} from './generate.js';

const seed = Number(process.env['RIPOSTE_FUZZ_SEED'] ?? 20_240_710);
const cases = 3000;
const batch = 100;

test(`${cases} generated hostile files load safely (seed ${seed}; replay with RIPOSTE_FUZZ_SEED)`, async () => {
	const random = seeded(seed);
	let loaded = 0;
	for (let start = 0; start < cases; start += batch) {
		const files = new Map<string, Uint8Array>([['good.md', Buffer.from('---\ntitle: Good\n---\nChina denied it.')]]);
		for (let index = 0; index < batch; index++) {
			const {name, bytes} = hostileFile(random);
			files.set(`${start + index}-${name}`, bytes);
		}

		const {articles, problems} = await loadArticles([...files.keys()], {fs: memoryFs(files)});
		assert.ok(articles.some(article => article.path === 'good.md'), `batch at ${start}: the good file still loads`);
		assert.equal(articles.length + problems.filter(problem => problem.level !== 'warning').length, files.size, `batch at ${start}: every file is an article or a problem`);
		for (const article of articles) {
			for (const field of [article.title, article.body, article.outlet ?? '', article.source ?? '', article.path, article.id]) {
				assert.ok(isTerminalSafe(field), `batch at ${start}: ${JSON.stringify(field.slice(0, 80))}`);
			}

			assert.ok(!article.title.includes('\n'));
		}

		for (const problem of problems) assert.ok(isTerminalSafe(problem.path + problem.reason));
		loaded += articles.length;
	}

	assert.ok(loaded > cases / 2, `most generated files are readable articles (${loaded})`);
});
