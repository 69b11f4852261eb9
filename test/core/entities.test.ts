import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {analyseBody} from './article-of.js';

const named = (body: string) => analyseBody(body).entities.filter(e => e.type !== 'date').map(e => `${e.type}:${e.canonical}`);

describe('entities', () => {
	const rows: Array<[string, string, string[]]> = [
		['names a titled person and resolves the surname later', 'U.S. Secretary of State Antony Blinken spoke. Blinken left.', ['place:United States', 'person:Antony Blinken', 'person:Antony Blinken']],
		['reads a Chinese family name first', 'Spokesperson Mao Ning spoke. Mao left.', ['person:Mao Ning', 'person:Mao Ning']],
		['finds an unseen person after a role noun', 'EU foreign policy chief Kaja Kallas spoke.', ['organization:European Union', 'person:Kaja Kallas']],
		['names the PRC as China', 'The PRC said no.', ['place:China']],
		['finds organisations by their suffix', 'Atlantic Council CEO Frederick Kempe hosted it.', ['organization:Atlantic Council', 'person:Frederick Kempe']],
		['finds China’s organs written in lower case', 'China’s foreign ministry said no.', ['organization:Chinese Foreign Ministry']],
		['keeps nationality adjectives out of the entities', 'Swedish Defense Minister Pal Jonson spoke.', ['person:Pal Jonson']],
		['finds a company named in apposition', 'It sanctioned satellite manufacturer, Spacety, in January.', ['organization:Spacety']],
		['reads nothing as a person in a title-case headline', 'NATO Coalition Calls on China to Oppose War', ['organization:NATO', 'place:China']],
	];
	for (const [name, body, expected] of rows) test(name, () => assert.deepEqual(named(body), expected));

	test('marks dates', () => {
		const dates = analyseBody('They met on Feb. 18 and again on Wednesday, March 24, 2022.').entities.filter(e => e.type === 'date').map(e => e.text);
		assert.deepEqual(dates, ['Feb. 18', 'Wednesday', 'March 24, 2022']);
	});

	test('keeps a capital that speaks a place; its government is the speaker', () => {
		const a = analyseBody('Beijing denied supplying weapons to Russia.\n\nLondon described the sanctions as overdue.');
		assert.equal(a.entities.find(e => e.text === 'London')?.canonical, 'London');
		assert.equal(a.entities.find(e => e.text === 'Beijing')?.type, 'place');
		assert.equal(a.responses[0]?.speaker, 'China');
	});
});
