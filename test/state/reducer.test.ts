import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Command} from '../../source/state/keymap.js';
import {reduce, type Action} from '../../source/state/reducer.js';
import {sideEntries} from '../../source/state/side-entries.js';
import {initialState, type State} from '../../source/state/state.js';
import {emptyView, type View} from '../../source/state/view.js';
import {sampleArticle, spanOf} from './fixture.js';

const {article, analysis} = sampleArticle('a1');
// One body line per wrapped line keeps offsets easy to reason about.
const lineStarts = [0];
for (const [i, ch] of Array.from(article.body).entries()) {
	if (ch === '\n') {
		lineStarts.push(i + 1);
	}
}

const view: View = {
	...emptyView,
	listIds: ['a1', 'a2', 'a3'],
	allIds: ['a1', 'a2', 'a3'],
	listRows: 2,
	lineStarts,
	bodyRows: 10,
	body: article.body,
	side: sideEntries(analysis),
	overlayLines: 40,
	overlayRows: 10,
};

const start = (over: Partial<State> = {}): State => ({...initialState({listIds: view.listIds, hasProblems: false}), ...over});
const run = (state: State, ...commands: Command[]): State =>
	commands.reduce((s, command) => reduce(s, {type: 'command', command, view}), state);

describe('reduce', () => {
	test('starts on the newest article with the list focused, or on the requested article and scroll', () => {
		assert.deepEqual([start().openId, start().focus], ['a1', 'list']);
		const resumed = initialState({listIds: view.listIds, articleId: 'a2', scroll: 7, hasProblems: true});
		assert.deepEqual([resumed.openId, resumed.listCursor, resumed.scroll, resumed.focus, resumed.notice], ['a2', 1, 7, 'list', true]);
	});

	const listRows: Array<[string, Command[], number]> = [
		['down moves the list cursor', ['down'], 1],
		['down stops at the last article', ['down', 'down', 'down', 'down'], 2],
		['up stops at the first article', ['up'], 0],
		['bottom goes to the last article', ['bottom'], 2],
		['page down moves by the visible rows', ['pageDown'], 2],
	];
	for (const [name, commands, cursor] of listRows) {
		test(name, () => {
			assert.equal(run(start(), ...commands).listCursor, cursor);
		});
	}

	test('the list window follows the cursor only when it would leave the window', () => {
		assert.deepEqual([run(start(), 'down').listTop, run(start(), 'down', 'down').listTop], [0, 1]);
		assert.equal(run(start(), 'down', 'down', 'up').listTop, 1);
		assert.equal(run(start(), 'down', 'down', 'up', 'up').listTop, 0);
	});

	test('enter on the list opens the article under the cursor and focuses it', () => {
		const state = run(start({scroll: 5}), 'down', 'open');
		assert.deepEqual([state.openId, state.focus, state.scroll], ['a2', 'article', 0]);
	});

	test('enter on the article already open keeps its scroll', () => {
		const state = run(start({scroll: 5}), 'open');
		assert.deepEqual([state.openId, state.focus, state.scroll], ['a1', 'article', 5]);
	});

	test('tab and shift-tab cycle the focus through the three panes', () => {
		assert.deepEqual(['focusNext', 'focusNext', 'focusNext'].map((_, i, all) => run(start(), ...(all.slice(0, i + 1) as Command[])).focus), ['article', 'claims', 'list']);
		assert.equal(run(start(), 'focusPrev').focus, 'claims');
	});

	const scrollRows: Array<[string, Command[], number]> = [
		['down scrolls the body one line', ['down'], 1],
		['up never scrolls above the top', ['up'], 0],
		['page down scrolls a page less one line', ['pageDown'], 9],
		['bottom scrolls to the last page', ['bottom'], lineStarts.length - 10],
		['top returns to the first line', ['bottom', 'top'], 0],
	];
	for (const [name, commands, scroll] of scrollRows) {
		test(name, () => {
			assert.equal(run(start({focus: 'article'}), ...commands).scroll, scroll);
		});
	}

	test('] selects the first claim, highlights its sentence and scrolls it into view', () => {
		const state = run(start({focus: 'article'}), 'nextClaim', 'nextClaim');
		const sentence = analysis.claims[1]!.sentence;
		assert.deepEqual(state.highlight, sentence);
		assert.deepEqual(state.side, {entry: 1, response: null});
		const line = lineStarts.indexOf(sentence.start);
		assert.ok(state.scroll <= line && line < state.scroll + view.bodyRows);
	});

	test('r jumps from a claim to its response and back', () => {
		const onResponse = run(start({focus: 'claims'}), 'open', 'toggleReply');
		assert.deepEqual(onResponse.side, {entry: 0, response: 0});
		assert.deepEqual(onResponse.highlight, analysis.responses[0]!.sentence);
		const back = run(onResponse, 'toggleReply');
		assert.deepEqual(back.highlight, analysis.claims[0]!.sentence);
	});

	test('r on an unanswered claim says there is no response', () => {
		const state = run(start({focus: 'claims'}), 'down', 'down', 'toggleReply');
		assert.deepEqual(state.side, {entry: 1, response: null});
		assert.equal(state.message, 'claim 2 has no answer in this article');
	});

	test('a jump from the claims pane shows the article when the panes are not side by side', () => {
		const narrow = reduce(start({focus: 'claims'}), {type: 'command', command: 'open', view: {...view, together: false}});
		assert.equal(narrow.focus, 'article');
		assert.equal(run(start({focus: 'claims'}), 'open').focus, 'claims');
	});

	test('search: typed text, enter finds matches case-insensitively, n and N cycle', () => {
		let state = run(start({focus: 'article'}), 'searchStart');
		for (const text of ['f', 'I', 'l', 'x']) {
			state = reduce(state, {type: 'type', text});
		}

		state = run(state, 'searchErase', 'searchConfirm');
		assert.equal(state.search.query, 'fIl');
		assert.equal(state.search.matches.length, 30);
		assert.deepEqual(state.search.matches[0], spanOf(article.body, 'Fil'));
		assert.equal(run(state, 'nextMatch').search.current, 1);
		assert.equal(run(state, 'prevMatch').search.current, 29);
		assert.equal(run(state, 'prevMatch').message, 'match 30 of 30');
	});

	test('esc cancels a search being typed without touching the body', () => {
		const state = run(reduce(run(start({focus: 'article'}), 'searchStart'), {type: 'type', text: 'NATO'}), 'searchCancel');
		assert.deepEqual([state.search.editing, state.search.query], [false, '']);
	});

	test('a search with no match says so', () => {
		const state = run(reduce(run(start({focus: 'article'}), 'searchStart'), {type: 'type', text: 'zzz'}), 'searchConfirm');
		assert.equal(state.message, 'no matches for “zzz”');
	});

	test('typing outside a search changes nothing', () => {
		const state = start();
		assert.equal(reduce(state, {type: 'type', text: 'x'}), state);
	});

	test('overlays toggle and esc closes them before anything else', () => {
		assert.equal(run(start(), 'help').overlay, 'help');
		assert.equal(run(start(), 'help', 'help').overlay, 'none');
		assert.equal(run(start({entity: 'NATO'}), 'corpus', 'back').entity, 'NATO');
	});

	test('the corpus overlay scrolls within its lines', () => {
		assert.equal(run(start(), 'corpus', 'down', 'down').overlayScroll, 2);
		assert.equal(run(start(), 'corpus', 'bottom').overlayScroll, 30);
	});

	const claim = analysis.claims[1]!;
	const corpusView: View = {...view, corpus: [
		{reports: [{articleId: 'a2', claimId: 'x1', sentence: {start: 0, end: 5}}], line: 1},
		{reports: [{articleId: 'a3', claimId: 'y1', sentence: {start: 0, end: 5}}, {articleId: 'a1', claimId: claim.id, sentence: claim.sentence}], line: 30},
	]};
	const inCorpus = (state: State, ...commands: Command[]): State =>
		commands.reduce((s, command) => reduce(s, {type: 'command', command, view: corpusView}), state);

	test('in the corpus, ↑↓ move a claim cursor and the view follows it', () => {
		const moved = inCorpus(start(), 'corpus', 'down');
		assert.deepEqual([moved.corpusCursor, moved.overlayScroll], [1, 22]);
		assert.equal(inCorpus(moved, 'down', 'down').corpusCursor, 1);
		assert.deepEqual([inCorpus(moved, 'top').corpusCursor, inCorpus(moved, 'top').overlayScroll], [0, 1]);
	});

	test('→ and ← choose which report of a corpus claim enter opens, within its reports; ↓ starts at the earliest again', () => {
		const two = inCorpus(start(), 'corpus', 'down', 'nextReport', 'nextReport');
		assert.equal(two.corpusReport, 1);
		assert.equal(inCorpus(two, 'prevReport', 'prevReport').corpusReport, 0);
		assert.equal(inCorpus(two, 'up').corpusReport, 0);
		assert.match(inCorpus(start(), 'corpus', 'nextReport').message ?? '', /one outlet reported this claim/);
		assert.deepEqual([inCorpus(start(), 'corpus', 'down', 'open').openId, inCorpus(start(), 'corpus', 'down', 'open').revealClaim], ['a3', 'y1']);
	});

	test('/ in the corpus types a topic filter: letters narrow, backspace erases, enter keeps it, esc clears it', () => {
		const typing = reduce(inCorpus(start(), 'corpus', 'down', 'filterTopics'), {type: 'type', text: 'sup'});
		assert.deepEqual([typing.corpusFilter, typing.corpusCursor], [{query: 'sup', typing: true}, 0]);
		assert.deepEqual(inCorpus(typing, 'searchErase').corpusFilter, {query: 'su', typing: true});
		const kept = inCorpus(typing, 'searchConfirm');
		assert.deepEqual([kept.corpusFilter, kept.overlay], [{query: 'sup', typing: false}, 'corpus']);
		assert.deepEqual(inCorpus(typing, 'searchCancel').corpusFilter, {query: '', typing: false});
		const back = inCorpus(kept, 'back');
		assert.deepEqual([back.corpusFilter.query, back.overlay], ['', 'corpus']);
		assert.equal(inCorpus(back, 'back').overlay, 'none');
	});

	test('enter on a corpus claim in the open article closes the corpus, highlights the sentence and scrolls to it', () => {
		const opened = inCorpus(start(), 'corpus', 'down', 'nextReport', 'open');
		const line = lineStarts.findLastIndex(s => s <= claim.sentence.start);
		assert.deepEqual([opened.overlay, opened.focus, opened.openId, opened.highlight, opened.revealClaim], ['none', 'article', 'a1', claim.sentence, null]);
		assert.equal(opened.scroll, Math.min(line - 1, lineStarts.length - view.bodyRows));
		assert.deepEqual(opened.side, {entry: 1, response: null});
	});

	test('enter on a corpus claim in another article opens it and reveals the claim once the article is laid out', () => {
		const opened = inCorpus(start({scroll: 4}), 'corpus', 'open');
		assert.deepEqual([opened.openId, opened.listCursor, opened.scroll, opened.highlight, opened.revealClaim], ['a2', 1, 0, {start: 0, end: 5}, 'x1']);
		const revealed = reduce(opened, {type: 'reveal', view});
		assert.deepEqual([revealed.scroll, revealed.revealClaim], [0, null]);
		assert.equal(reduce(revealed, {type: 'reveal', view}), revealed);
	});

	test('picking an entity filters the list; esc clears it and finds the open article again', () => {
		const actions: Action[] = [{type: 'pickEntity', entity: 'NATO'}];
		const picked = actions.reduce(reduce, run(start({openId: 'a3'}), 'entities'));
		assert.deepEqual([picked.entity, picked.overlay, picked.focus, picked.listCursor], ['NATO', 'none', 'list', 0]);
		const cleared = run(picked, 'back');
		assert.deepEqual([cleared.entity, cleared.listCursor], [null, 2]);
	});

	test('x and esc dismiss the load-problems notice', () => {
		assert.equal(run(start({notice: true}), 'dismiss').notice, false);
		assert.equal(run(start({notice: true}), 'back').notice, false);
	});

	test('quit sets the quit flag for the app to act on', () => {
		assert.equal(run(start(), 'quit').quit, true);
	});

	test('keys read together are matched one by one, each in the state the one before left', () => {
		const state = reduce(start(), {type: 'burst', input: '\t]r', view});
		assert.equal(state.focus, 'article');
		assert.deepEqual(state.side, {entry: 0, response: 0});
		assert.deepEqual(state.highlight, analysis.responses[0]!.sentence);
	});

	test('a burst while searching is typed into the query until enter', () => {
		const state = reduce(run(start({focus: 'article'}), 'searchStart'), {type: 'burst', input: 'Fil\rn', view});
		assert.equal(state.search.query, 'Fil');
		assert.equal(state.search.current, 1);
	});

	test('a message lasts until the next command', () => {
		const state = run(start({focus: 'claims'}), 'down', 'down', 'toggleReply', 'up');
		assert.equal(state.message, null);
	});

	describe('a list that changes under the reader', () => {
		const grown: View = {...view, listIds: ['a0', 'a1', 'a2', 'a3', 'a4'], allIds: ['a0', 'a1', 'a2', 'a3', 'a4'], listRows: 3};
		const relist = (state: State, over: Partial<Extract<Action, {type: 'relist'}>> = {}): State => reduce(state, {
			type: 'relist', cursorId: 'a1', openId: 'a1', replaced: false, initial: {}, hasProblems: false, moreProblems: false, complete: true, view: grown, ...over,
		});

		test('untouched, the reader starts afresh on the complete list: the newest article, or the one it was started at', () => {
			assert.deepEqual([relist(start()).openId, relist(start()).listCursor], ['a0', 0]);
			const resumed = relist(start(), {initial: {articleId: 'a3', scroll: 4}});
			assert.deepEqual([resumed.openId, resumed.listCursor, resumed.scroll], ['a3', 3, 4]);
		});

		test('untouched, while the list still grows, the cursor goes to the top but the open article stays', () => {
			const state = relist(start(), {complete: false});
			assert.deepEqual([state.listCursor, state.openId], [0, 'a1']);
			// The article it was started at arrived: that one opens.
			assert.equal(relist(start(), {complete: false, initial: {articleId: 'a4'}}).openId, 'a4');
		});

		test('a command makes it touched; typing outside a search, which changes nothing, does not', () => {
			assert.equal(start().touched, false);
			assert.equal(run(start(), 'down').touched, true);
			assert.equal(run(start(), 'help').touched, true);
			assert.equal(reduce(start(), {type: 'type', text: 'x'}).touched, false);
		});

		test('touched, the cursor and the open article stay on their articles where they moved to', () => {
			const moved = run(start(), 'down', 'open');
			const state = relist(moved, {cursorId: 'a2', openId: 'a2'});
			assert.deepEqual([state.listCursor, state.openId, state.focus], [2, 'a2', 'article']);
		});

		test('touched, an open article whose file is gone gives way to the one under the cursor, from its top', () => {
			const reading = {...run(start(), 'down', 'open'), scroll: 9};
			const state = relist(reading, {cursorId: null, openId: null, view: {...grown, listIds: ['a0', 'a2'], allIds: ['a0', 'a2']}});
			assert.deepEqual([state.listCursor, state.openId, state.scroll], [1, 'a2', 0]);
		});

		test('touched, an open article read anew keeps its place in the text but not what was selected in the old text', () => {
			const reading = {...run(start({focus: 'claims'}), 'down', 'open'), scroll: 3};
			assert.notEqual(reading.highlight, null);
			const state = relist(reading, {replaced: true});
			assert.deepEqual([state.scroll, state.highlight, state.side], [3, null, {entry: 0, response: null}]);
		});

		test('the problems notice comes back when the new list has more problems, and goes when it has none', () => {
			const dismissed = run(start({notice: true}), 'dismiss');
			assert.equal(relist(dismissed, {hasProblems: true, moreProblems: true}).notice, true);
			assert.equal(relist(dismissed, {hasProblems: true, moreProblems: false}).notice, false);
			assert.equal(relist({...dismissed, notice: true}, {hasProblems: false}).notice, false);
		});
	});
});
