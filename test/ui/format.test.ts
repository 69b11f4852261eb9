import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {articleMeta, formatAge, formatDate} from '../../source/ui/format.js';

const now = new Date('2026-11-23T12:00:00Z');

describe('dates', () => {
	const ages: Array<[string | null, string]> = [
		['2024-07-10', '2 yr ago'],
		['2026-06-01', '5 mo ago'],
		['2026-11-20', '3 d ago'],
		['2026-11-23', 'today'],
		['2027-02-01', 'in 2 mo'],
		[null, ''],
		['not a date', ''],
	];
	for (const [iso, expected] of ages) {
		test(`${iso} is ${JSON.stringify(expected)} old`, () => {
			assert.equal(formatAge(iso, now), expected);
		});
	}

	test('dates read as day, short month and year', () => {
		assert.equal(formatDate('2024-07-10'), '10 Jul 2024');
		assert.equal(formatDate(null), 'undated');
	});

	test('the meta line joins outlet, date and age, naming an unknown outlet', () => {
		assert.equal(articleMeta('CNN', '2024-07-11', now), 'CNN · 11 Jul 2024 · 2 yr ago');
		assert.equal(articleMeta(null, null, now), 'unknown outlet · undated');
	});
});
