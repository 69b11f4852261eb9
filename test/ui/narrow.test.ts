// The narrow-text fast paths (wrapping, truncating) count one column per
// UTF-16 unit. That is only right if every character of the class is one column wide as
// string-width measures it and never joins a neighbour into one grapheme: checked for all of them.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {isNarrow, narrowClass} from '../../source/ui/text/narrow.js';
import {truncate, wrapText} from '../../source/ui/text/wrap.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const members = Array.from({length: 0x2600}, (_, code) => String.fromCharCode(code)).filter(char => new RegExp(`^[${narrowClass}]$`).test(char));

describe('narrow text', () => {
	test('the class holds the ASCII, Latin, punctuation, arrow and box-drawing characters it claims', () => {
		for (const char of ['a', ' ', '~', 'é', 'ß', 'ł', '’', '“', '—', '…', '│', '╭', '↑', '▏']) assert.ok(isNarrow(char), char);
		assert.equal(members.length, 1045);
	});

	test('every character of the class is one column wide', () => {
		for (const char of members) assert.equal(stringWidth(char), 1, `U+${char.charCodeAt(0).toString(16)}`);
	});

	test('no character of the class joins its neighbours into one grapheme', () => {
		const all = members.join('');
		assert.equal([...segmenter.segment(all)].length, all.length);
		for (const char of members) assert.equal([...segmenter.segment(`a${char}${char}b`)].length, 4, `U+${char.charCodeAt(0).toString(16)}`);
	});

	test('wide, zero-width, combining and control characters are not narrow', () => {
		for (const text of ['中', '🇺🇦', 'e\u0301', '\u200B', '\u00AD', '\t', '\u001B', '\u202E', 'ａ']) assert.equal(isNarrow(`abc${text}`), false, JSON.stringify(text));
	});

	test('narrow and non-narrow text wrap and truncate alike when their widths agree', () => {
		// "é" as one code point is narrow; as e + combining accent it takes the segmenter path.
		const composed = 'Le ministère a répété sa position à la presse étrangère mardi.';
		const decomposed = composed.normalize('NFD');
		for (const width of [5, 12, 20, 80]) {
			const short = (text: string) => wrapText(text, width).map(span => stringWidth(text.slice(span.start, span.end)));
			assert.deepEqual(short(composed), short(decomposed), `width ${width}`);
			assert.equal(truncate(composed, width).normalize('NFD'), truncate(decomposed, width), `width ${width}`);
		}
	});
});
