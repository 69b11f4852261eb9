import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {parseValue, readFrontMatter} from '../../source/io/front-matter.js';

describe('parseValue', () => {
	// [raw value, parsed]
	const ok: Array<[string, string | null]> = [
		['', null],
		['   ', null],
		['~', null],
		['null', null],
		['Bloomberg', 'Bloomberg'],
		['  The Epoch Times  ', 'The Epoch Times'],
		['"Quoted: with colon"', 'Quoted: with colon'],
		['"say \\"hi\\" \\\\ ok"', 'say "hi" \\ ok'],
		["'it''s single'", "it's single"],
		['"quoted" # trailing comment', 'quoted'],
		['bare # trailing comment', 'bare'],
		['"“curly” ‘quotes’"', '“curly” ‘quotes’'],
	];
	for (const [raw, expected] of ok) {
		test(`reads ${JSON.stringify(raw)} as ${JSON.stringify(expected)}`, () => {
			assert.equal(parseValue(raw), expected);
		});
	}

	// [raw value, words the reason contains]
	const bad: Array<[string, RegExp]> = [
		['"never closed', /never closed/],
		['"closed" and more', /after the closing quote/],
		['[a, b]', /list or map/],
		['{a: 1}', /list or map/],
		['|', /multi-line/],
		['&anchor value', /anchors/],
		['*alias', /anchors/],
		['!!python/object:os.system', /tags/],
	];
	for (const [raw, reason] of bad) {
		test(`rejects ${JSON.stringify(raw)} with a reason`, () => {
			assert.throws(() => parseValue(raw), reason);
		});
	}
});

describe('readFrontMatter', () => {
	test('returns null when the text does not open with ---', () => {
		assert.equal(readFrontMatter('# Title\n\nText'), null);
	});

	test('reads the four fields, comments and the body after the fence', () => {
		const text = '---\n# a comment\ntitle: "T"\noutlet: O\npublished: 2024-07-10\nsource: s.txt\n---\nBody\n';
		assert.deepEqual(readFrontMatter(text), {
			fields: {title: 'T', outlet: 'O', published: '2024-07-10', source: 's.txt'},
			body: 'Body\n',
			warnings: [],
		});
	});

	test('accepts ... as the closing fence and a date with a time', () => {
		const result = readFrontMatter('---\npublished: 2024-07-10T08:00:00Z\n...\nBody');
		assert.equal(result?.fields.published, '2024-07-10');
		assert.equal(result?.body, 'Body');
	});

	test('ignores keys it does not know, including prototype names', () => {
		const result = readFrontMatter('---\n__proto__: x\nconstructor: y\nauthor: z\ntitle: T\n---\nB');
		assert.deepEqual(result?.fields, {title: 'T', outlet: null, published: null, source: null});
		assert.deepEqual(result?.warnings, []);
		assert.equal(({} as Record<string, unknown>)['x'], undefined);
	});

	// [front matter line, warning it gives]
	const warned: Array<[string, RegExp]> = [
		['published: 2024-02-30', /"published" is not a date/],
		['published: 2024', /"published" is not a date/],
		['published: yesterday', /"published" is not a date/],
		['title: [a, b]', /"title" is a list or map; riposte expects plain text; ignored/],
		['outlet: "unclosed', /"outlet" has a quote that is never closed/],
		['just some words', /line 2 is not "key: value"/],
		[`title: ${'x'.repeat(3000)}`, /longer than 2000 characters/],
	];
	for (const [line, warning] of warned) {
		test(`drops the field and warns for ${JSON.stringify(line.slice(0, 40))}`, () => {
			const result = readFrontMatter(`---\n${line}\n---\nBody`);
			assert.ok(result);
			assert.equal(result.warnings.length, 1);
			assert.match(result.warnings[0]!, warning);
			assert.deepEqual(result.fields, {title: null, outlet: null, published: null, source: null});
			assert.equal(result.body, 'Body');
		});
	}

	test('keeps the first of a repeated key and warns', () => {
		const result = readFrontMatter('---\ntitle: One\ntitle: Two\n---\nB');
		assert.equal(result?.fields.title, 'One');
		assert.match(result?.warnings[0] ?? '', /given twice/);
	});

	test('throws a clear reason when the front matter is never closed', () => {
		assert.throws(() => readFrontMatter('---\ntitle: T\nBody without a fence'), /no closing ---/);
		assert.throws(() => readFrontMatter('---'), /no closing ---/);
	});
});
