import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {truncate, wrapText} from '../../source/ui/text/wrap.js';

const lines = (text: string, width: number, gap = false) => wrapText(text, width, {gap}).map(l => text.slice(l.start, l.end));

describe('wrapText', () => {
	const rows: Array<[string, string, number, string[]]> = [
		['breaks after spaces', 'hello world this is a test', 10, ['hello', 'world this', 'is a test']],
		['splits a word longer than the line', 'https://example.com/a/very/long/path', 10, ['https://ex', 'ample.com/', 'a/very/lon', 'g/path']],
		['counts CJK as two columns', '中文字符测试一下', 7, ['中文字', '符测试', '一下']],
		['keeps emoji sequences whole', '👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 5, ['👩‍👩‍👧👩‍👩‍👧', '👩‍👩‍👧']],
		['keeps combining marks with their letter', 'e\u0301e\u0301e\u0301', 2, ['e\u0301e\u0301', 'e\u0301']],
		['wraps each paragraph on its own', 'one two\nthree', 20, ['one two', 'three']],
		['drops the spaces a line breaks at', 'aaa bbb', 3, ['aaa', 'bbb']],
		['gives an empty text one empty line', '', 5, ['']],
	];
	for (const [name, text, width, expected] of rows) {
		test(name, () => {
			assert.deepEqual(lines(text, width), expected);
		});
	}

	test('separates paragraphs with an empty line when asked', () => {
		assert.deepEqual(lines('one\ntwo', 10, true), ['one', '', 'two']);
	});

	test('keeps a text\'s own blank lines instead of adding more', () => {
		assert.deepEqual(lines('one\n\ntwo\nthree', 10, true), ['one', '', 'two', '', 'three']);
	});

	test('no line is ever wider than the width, whatever the script', () => {
		const text = 'Lin Jian 林剑 said “no” 🙅‍♂️ to https://example.org/' + 'x'.repeat(80) + ' café naïve 한국어 текст';
		for (const width of [1, 2, 3, 7, 20, 33]) {
			for (const line of lines(text, width)) {
				assert.ok(stringWidth(line) <= Math.max(width, 2), `${JSON.stringify(line)} is wider than ${width}`);
			}
		}
	});

	test('offsets point into the original text', () => {
		const text = 'alpha beta\ngamma';
		const spans = wrapText(text, 5);
		assert.deepEqual(spans.map(s => s.start), [0, 6, 11]);
	});
});

describe('truncate', () => {
	const rows: Array<[string, number, string]> = [
		['short', 10, 'short'],
		['exactly ten', 11, 'exactly ten'],
		['a longer title', 8, 'a longe…'],
		['中文字符测试', 7, '中文字…'],
		['anything', 0, ''],
	];
	for (const [text, width, expected] of rows) {
		test(`cuts ${JSON.stringify(text)} to ${width} columns as ${JSON.stringify(expected)}`, () => {
			assert.equal(truncate(text, width), expected);
			assert.ok(stringWidth(truncate(text, width)) <= width);
		});
	}
});
