// The core journey from the first screen (list focused) and the full-screen pair view, in the
// whole reader: ] and r from the list, esc back at every width, keys that cannot act say why, a
// status line of whole hints, and P side by side when wide, stacked when narrow.
import {afterEach, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import {groupedArticle} from '../state/pairs-fixture.js';
import {linesWith, threeArticles} from './articles-fixture.js';
import {keys, renderApp} from './render-app.js';
import {wordCut} from '../../source/ui/status-line.js';

afterEach(cleanup);

const statusOf = (frame: string): string => frame.split('\n').at(-1) ?? '';

describe('keys from the first screen', () => {
	for (const columns of [140, 80]) {
		test(`${columns} columns: ] with the list focused selects the first claim, r its answer, esc goes back`, async () => {
			const app = await renderApp({...threeArticles(), columns, rows: 30});
			await app.press(']');
			assert.equal(linesWith(app.frame(), 'C> Jens Stoltenberg said China').length, 1, app.frame());
			await app.press('r');
			assert.equal(linesWith(app.frame(), 'R> Lin Jian said the accusation').length, 1, app.frame());
			assert.match(app.frame(), /›\s+R1 Lin Jian/);
			await app.press(keys.escape);
			if (columns === 80) {
				// The article had taken the list's place: esc brings the list back.
				assert.match(app.frame(), /Articles 1\/3/);
			} else {
				assert.equal(linesWith(app.frame(), 'R> ').length, 0, 'esc clears the highlight');
			}
		});
	}

	test('] in the list opens the highlighted article first, then selects its claim', async () => {
		const app = await renderApp({...threeArticles(), columns: 140, rows: 30});
		await app.press('j', ']');
		assert.match(app.frame(), /│NATO and China \(b2\)\s*│/);
		assert.equal(linesWith(app.frame(), 'C> Jens Stoltenberg said China').length, 1, app.frame());
		assert.ok(app.analysed.includes('b2'));
	});

	test('on an article with no claims, ] from the list says so', async () => {
		const app = await renderApp({...threeArticles(), columns: 140, rows: 30});
		await app.press('j', 'j', ']');
		assert.match(app.frame(), /│Drills near Moscow\s*│/);
		assert.match(statusOf(app.frame()), /^no claims in this article/);
	});

	test('/ from the list searches the open article', async () => {
		const app = await renderApp({...threeArticles(), columns: 140, rows: 30});
		await app.press('/', 'f', 'i', 'l', 'l', 'e', 'r', keys.enter);
		assert.match(statusOf(app.frame()), /^match 1 of 30/);
		await app.press('n');
		assert.match(statusOf(app.frame()), /^match 2 of 30/);
	});

	test('a key with nothing to do says so on the status line', async () => {
		const app = await renderApp({...threeArticles(), columns: 140, rows: 30});
		await app.press('z');
		assert.match(statusOf(app.frame()), /^z does nothing in the list pane \(\? lists the keys\)/);
		await app.press(keys.escape);
		assert.match(statusOf(app.frame()), /^nothing to go back from \(q quits\)/);
	});

	test('at 80 columns the status line holds only whole hints, most important first', async () => {
		const app = await renderApp({...threeArticles(), columns: 80, rows: 24});
		const line = statusOf(app.frame()).trimEnd();
		assert.match(line, /^\? help {2}q quit {2}\]\[ claim {2}r reply {2}\/ search/);
		assert.doesNotMatch(line, /…/);
		assert.ok(line.length <= 80);
	});
});

describe('the full-screen pair view (P)', () => {
	const grouped = () => {
		const {article, analysis} = groupedArticle();
		return {articles: [article], analyses: [analysis]};
	};

	test('wide: claims beside their shared answer, reasons under them; j and r move; esc closes', async () => {
		const app = await renderApp({...grouped(), columns: 140, rows: 40});
		await app.press('P');
		const frame = app.frame();
		assert.match(frame, /Pairs \(P or esc closes\) · Grouped pairs/);
		assert.match(frame, /4 claims · 3 answered · 3 responses/);
		const head = linesWith(frame, 'C1 Jens Stoltenberg · 10 Jul 2024')[0] ?? '';
		assert.match(head, /│ +R1 Lin Jian/);
		assert.match(frame, /│ +answers claims 1, 2, 4/);
		assert.match(frame, /↳ C2 ⇄ R1: refers back to the accusations/);
		await app.press(']', 'r');
		assert.match(app.frame(), /› R1 Lin Jian/);
		await app.press(keys.escape);
		assert.doesNotMatch(app.frame(), /Pairs \(P/);
		assert.equal(linesWith(app.frame(), 'R> Lin Jian said the accusations').length, 1, 'the body shows the answer selected in the pair view');
	});

	test('narrow: the same pairs stacked, each answer once', async () => {
		const app = await renderApp({...grouped(), columns: 60, rows: 40});
		await app.press('P');
		const frame = app.frame();
		assert.equal(linesWith(frame, 'R1 Lin Jian').length, 1);
		assert.equal(linesWith(frame, 'C1 Jens Stoltenberg').filter(l => l.includes('R1')).length, 0);
		assert.match(frame, /no answer in this article/);
		assert.match(frame, /General responses/);
	});
});

describe('the entity picker filters as you type', () => {
	test('letters narrow the names, backspace widens, end and ctrl-u move, enter picks, esc clears then closes', async () => {
		const app = await renderApp({...threeArticles(), columns: 140, rows: 30});
		await app.press('e');
		assert.match(app.frame(), /Moscow · place/);
		assert.match(app.frame(), /Jens Stoltenberg · person/);
		await app.press('m', 'o', 's');
		assert.match(app.frame(), /“mos” · 1 of \d+/);
		assert.match(statusOf(app.frame()), /^esc back {2}backspace erase {2}enter pick {2}↑↓ move {2}pgdn\/pgup page {2}home top {2}end bottom/, 'the status line names the picker\'s keys');
		assert.doesNotMatch(app.frame(), /Jens Stoltenberg · person/);
		await app.press(keys.backspace, keys.backspace, keys.backspace, 'q');
		assert.match(app.frame(), /Filter by entity: “q”/, 'q is text in the picker, not quit');
		await app.press(keys.escape);
		assert.match(app.frame(), /Jens Stoltenberg · person/, 'esc clears the filter first');
		const selected = () => linesWith(app.frame(), '› ').find(l => l.includes(' · ')) ?? '';
		const first = selected();
		await app.press('\u001B[F');
		const last = selected();
		assert.notEqual(last, first, 'end goes to the last entity');
		await app.press('\u0015');
		assert.equal(selected(), first, 'ctrl-u pages back up to the first');
		await app.press('m', 'o', 's', keys.enter);
		assert.match(app.frame(), /Articles 1\/1 · with Moscow/);
		await app.press('e', keys.escape);
		assert.match(app.frame(), /Articles 1\/1 · with Moscow/, 'esc with no filter closes the picker');
		assert.doesNotMatch(app.frame(), /Filter by entity/);
	});
});

describe('status messages', () => {
	test('a message too long for the line is cut between words, never inside one', () => {
		const message = 'This article has no web address to open (its source is not an http or https URL)';
		assert.equal(wordCut(message, 200), message);
		const cut = wordCut(message, 60);
		assert.ok(cut.length + 2 <= 60 && cut.endsWith('…'), cut);
		assert.ok(message.startsWith(`${cut.slice(0, -1)} `), `cut between words: ${cut}`);
	});
});
