// A Markdown article in the article pane: its headings, emphasis, strong text, code and links are
// drawn styled (entity colours over them, nothing of it without colour), whichever way the
// article was read (whole, from a head, from a list snapshot), and the export is unchanged by it.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import {analyse} from '../../source/core/analyse.js';
import type {Article} from '../../source/core/types.js';
import {headIndexFile} from '../../source/io/head-index.js';
import {readSnapshot, snapshotFile, writeSnapshot} from '../../source/io/list-snapshot.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {nodeFs} from '../../source/io/loader-fs.js';
import {openLibrary} from '../../source/io/open-library.js';
import {toAnalysisExport} from '../../source/report/export-json.js';
import {noSearch} from '../../source/state/state.js';
import {ArticlePane} from '../../source/ui/article-pane.js';
import {wrapText} from '../../source/ui/text/wrap.js';
import {themeFor, type Theme} from '../../source/ui/theme.js';
import {tempFolder} from '../io/temp-folder.js';
import {now} from './render-app.js';
import {fullColour} from './full-colour.js';

const post = `---
title: Marked up
---

# Marked up

Officials said the *emphasised* words, the **strong** ones, the \`code\` and [a link](https://example.com/a) were drawn.

## A second heading

NATO Secretary General [Mark Rutte](https://www.nato.int/rutte) said China is a decisive enabler of the war.
`;

/** The SGR attributes in force at each visible character of a frame line: bold, italic, underline and the foreground code. */
type Attributes = {bold: boolean; italic: boolean; underline: boolean; color: number | null};

/** Each visible character of `line` with the attributes it is drawn with. */
function attributed(line: string): Array<{char: string; style: Attributes}> {
	const out: Array<{char: string; style: Attributes}> = [];
	let style: Attributes = {bold: false, italic: false, underline: false, color: null};
	// eslint-disable-next-line no-control-regex
	for (const [, codes, char] of line.matchAll(/\u001B\[([\d;]*)m|([^\u001B])/g)) {
		if (char !== undefined) {
			out.push({char, style});
			continue;
		}

		for (const code of (codes || '0').split(';').map(Number)) {
			if (code === 0) style = {bold: false, italic: false, underline: false, color: null};
			else if (code === 1) style = {...style, bold: true};
			else if (code === 22) style = {...style, bold: false};
			else if (code === 3) style = {...style, italic: true};
			else if (code === 23) style = {...style, italic: false};
			else if (code === 4) style = {...style, underline: true};
			else if (code === 24) style = {...style, underline: false};
			else if (code === 39) style = {...style, color: null};
			else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) style = {...style, color: code};
		}
	}

	return out;
}

/** The attributes of every character of `words` where they stand in the frame (all must agree), or throws. */
function styleOf(frame: string, words: string): Attributes {
	for (const line of frame.split('\n')) {
		const chars = attributed(line);
		const at = chars.map(c => c.char).join('').indexOf(words);
		if (at === -1) continue;
		const styles = chars.slice(at, at + words.length).map(c => JSON.stringify(c.style));
		assert.equal(new Set(styles).size, 1, `${words} is drawn in one style: ${styles.join(' ')}`);
		return JSON.parse(styles[0]!) as Attributes;
	}

	throw new Error(`${words} is not in the frame:\n${frame}`);
}

const drawn = (article: Article, theme: Theme) => render(
	<ArticlePane
		article={article}
		analysis={analyse(article)}
		lines={wrapText(article.body, 100, {gap: true})}
		scroll={0}
		rows={20}
		size={{width: 110, height: 24}}
		highlight={null}
		search={noSearch}
		focused={false}
		theme={theme}
		now={now}
	/>,
).lastFrame() ?? '';

fullColour();

const plainStyle: Attributes = {bold: false, italic: false, underline: false, color: null};

describe('a Markdown article in the article pane', () => {
	test('headings, emphasis, strong, code and links are drawn styled; an entity in a link keeps its colour and the underline', async () => {
		const [article] = (await loadArticles([tempFolder({'post.md': post})])).articles;
		const frame = drawn(article!, themeFor(true));
		assert.deepEqual(styleOf(frame, 'A second heading'), {bold: true, italic: false, underline: true, color: null});
		assert.deepEqual(styleOf(frame, 'emphasised'), {...plainStyle, italic: true});
		assert.deepEqual(styleOf(frame, 'strong'), {...plainStyle, bold: true});
		assert.deepEqual(styleOf(frame, 'code'), {...plainStyle, color: 90});
		assert.deepEqual(styleOf(frame, 'a link'), {...plainStyle, underline: true, color: 34});
		assert.deepEqual(styleOf(frame, 'Mark Rutte'), {bold: true, italic: false, underline: true, color: 35});
		assert.deepEqual(styleOf(frame, ' said the '), plainStyle);
		// The words as written, no Markdown marks left.
		assert.doesNotMatch(frame, /\*|`|\]\(|##/);
	});

	test('without colour the markup draws no style: the plain words, entity brackets as ever', async () => {
		const [article] = (await loadArticles([tempFolder({'post.md': post})])).articles;
		const frame = drawn(article!, themeFor(false));
		for (const words of ['A second heading', 'emphasised', 'strong', 'code', 'a link']) assert.deepEqual(styleOf(frame, words), plainStyle, words);
		assert.match(frame, /\[Mark Rutte\]/);
	});

	test('a listed article (read from its head, then from a list snapshot) is drawn with the same marks', async () => {
		const dir = tempFolder({'post.md': post});
		const [whole] = (await loadArticles([dir])).articles;
		const library = await openLibrary([dir], {indexFile: headIndexFile(tempFolder()), version: 'test'});
		const file = snapshotFile(tempFolder(), [dir], '/work');
		assert.equal(writeSnapshot(file, 'v1', library), true);
		const [snapshot] = readSnapshot(file, 'v1', {fs: nodeFs, report() {}})!.articles;
		assert.ok((whole!.marks ?? []).length >= 6, JSON.stringify(whole!.marks));
		for (const listed of [library.articles[0]!, snapshot!]) {
			assert.deepEqual(listed.marks, whole!.marks);
			assert.equal(drawn(listed, themeFor(true)), drawn(whole!, themeFor(true)));
		}
	});

	test('the export is the same with or without the marks, and its offsets point into the plain body', async () => {
		const [article] = (await loadArticles([tempFolder({'post.md': post})])).articles;
		const {marks: _marks, ...unmarked} = article!;
		const marked = toAnalysisExport([{article: article!, analysis: analyse(article!)}]);
		assert.deepEqual(marked, toAnalysisExport([{article: unmarked, analysis: analyse(unmarked)}]));
		const [exported] = marked.articles;
		assert.ok(exported!.claims.some(claim => claim.speaker === 'Mark Rutte'), JSON.stringify(exported!.claims));
		for (const item of [...exported!.claims, ...exported!.entities]) assert.equal(exported!.body.slice(item.start, item.end), item.text);
		assert.doesNotMatch(JSON.stringify(marked), /"marks"|example\.com/);
	});
});
