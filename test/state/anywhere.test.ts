// The core journey from any pane, in the reducer: claim keys from the list (opening the highlighted
// article first and acting once its claims are known), search from anywhere, esc one step back at
// every width, keys that cannot act, and moving in the full-screen pair view.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import type {Command} from '../../source/state/keymap.js';
import {reduce} from '../../source/state/reducer.js';
import {sideEntries} from '../../source/state/side-entries.js';
import {initialState, type State} from '../../source/state/state.js';
import {emptyView, type View} from '../../source/state/view.js';
import {sampleArticle, spanOf} from './fixture.js';
import {groupedArticle} from './pairs-fixture.js';

const {article, analysis} = sampleArticle('a1');
const lineStarts = [0, ...Array.from(article.body).flatMap((ch, i) => (ch === '\n' ? [i + 1] : []))];
const wide: View = {
	...emptyView, listIds: ['a1', 'a2'], allIds: ['a1', 'a2'], listRows: 2, lineStarts, bodyRows: 10, body: article.body,
	side: sideEntries(analysis), sideOf: 'a1', visible: ['list', 'article', 'claims'], together: true, overlayRows: 10,
};
// 80 columns: the list and the side pane, the article in the list's place once focused.
const medium: View = {...wide, visible: ['list', 'claims'], together: false};
const mediumArticle: View = {...medium, visible: ['article', 'claims']};
const start = (over: Partial<State> = {}): State => ({...initialState({listIds: wide.listIds, hasProblems: false}), ...over});
const run = (state: State, view: View, ...commands: Command[]): State =>
	commands.reduce((s, command) => reduce(s, {type: 'command', command, view}), state);
const claim1 = spanOf(article.body, 'Jens Stoltenberg said China is a decisive enabler of the war.');
const answer1 = spanOf(article.body, 'Lin Jian said the accusation is groundless and smears China.');

describe('claim keys from the list', () => {
	test('wide: ] selects the first claim of the open, highlighted article and the list keeps focus', () => {
		const state = run(start(), wide, 'nextClaim');
		assert.deepEqual([state.side, state.highlight, state.focus], [{entry: 0, response: null}, claim1, 'list']);
		const reply = run(state, wide, 'toggleReply');
		assert.deepEqual([reply.side, reply.highlight], [{entry: 0, response: 0}, answer1]);
	});

	test('80 columns: ] shows the article in the list\'s place; esc brings the list back, keeping the highlight', () => {
		const state = run(start(), medium, 'nextClaim');
		assert.deepEqual([state.focus, state.highlight], ['article', claim1]);
		const back = run(state, mediumArticle, 'back');
		assert.deepEqual([back.focus, back.highlight], ['list', claim1]);
		assert.equal(run(back, medium, 'back').highlight, null, 'the next esc clears the highlight');
	});

	test('on another highlighted article: it is opened and the key waits for its claims, then acts', () => {
		const moved = run(start(), wide, 'down', 'nextClaim');
		assert.deepEqual([moved.openId, moved.pending, moved.highlight], ['a2', {command: 'nextClaim', articleId: 'a2'}, null]);
		// The app's next view still holds a1's claims: nothing happens yet.
		assert.equal(reduce(moved, {type: 'reveal', view: wide}), moved);
		const done = reduce(moved, {type: 'reveal', view: {...wide, sideOf: 'a2'}});
		assert.deepEqual([done.pending, done.side, done.highlight], [null, {entry: 0, response: null}, claim1]);
	});

	test('a waiting key is dropped when another article was opened meanwhile', () => {
		const moved = run(start(), wide, 'down', 'nextClaim');
		const other = {...moved, openId: 'a1'};
		assert.equal(reduce(other, {type: 'reveal', view: wide}).pending, null);
		assert.equal(reduce(other, {type: 'reveal', view: wide}).highlight, null);
	});
});

describe('search and esc from anywhere; keys that cannot act', () => {
	test('/ from the list searches the open article; at 80 columns the article is shown', () => {
		const typed = reduce(run(start(), medium, 'searchStart'), {type: 'type', text: 'filler'});
		assert.equal(typed.focus, 'article');
		const found = run(typed, mediumArticle, 'searchConfirm');
		assert.equal(found.message, 'match 1 of 30');
		const list = run(found, mediumArticle, 'back');
		assert.equal(list.focus, 'list');
		const next = run(list, medium, 'nextMatch');
		assert.deepEqual([next.message, next.focus], ['match 2 of 30', 'article'], 'n works from the list too, and shows the article');
	});

	test('/ from an overlay (the pair view, help) closes it and searches the open article', () => {
		const state = run(start({overlay: 'pairs'}), wide, 'searchStart');
		assert.deepEqual([state.overlay, state.search.editing], ['none', true]);
	});

	test('esc with nothing left to undo says so', () => {
		assert.equal(run(start(), wide, 'back').message, 'nothing to go back from (q quits)');
		assert.equal(run(start({focus: 'claims'}), wide, 'back').focus, 'list', 'the last step is the list');
	});

	test('a key with no command where it was pressed says so', () => {
		assert.equal(reduce(start(), {type: 'unbound', key: 'z'}).message, 'z does nothing in the list pane (? lists the keys)');
		assert.equal(reduce(start({overlay: 'help'}), {type: 'unbound', key: 'tab'}).message, 'tab does nothing here (? lists the keys)');
	});

	test('no open article: claim keys and P say why', () => {
		const none = start({openId: null});
		const view = {...wide, listIds: [], sideOf: null};
		assert.equal(run(none, view, 'nextClaim').message, 'no article to open');
		assert.equal(run(none, view, 'pairs').message, 'no article is open (enter opens one)');
	});
});

describe('the full-screen pair view', () => {
	const grouped = groupedArticle();
	const view: View = {...wide, side: sideEntries(grouped.analysis), body: grouped.article.body, lineStarts: [0], sideOf: 'a1'};
	test('P opens it; j goes down the drawn order (a group\'s claims, then its answer); enter shows the statement; P closes', () => {
		const open = run(start(), view, 'pairs');
		assert.equal(open.overlay, 'pairs');
		const moved = run(open, view, 'down', 'down', 'down');
		assert.deepEqual(moved.side, {entry: 0, response: 0}, 'after claims 1, 2 and 4, their shared answer');
		assert.deepEqual(run(moved, view, 'down').side, {entry: 2, response: null}, 'then the unanswered claim 3');
		const shown = run(moved, view, 'open');
		assert.deepEqual([shown.overlay, shown.focus, shown.highlight], ['none', 'article', spanOf(grouped.article.body, 'Lin Jian said the accusations are groundless smears.')]);
		assert.equal(run(open, view, 'pairs').overlay, 'none');
	});

	test('r on a lesser answer goes to the claim it also answers; on a general response it says so', () => {
		const lesser = run(start({side: {entry: 4, response: 0}}), view, 'toggleReply');
		assert.deepEqual(lesser.side, {entry: 1, response: null});
		assert.equal(run(start({side: {entry: 5, response: 0}}), view, 'toggleReply').message, 'a general response: it answers no claim in particular');
	});
});
