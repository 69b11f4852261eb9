// Page-furniture removal must never drop real text: every gold claim and response (the text the
// scorer looks for) must still be in the loaded body, compared the way ../shared/eval/score.mjs
// compares (curly quotes, dashes, white space folded; case ignored).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadArticles} from '../../source/io/load-articles.js';
import {foldForComparison as fold} from '../../source/text/fold.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldDir = [path.join(root, 'test', 'gold'), path.join(root, '..', 'shared', 'gold')].find(dir => existsSync(dir));

type Gold = {seed: string; locate: string; claims: Array<{text: string}>; responses: Array<{text: string}>};

test('every gold claim and response is still in the body the loader produces', {skip: goldDir ? false : 'no gold annotations found'}, async () => {
	const {articles, problems} = await loadArticles([]);
	assert.deepEqual(problems, []);
	const files = readdirSync(goldDir!).filter(file => file.endsWith('.json') && file !== 'aliases.json');
	assert.ok(files.length >= 5, 'gold files are present');
	for (const file of files) {
		const gold = JSON.parse(readFileSync(path.join(goldDir!, file), 'utf8')) as Gold;
		const article = articles.find(candidate => candidate.source === gold.seed);
		assert.ok(article, `an article is loaded from ${gold.seed}`);
		const body = fold(article.body);
		assert.ok(body.includes(fold(gold.locate)), `${file}: locate text`);
		for (const item of [...gold.claims, ...gold.responses]) {
			assert.ok(body.includes(fold(item.text)), `${file}: "${item.text.slice(0, 60)}…" is in the body`);
		}
	}
});
