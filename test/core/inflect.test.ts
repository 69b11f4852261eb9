import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {inflectAll, inflections} from '../../source/core/util/inflect.js';

describe('inflections generated from base forms', () => {
	const rows: Array<[string, string[]]> = [
		['accuse', ['accuse', 'accuses', 'accused', 'accusing']],
		['deny', ['deny', 'denies', 'denied', 'denying']],
		['slam', ['slam', 'slams', 'slammed', 'slamming']],
		['press', ['press', 'presses', 'pressed', 'pressing']],
		['warn', ['warn', 'warns', 'warned', 'warning']],
	];
	for (const [base, forms] of rows) test(`${base} → ${forms.join(', ')}`, () => assert.deepEqual(inflections(base).sort(), [...forms].sort()));
	test('a multi-word entry inflects its first word', () => {
		assert.deepEqual(inflectAll(['call on']).sort(), ['call on', 'called on', 'calling on', 'calls on']);
	});
});
