// The pair view on its own (the side pane component): a shared answer drawn once with the claims it
// answers, the analysis's bar for "answered", and the stacked and side-by-side layouts.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {sideEntries} from '../../source/state/side-entries.js';
import type {SideSelection} from '../../source/state/state.js';
import {SidePane} from '../../source/ui/side-pane.js';
import {claimList, sideBySideWidth} from '../../source/ui/text/side-lines.js';
import {themeFor} from '../../source/ui/theme.js';
import {groupedArticle} from '../state/pairs-fixture.js';

const entries = sideEntries(groupedArticle().analysis);
const pane = (width: number, selection: SideSelection = {entry: 0, response: null}, height = 60) => render(
	<SidePane entries={entries} selection={selection} entity={null} rows={height - 3} size={{width, height}} focused theme={themeFor(false)} date="10 Jul 2024"/>,
).lastFrame() ?? '';
const count = (frame: string, pattern: RegExp) => frame.match(new RegExp(pattern, 'g'))?.length ?? 0;
const rowOf = (frame: string, text: string) => frame.split('\n').findIndex(l => l.includes(text));

describe('pair view', () => {
	test('counts are honest: claims, claims answered over the bar, responses shown', () => {
		assert.match(pane(50), /4 claims · 3 answered · 3 responses/);
	});

	test('stacked: a response answering three claims is drawn once, each claim names it and the reason', () => {
		const frame = pane(50);
		assert.equal(count(frame, /R1 Lin Jian/), 1, frame);
		assert.match(frame, /R1 Lin Jian[^\n]*\n[^\n]*answers claims 1, 2, 4/);
		assert.equal(count(frame, /the accusations are groundless/), 1);
		assert.equal(count(frame, /↳ R1: /), 3);
		// The reason is the pair's own words, nearness left out when there is more to say.
		assert.match(frame, /↳ R1: denies or rejects · refers back to/);
		// The claims come before their shared answer, and the answer before the unanswered claim.
		assert.ok(rowOf(frame, 'C1 Jens') < rowOf(frame, 'C2 NATO') && rowOf(frame, 'C2 NATO') < rowOf(frame, 'C4 Antony'));
		assert.ok(rowOf(frame, 'C4 Antony') < rowOf(frame, 'R1 Lin Jian') && rowOf(frame, 'R1 Lin Jian') < rowOf(frame, 'C3 Joe'));
	});

	test('a claim whose only pair scores under the bar has no answer in this article', () => {
		const frame = pane(50);
		const c3 = rowOf(frame, 'C3 Joe Biden');
		const lines = frame.split('\n');
		assert.ok(lines.slice(c3, c3 + 4).some(l => l.includes('↳ no answer in this article')), frame);
	});

	test('a lesser answer and a general denial are listed once each, under their headings', () => {
		const frame = pane(50);
		assert.equal(count(frame, /Mao Ning/), 1);
		assert.match(frame, /Other responses/);
		assert.match(frame, /R2 Mao Ning[^\n]*\n[^\n]*also answers claim 2\b/);
		assert.match(frame, /General responses/);
		assert.match(frame, /R3 China[^\n]*\n[^\n]*answers no claim in particular/);
		assert.ok(rowOf(frame, 'Other responses') < rowOf(frame, 'R2 Mao') && rowOf(frame, 'General responses') < rowOf(frame, 'R3 China'));
	});

	test(`side by side from ${sideBySideWidth} columns: claims (speaker, date) left, their answer right on the same row, reasons under them`, () => {
		const width = sideBySideWidth + 2 + 10;
		const frame = pane(width);
		const lines = frame.split('\n');
		assert.ok(lines.every(l => stringWidth(l) <= width), 'nothing wider than the pane');
		const head = lines.find(l => l.includes('C1 Jens Stoltenberg · 10 Jul 2024'));
		assert.ok(head?.includes('R1 Lin Jian'), frame);
		assert.ok(head!.indexOf('C1') < head!.indexOf('│ ') && head!.indexOf('│ ') < head!.indexOf('R1'));
		assert.match(lines[lines.indexOf(head!) + 1] ?? '', /│ +answers claims 1, 2, 4/);
		assert.equal(count(frame, /R1 Lin Jian/), 1);
		assert.match(frame, /↳ C1 ⇄ R1: denies or rejects/);
		assert.match(frame, /↳ C4 ⇄ R1: refers back to the accusations/);
		const c3 = lines.find(l => l.includes('C3 Joe Biden'));
		assert.ok(c3?.includes('no answer in this article'), 'the unanswered claim says so beside it');
	});

	test('narrower than that, the same pairs stack: claim and answer never share a row', () => {
		const frame = pane(sideBySideWidth + 1);
		assert.ok(!frame.split('\n').some(l => l.includes('C1 Jens') && l.includes('R1 Lin')), frame);
		assert.doesNotMatch(frame, /10 Jul 2024/);
	});

	test('the selected answer of a group is marked wherever it was reached from', () => {
		const frame = pane(50, {entry: 3, response: 0});
		assert.match(frame, /› R1 Lin Jian/);
		assert.doesNotMatch(frame, /› C/);
	});
});

describe('claim numbers', () => {
	test('runs of three or more read as ranges', () => {
		assert.equal(claimList([2]), 'claim 2');
		assert.equal(claimList([1, 2, 4]), 'claims 1, 2, 4');
		assert.equal(claimList([1, 2, 3, 4, 5, 8, 9, 10, 12]), 'claims 1–5, 8–10, 12');
	});
});
