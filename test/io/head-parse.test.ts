// readHead decodes only the first 2 KB when it can; it must give exactly what parseHead gives for
// the same bytes, whatever the file holds after those 2 KB.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {headBytes, parseHead, readHead} from '../../source/io/head-parse.js';

const filler = (size: number) => 'China denied the claim on Tuesday.\n'.repeat(Math.ceil(size / 35)).slice(0, size);
const bytesOf = (...parts: Array<string | number[]>) => Buffer.concat(parts.map(part => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

// [what, bytes, format]
const cases: Array<[string, Buffer, 'markdown' | 'text']> = [
	['front matter with a title, a long body', bytesOf('---\ntitle: T\noutlet: O\npublished: 2024-01-02\n---\n', filler(20_000)), 'markdown'],
	['front matter warnings', bytesOf('---\ntitle: T\nnonsense line\npublished: soon\n---\n', filler(9000)), 'markdown'],
	['a heading early', bytesOf('Kicker\n\n# The Heading\n\n', filler(9000)), 'markdown'],
	['a heading only after 2 KB', bytesOf(filler(3000), '\n# Late Heading\n', filler(3000)), 'markdown'],
	['no heading at all in the head', bytesOf(filler(headBytes + 100)), 'markdown'],
	['front matter longer than 2 KB', bytesOf('---\ntitle: Long\nnote: ', 'x'.repeat(2500), '\n---\nbody\n', filler(3000)), 'markdown'],
	['front matter never closed', bytesOf('---\ntitle: Open\n', filler(5000)), 'markdown'],
	['invalid UTF-8 after 2 KB', bytesOf('---\ntitle: T\n---\n', filler(3000), [0xc3, 0x28, 0x0a], filler(100)), 'markdown'],
	['a NUL byte after 2 KB, inside the binary probe', bytesOf('# T\n', filler(3000), [0], filler(100)), 'markdown'],
	['a byte-order mark and CRLF line ends', bytesOf([0xef, 0xbb, 0xbf], '---\r\ntitle: B\r\n---\r\n', filler(5000).replaceAll('\n', '\r\n')), 'markdown'],
	['a multi-byte character across the 2 KB mark', bytesOf('---\ntitle: M\n---\n', 'é'.repeat(1500), '\n', filler(1000)), 'markdown'],
	['plain text with its title on the first line', bytesOf('  A Plain Title\n', filler(5000)), 'text'],
	['plain text that starts with white space for 3 KB', bytesOf(' \n'.repeat(1500), 'Title after blanks\n', filler(100)), 'text'],
	['UTF-16 with a byte-order mark', bytesOf([0xff, 0xfe], [...Buffer.from('T\0i\0t\0l\0e\0\n\0', 'latin1')], filler(3000)), 'text'],
	['empty front matter body', bytesOf('---\ntitle: x\n---\n', ' \n'.repeat(2000)), 'markdown'],
];

describe('reading a head from its first 2 KB', () => {
	for (const [what, bytes, format] of cases) {
		for (const complete of [true, false]) {
			const given = complete ? bytes : bytes.subarray(0, Math.min(bytes.length, headBytes));
			test(`${what} (${complete ? 'whole file' : 'first 16 KB'}): the same head as parseHead`, () => {
				assert.deepEqual(readHead(given, complete, format), parseHead(given, complete, format));
			});
		}
	}

	test('the head of a usual article with front matter is its fields', () => {
		const bytes = bytesOf('---\ntitle: T\n---\n', filler(20_000));
		assert.deepEqual(readHead(bytes.subarray(0, headBytes), false, 'markdown'), {head: {title: 'T', outlet: null, published: null, source: null, warnings: []}});
	});
});
