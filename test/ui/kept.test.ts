// Derived text is kept per object: an article opened again brings back its side entries and
// laid-out side pane (and body lines) instead of computing them again.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {kept} from '../../source/ui/text/kept.js';
import {sideLines} from '../../source/ui/text/side-lines.js';
import {sideOf} from '../../source/ui/text/side-of.js';
import {sideEntries} from '../../source/state/side-entries.js';
import {threeArticles} from './articles-fixture.js';

describe('kept derived text', () => {
	test('a value is made once per owner and key, and again for another key', () => {
		const cache = new WeakMap<object, Map<number, number[]>>();
		const owner = {};
		let made = 0;
		const make = (n: number) => () => {
			made++;
			return [n];
		};

		const first = kept(cache, owner, 1, make(1));
		assert.equal(kept(cache, owner, 1, make(1)), first);
		assert.notEqual(kept(cache, owner, 2, make(2)), first);
		assert.equal(made, 2);
	});

	test('side entries and side lines come back as the same arrays, with the same content as computed afresh', () => {
		const analysis = threeArticles().analyses[0]!;
		const entries = sideOf(analysis, null);
		assert.equal(sideOf(analysis, null), entries);
		assert.deepEqual(entries, sideEntries(analysis, null));
		assert.notEqual(sideOf(analysis, 'China'), entries);
		const lines = sideLines(entries, 40);
		assert.equal(sideLines(entries, 40), lines);
		assert.notEqual(sideLines(entries, 30), lines);
		assert.ok(lines.length > 0);
	});
});
