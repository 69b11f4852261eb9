import assert from 'node:assert/strict';
import {test} from 'node:test';
import {overlap, prepare, sameReport, sameSpeaker, sameness, speakerKey, weightsOf, type Report} from '../../source/state/same-claim.js';

// Claims as the bundled articles' analyses give them (CNN, Bloomberg, Radio Free Asia, July 2024).
const cnn: Report = {speaker: 'NATO', text: 'China was a “decisive enabler” of Russia’s war against Ukraine', published: '2024-07-11'};
const bloomberg: Report = {speaker: 'NATO', text: 'NATO described China as a “decisive enabler” of Russia’s war against Ukraine.', published: '2024-07-10'};
const rfa: Report = {speaker: 'NATO', text: 'The PRC has become a decisive enabler of Russia\'s war against Ukraine through its so-called no-limits partnership and its large-scale support for Russia\'s defence industrial base.', published: '2024-07-10'};
// The same communiqué sentence's other half, in other words: a near miss.
const borderless: Report = {speaker: 'NATO', text: 'China’s borderless partnership with Russia and its “large-scale support of the Russian defense industry” enabled Moscow to wage its war', published: '2024-07-11'};
const machineTools: Report = {speaker: 'NATO', text: 'China supplies Russia with machine tools and microelectronics for its war against Ukraine', published: '2024-07-10'};
const satellites: Report = {speaker: 'NATO', text: 'China supplies Russia with satellite imagery for its war against Ukraine', published: '2024-07-10'};
const reports = [cnn, bloomberg, rfa, borderless, machineTools, satellites,
	{speaker: 'Jens Stoltenberg', text: 'China is the main enabler of the war', published: '2024-07-10'},
	{speaker: 'Antony Blinken', text: 'China is fueling the war in Ukraine', published: '2024-07-10'}];
const weight = weightsOf(reports.map(prepare));
const same = (a: Report, b: Report): boolean => sameReport(prepare(a), prepare(b), weight);

test('one claim reported by several outlets is the same report, whichever pair is compared', () => {
	assert.ok(same(cnn, bloomberg));
	assert.ok(same(bloomberg, cnn));
	assert.ok(same(cnn, rfa));
	assert.ok(same(bloomberg, rfa));
});

test('near misses are not merged: other wording of the same subject, shared common words, another speaker, too far apart', () => {
	const {overlap: share} = overlap(prepare(borderless), prepare(rfa), weight);
	assert.ok(share < sameness.minOverlap, `overlap ${share}`);
	assert.equal(same(borderless, rfa), false);
	// "China supplies Russia with … for its war against Ukraine": only the object differs.
	assert.equal(same(machineTools, satellites), false);
	assert.equal(same(cnn, {...cnn, speaker: 'Jens Stoltenberg'}), false);
	assert.equal(same(cnn, {...cnn, published: '2024-07-19'}), false);
	assert.ok(same(cnn, {...cnn, published: '2024-07-17'}));
	assert.equal(same(cnn, {...cnn, published: null}), false);
	assert.equal(same({...cnn, speaker: null}, {...cnn, speaker: null}), false);
});

test('speakers are folded: case, accents, aliases of the lexicon, a surname for the full name', () => {
	assert.equal(speakerKey('North Atlantic Treaty Organization'), 'nato');
	assert.equal(speakerKey('Pål Jonson'), 'pal jonson');
	assert.ok(sameSpeaker(speakerKey('Stoltenberg'), speakerKey('Jens Stoltenberg')));
	assert.ok(sameSpeaker(speakerKey('the European Union'), speakerKey('EU')));
	assert.equal(sameSpeaker(speakerKey('Jens'), speakerKey('Jens Stoltenberg')), false);
	assert.equal(sameSpeaker(speakerKey('Joe Biden'), speakerKey('Hunter Biden')), false);
	assert.ok(same({...cnn, speaker: 'Stoltenberg'}, {...bloomberg, speaker: 'Jens Stoltenberg'}));
});
