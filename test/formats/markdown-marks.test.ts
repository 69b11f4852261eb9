// Display marks: the ranges of the plain body that Markdown styled (headings, emphasis, strong,
// code, links), carried through sanitising and furniture removal onto the finished body.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Mark} from '../../source/core/types.js';
import {markdownToMarked, markdownToText} from '../../source/formats/markdown-text.js';
import {finishBody} from '../../source/io/finish-body.js';
import {parseArticle} from '../../source/io/parse-article.js';
import {sanitizeText, sanitizeTextMapped} from '../../source/text/sanitize.js';

/** Each mark as [kind (and level or address), the words it covers]. */
const covered = (text: string, marks: readonly Mark[]) => marks.map(mark => [mark.kind === 'heading' ? `heading ${mark.level}` : (mark.kind === 'link' ? `link ${mark.url}` : mark.kind), text.slice(mark.start, mark.end)]);

describe('Markdown display marks', () => {
	test('headings with their level, emphasis, strong, code, links (inline and by reference), outer marks first', () => {
		const source = '# A *big* [headline](https://x)\n\nNATO said **this [and](https://a) that** and `code`, see [the report][r].\n\n## Second\n\n- one *item*\n\n```\nblock code\n```\n\n[r]: https://example.com/r';
		const {text, marks} = markdownToMarked(source);
		assert.equal(text, markdownToText(source));
		assert.deepEqual(covered(text, marks), [
			['heading 1', 'A big headline'],
			['emphasis', 'big'],
			['link https://x', 'headline'],
			['strong', 'this and that'],
			['link https://a', 'and'],
			['code', 'code'],
			['link https://example.com/r', 'the report'],
			['heading 2', 'Second'],
			['emphasis', 'item'],
			['code', 'block code'],
		]);
		assert.deepEqual(marks.map(mark => mark.start), marks.map(mark => mark.start).sort((a, b) => a - b));
	});

	test('prose with no Markdown has none; markup around white space leaves no empty mark', () => {
		assert.deepEqual(markdownToMarked('He said “we did [adapt]”, officials added.').marks, []);
		const {text, marks} = markdownToMarked('Before ** ** and *  x  * after.\n\n#  Spaced heading  ');
		for (const mark of marks) assert.ok(mark.end > mark.start && text.slice(mark.start, mark.end).trim() !== '', JSON.stringify(mark));
	});

	test('sanitising moves each offset past the stand-ins before it', () => {
		const text = 'a\u001Bb\tc\u202Ed';
		const {text: safe, at} = sanitizeTextMapped(text);
		assert.equal(safe, sanitizeText(text));
		assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map(offset => at(offset)), [0, 1, 3, 4, 8, 9, 17, 18]);
		assert.equal(safe.slice(at(6), at(7)), 'd');
	});

	test('marks land on the same words of the finished body: after control characters, dropped furniture and blank lines', () => {
		const source = '\n\n# Title\n\nSkip to main content\n\nThe \u0007*bell* rang, \tsaid **Wang Yi**.\n\nAdvertisement\n\nSee [the `full` text](https://x\u202Ey).\n';
		const {text, marks} = markdownToMarked(source);
		const finished = finishBody(text, 'Title', marks);
		assert.equal(finished.body, finishBody(text, 'Title').body);
		assert.equal(finished.body, 'The ^Gbell rang,     said Wang Yi.\n\nSee the full text.');
		assert.deepEqual(covered(finished.body, finished.marks), [['emphasis', 'bell'], ['strong', 'Wang Yi'], ['link https://x<U+202E>y', 'the full text'], ['code', 'full']]);
	});

	test('a parsed Markdown article carries its marks; plain text and hazardous Markdown carry none', () => {
		// The first heading is the title; a heading that repeats it at the top goes as furniture.
		const article = parseArticle('# Title\n\nSome *words*.\n\n### Later', 'markdown');
		assert.equal(article.body, 'Some words.\n\nLater');
		assert.deepEqual(covered(article.body, article.marks), [['emphasis', 'words'], ['heading 3', 'Later']]);
		assert.deepEqual(parseArticle('Some *words*.', 'text').marks, []);
		assert.deepEqual(parseArticle(`${'*'.repeat(70)} Some *words*.`, 'markdown').marks, []);
	});
});
