import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {isPhotoCredit, removeFurniture} from '../../source/text/furniture.js';

describe('isPhotoCredit', () => {
	// [line, is a credit]
	const table: Array<[string, boolean]> = [
		['Sergei Bobylov/Pool/AFP/Getty Images', true],
		['Jane Doe/Reuters', true],
		['JOHN SMITH/AFP via Getty Images', true],
		['(Jane Doe/AP)', true],
		['Photo: Jane Doe/Xinhua', true],
		['Anna Berg/Studio North/Agency Blue', true],
		['Yes/No', false],
		['Either/Or', false],
		['The minister said the 24/7 hotline was busy.', false],
		['Biden met Xi/Li in Beijing on Tuesday, officials said.', false],
		['and/or', false],
		['', false],
	];
	for (const [line, expected] of table) {
		test(`${expected ? 'recognises' : 'keeps'} ${JSON.stringify(line)}`, () => {
			assert.equal(isPhotoCredit(line), expected);
		});
	}
});

describe('removeFurniture', () => {
	test('drops leading lines that repeat the title, however often and whatever the quotes', () => {
		const body = '\nA ‘Quoted’ Title\n\n# A \'Quoted\' Title\n\nFirst sentence.';
		assert.equal(removeFurniture(body, "A 'Quoted' Title"), 'First sentence.');
	});

	test('keeps a first line that only starts like the title', () => {
		const body = 'China is a partner, NATO says in a long lead sentence.\nMore.';
		assert.equal(removeFurniture(body, 'China is a partner'), body);
	});

	test('drops a related-stories heading and its new-window link list', () => {
		const body = 'Before.\nRelated stories\n[ One storyOpens in new window ]\n[ Two story Opens in a new tab ]\nAfter.';
		assert.equal(removeFurniture(body, 'T'), 'Before.\nAfter.');
	});

	test('keeps a "Related" line that heads real text', () => {
		const body = 'Before.\nRelated\nThe two cases are related, police said.';
		assert.equal(removeFurniture(body, 'T'), body);
	});

	test('drops a trailing related-topics heading with nothing under it', () => {
		assert.equal(removeFurniture('Text.\nRelated Topics', 'T'), 'Text.');
	});

	test('drops a photo credit line and closes the gap it leaves', () => {
		const body = 'Para one.\n\nJane Doe/Pool/AFP/Getty Images\n\nPara two.';
		assert.equal(removeFurniture(body, 'T'), 'Para one.\n\nPara two.');
	});

	test('keeps a credit that ends a caption sentence', () => {
		const body = 'A man speaks in Brussels. JANE DOE/AFP via Getty Images';
		assert.equal(removeFurniture(body, 'T'), body);
	});

	test('never empties a one-line article whose only line is its title', () => {
		assert.equal(removeFurniture('Only line', 'Only line'), 'Only line');
	});
});
