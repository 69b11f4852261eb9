import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {isTerminalSafe, sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';

// [what, input, sanitizeText output]
const table: Array<[string, string, string]> = [
	['plain text passes unchanged', 'Plain text, “quotes” – dashes … 中文 😀 é', 'Plain text, “quotes” – dashes … 中文 😀 é'],
	['newlines are kept', 'one\ntwo\n\nthree', 'one\ntwo\n\nthree'],
	['a colour escape shows as caret notation', 'a\u001B[31mred\u001B[0m', 'a^[[31mred^[[0m'],
	['an OSC window-title sequence is inert', '\u001B]0;pwned\u0007', '^[]0;pwned^G'],
	['an OSC 52 clipboard write is inert', '\u001B]52;c;ZWNobyBoaQ==\u0007', '^[]52;c;ZWNobyBoaQ==^G'],
	['an OSC 8 hyperlink is inert', '\u001B]8;;http://x\u001B\\link\u001B]8;;\u001B\\', '^[]8;;http://x^[\\link^[]8;;^[\\'],
	['the 8-bit CSI (C1 0x9b) is labelled', 'a\u009B31mb', 'a<U+009B>31mb'],
	['every C1 control is labelled', '\u0080\u0085\u009F', '<U+0080><U+0085><U+009F>'],
	['BEL, backspace and DEL are inert', 'a\u0007b\u0008c\u007F', 'a^Gb^Hc^?'],
	['a carriage return cannot overwrite the line', 'safe\rEVIL', 'safe^MEVIL'],
	['NUL is shown', 'a\u0000b', 'a^@b'],
	['a tab becomes spaces', 'a\tb', 'a    b'],
	['bidi overrides are labelled', 'abc\u202Eevil\u202C', 'abc<U+202E>evil<U+202C>'],
	['bidi isolates are labelled', '\u2066x\u2069', '<U+2066>x<U+2069>'],
	['zero-width characters and soft hyphens are dropped', 'a\u200Bb\u200Dc\u00ADd\uFEFFe', 'abcde'],
	['tag characters (hidden text) are dropped', 'hi\u{E0041}\u{E0042}', 'hi'],
	['a lone surrogate becomes U+FFFD', 'a\uD800b', 'a\uFFFDb'],
	['line and paragraph separators become newlines', 'a\u2028b\u2029c', 'a\nb\nc'],
];

describe('sanitizeText', () => {
	for (const [what, input, expected] of table) {
		test(what, () => {
			assert.equal(sanitizeText(input), expected);
			assert.ok(isTerminalSafe(sanitizeText(input)));
		});
	}

	test('sanitising twice changes nothing more', () => {
		for (const [, input] of table) {
			assert.equal(sanitizeText(sanitizeText(input)), sanitizeText(input));
		}
	});

	test('every code point from U+0000 to U+FFFF comes out terminal-safe', () => {
		let all = '';
		for (let code = 0; code <= 0xff_ff; code++) all += String.fromCharCode(code);
		assert.ok(isTerminalSafe(sanitizeText(all)));
	});
});

describe('sanitizeLine', () => {
	test('newlines and tabs become single spaces on one-line fields', () => {
		assert.equal(sanitizeLine('a\nb\tc\u2028d'), 'a b c d');
	});

	test('escapes in a file name are inert', () => {
		assert.equal(sanitizeLine('evil\u001B[2J.md'), 'evil^[[2J.md');
	});
});

describe('isTerminalSafe', () => {
	test('reports raw escapes and C1 controls as unsafe', () => {
		assert.equal(isTerminalSafe('a\u001Bb'), false);
		assert.equal(isTerminalSafe('a\u009Bb'), false);
		assert.equal(isTerminalSafe('a\nb'), true);
	});
});
