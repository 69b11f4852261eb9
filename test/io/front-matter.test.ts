import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFrontMatter} from '../../source/io/front-matter.js';
import {noFields} from '../../source/io/front-matter-fields.js';

describe('readFrontMatter (YAML)', () => {
	test('returns null when the text does not open with a fence', () => {
		assert.equal(readFrontMatter('# Title\n\nText'), null);
	});

	test('reads the fields, comments and the body after the fence', () => {
		const text = '---\n# a comment\ntitle: "T"\noutlet: O\npublished: 2024-07-10\nsource: s.txt\n---\nBody\n';
		assert.deepEqual(readFrontMatter(text), {
			fields: {...noFields(), title: 'T', outlet: 'O', published: '2024-07-10', source: 's.txt'},
			body: 'Body\n',
			warnings: [],
		});
	});

	test('reads a Hugo post: date with a time, author, tags as a list, categories ignored', () => {
		const text = [
			'---',
			'title: "NATO calls China a \\"decisive enabler\\""',
			'date: 2024-07-10T09:30:00-04:00',
			'draft: false',
			'author: Jane Roe',
			'tags:',
			'  - China',
			'  - NATO',
			'categories: [world]',
			'publisher:',
			'  name: The Wire',
			'  url: https://wire.example',
			'url: https://wire.example/nato-china',
			'---',
			'Body',
		].join('\n');
		const result = readFrontMatter(text);
		assert.deepEqual(result?.warnings, []);
		assert.deepEqual(result?.fields, {
			title: 'NATO calls China a "decisive enabler"',
			outlet: 'The Wire',
			published: '2024-07-10',
			source: 'https://wire.example/nato-china',
			author: 'Jane Roe',
			tags: ['China', 'NATO'],
		});
	});

	test('reads Jekyll-style authors as a list of maps, and tags as one line', () => {
		const result = readFrontMatter('---\nauthors:\n  - name: A One\n  - name: B Two\ntags: china, nato\nsite: Wire\n---\nB');
		assert.equal(result?.fields.author, 'A One, B Two');
		assert.deepEqual(result?.fields.tags, ['china', 'nato']);
		assert.equal(result?.fields.outlet, 'Wire');
	});

	test('accepts ... as the closing fence', () => {
		const result = readFrontMatter('---\npublished: 2024-07-10T08:00:00Z\n...\nBody');
		assert.equal(result?.fields.published, '2024-07-10');
		assert.equal(result?.body, 'Body');
	});

	test('ignores keys it does not know, including prototype names', () => {
		const result = readFrontMatter('---\n__proto__: x\nconstructor: y\ntitle: T\n---\nB');
		assert.deepEqual(result?.fields, {...noFields(), title: 'T'});
		assert.deepEqual(result?.warnings, []);
		assert.equal(({} as Record<string, unknown>)['x'], undefined);
	});

	// [front matter, warning it gives]
	const warned: Array<[string, RegExp]> = [
		['published: 2024-02-30', /"published" is not a date/],
		['date: 2024', /"date" is not a date/],
		['published: yesterday', /"published" is not a date/],
		['title: [a, b]', /"title" is a list; riposte expects text; ignored/],
		['title: {a: 1}', /"title" is a map; riposte expects text; ignored/],
		['outlet: true', /"outlet" is true\/false/],
		['tags: {a: 1}', /"tags" is a map that is not a list of words/],
		['author: [1, {x: y}]', /"author" is a list that is not a name/],
		['outlet: "unclosed', /not valid YAML/],
		['title: !!python/object:os.system x', /not valid YAML/],
		['title: !custom x', /not valid YAML/],
		['just some words', /not a set of "key: value" fields/],
	];
	for (const [line, warning] of warned) {
		test(`drops what is wrong and warns for ${JSON.stringify(line.slice(0, 40))}, keeping the body`, () => {
			const result = readFrontMatter(`---\n${line}\n---\nBody`);
			assert.ok(result);
			assert.equal(result.warnings.length, 1, result.warnings.join('; '));
			assert.match(result.warnings[0]!, warning);
			assert.deepEqual(result.fields, noFields());
			assert.equal(result.body, 'Body');
		});
	}

	test('a wrong-typed field is dropped alone: the others are kept', () => {
		const result = readFrontMatter('---\ntitle: T\ndate: [2024]\noutlet: O\n---\nB');
		assert.equal(result?.fields.title, 'T');
		assert.equal(result?.fields.outlet, 'O');
		assert.equal(result?.fields.published, null);
		assert.match(result?.warnings[0] ?? '', /"date" is not a date/);
	});

	test('a repeated key is a YAML error, named', () => {
		const result = readFrontMatter('---\ntitle: One\ntitle: Two\n---\nB');
		assert.match(result?.warnings[0] ?? '', /not valid YAML.*unique/i);
	});

	test('an alias bomb is refused, not expanded', () => {
		const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
		const result = readFrontMatter(`---\n${lines.join('\n')}\ntitle: T\n---\nB`);
		assert.ok(result);
		assert.match(result.warnings[0] ?? '', /could not be read|not valid YAML/);
		assert.equal(result.body, 'B');
	});

	test('throws a clear reason when the front matter is never closed', () => {
		assert.throws(() => readFrontMatter('---\ntitle: T\nBody without a fence'), /no closing ---/);
		assert.throws(() => readFrontMatter('---'), /no closing ---/);
	});
});

describe('readFrontMatter (TOML)', () => {
	test('reads a Hugo +++ block: dates are TOML dates, tags a list', () => {
		const result = readFrontMatter('+++\ntitle = "T"\ndate = 2024-07-10T09:30:00Z\nauthor = "A"\ntags = ["China", "NATO"]\n+++\nBody');
		assert.deepEqual(result?.warnings, []);
		assert.deepEqual(result?.fields, {...noFields(), title: 'T', published: '2024-07-10', author: 'A', tags: ['China', 'NATO']});
		assert.equal(result?.body, 'Body');
	});

	test('broken TOML is named and its fields ignored; the body stays', () => {
		const result = readFrontMatter('+++\ntitle = \n+++\nBody');
		assert.match(result?.warnings[0] ?? '', /not valid TOML/);
		assert.equal(result?.body, 'Body');
	});

	test('an unclosed +++ is a clear reason', () => {
		assert.throws(() => readFrontMatter('+++\ntitle = "T"\nBody'), /no closing \+\+\+/);
	});
});
