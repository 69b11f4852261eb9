// CR-only line ends (old Mac files) are line ends wherever an article is loaded: the full loader,
// standard input and the head the reader lists from give what the same text with LF gives.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {loadArticles} from '../../source/io/load-articles.js';
import {headBytes, parseHead, readHead} from '../../source/io/head-parse.js';
import {tempFolder} from './temp-folder.js';

const texts = {
	'plain.txt': 'A Plain Title\n\nNATO said China is a decisive enabler of the war.\n\nChina denied it on Tuesday.\n',
	'heading.md': 'Kicker\n\n# The Heading\n\nNATO said China is a decisive enabler.\n\nSecond paragraph.\n',
	'toml.md': '+++\ntitle = "From TOML"\ndate = 2024-07-10\nauthors = ["A", "B"]\n+++\nNATO said China is a decisive enabler.\n\nSecond paragraph.\n',
	'yaml.md': '---\ntitle: From YAML\noutlet: Wire\n---\nNATO said China is a decisive enabler.\n\nChina denied it.\n',
};

const withEnds = (text: string, end: string) => text.replaceAll('\n', end);

describe('CR-only line ends', () => {
	for (const [name, text] of Object.entries(texts)) {
		test(`${name} with CR or CRLF line ends loads as with LF`, async () => {
			const dir = tempFolder({[`lf/${name}`]: text, [`cr/${name}`]: withEnds(text, '\r'), [`crlf/${name}`]: withEnds(text, '\r\n')});
			const [lf, cr, crlf] = await Promise.all(['lf', 'cr', 'crlf'].map(async sub => loadArticles([path.join(dir, sub)])));
			assert.deepEqual(lf!.problems, []);
			for (const other of [cr!, crlf!]) {
				assert.deepEqual(other.problems, []);
				assert.deepEqual(other.articles.map(({path: _, ...fields}) => fields), lf!.articles.map(({path: _, ...fields}) => fields));
			}

			const article = cr!.articles[0]!;
			assert.doesNotMatch(article.title + article.body, /\r|\^M/);
			assert.ok(article.body.split('\n\n').length >= 2, 'paragraphs stay apart');
		});
	}

	test('standard input with CR line ends reads as with LF', async () => {
		const read = async (text: string) => loadArticles(['-'], {readStdin: async () => Buffer.from(text)});
		const [lf, cr] = [await read(texts['plain.txt']), await read(withEnds(texts['plain.txt'], '\r'))];
		assert.equal(cr.articles[0]?.title, 'A Plain Title');
		assert.equal(cr.articles[0]?.body, lf.articles[0]?.body);
	});

	test('a long CR-only file is listed from its head, with the head of the whole file', () => {
		const filler = 'China denied the claim on Tuesday.\r'.repeat(2000);
		for (const [text, format] of [[`# Old Mac Title\r\r${filler}`, 'markdown'], [`A Plain Title\r${filler}`, 'text'], [`+++\rtitle = "T"\r+++\r${filler}`, 'markdown']] as const) {
			const bytes = Buffer.from(text);
			const head = bytes.subarray(0, headBytes);
			const whole = parseHead(bytes, true, format);
			assert.ok(whole && 'head' in whole && !whole.head.title.includes('^M'), `a clean title for ${text.slice(0, 20)}`);
			assert.deepEqual(readHead(head, false, format), whole, 'the first 16 KB decide it');
			assert.deepEqual(parseHead(head, false, format), whole);
		}
	});
});
