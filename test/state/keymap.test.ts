import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {describeKeys, formatKeyHelp} from '../../source/state/key-help.js';
import {commandFor} from '../../source/state/key-match.js';
import {bindings, type Command, type KeyContext, type KeyPress} from '../../source/state/keymap.js';
import {fitHints, statusHints} from '../../source/state/status-hints.js';

const article: KeyContext = {focus: 'article', overlay: false, searching: false};
const list: KeyContext = {focus: 'list', overlay: false, searching: false};
const claims: KeyContext = {focus: 'claims', overlay: false, searching: false};
const searching: KeyContext = {focus: 'article', overlay: false, searching: true};
const overlay: KeyContext = {focus: 'list', overlay: true, searching: false};

describe('commandFor', () => {
	const rows: Array<[string, string, KeyPress, KeyContext, Command | undefined]> = [
		['down arrow moves down in the list', '', {downArrow: true}, list, 'down'],
		['j moves down in the article', 'j', {}, article, 'down'],
		['k moves up in the claims pane', 'k', {}, claims, 'up'],
		['tab focuses the next pane', '', {tab: true}, list, 'focusNext'],
		['shift-tab focuses the previous pane', '', {tab: true, shift: true}, list, 'focusPrev'],
		['enter opens from the list', '', {return: true}, list, 'open'],
		['enter jumps from the claims pane', '', {return: true}, claims, 'open'],
		['enter does nothing in the article pane', '', {return: true}, article, undefined],
		['] is the next claim in the article', ']', {}, article, 'nextClaim'],
		['[ is the previous claim in the claims pane', '[', {}, claims, 'prevClaim'],
		['r toggles claim and reply', 'r', {}, claims, 'toggleReply'],
		['right arrow toggles claim and reply', '', {rightArrow: true}, claims, 'toggleReply'],
		['space pages down', ' ', {}, article, 'pageDown'],
		['b pages up', 'b', {}, article, 'pageUp'],
		['ctrl-d pages down in a pane, as in less and vim', 'd', {ctrl: true}, list, 'pageDown'],
		['ctrl-u pages up in an overlay', 'u', {ctrl: true}, overlay, 'pageUp'],
		['ctrl-d pages down in the entity picker', 'd', {ctrl: true}, {...overlay, picking: true}, 'pageDown'],
		['q is text in the entity picker', 'q', {}, {...overlay, picking: true}, undefined],
		['home goes to the top of the entity picker', '', {home: true}, {...overlay, picking: true}, 'top'],
		['g goes to the top', 'g', {}, article, 'top'],
		['G goes to the bottom', 'G', {shift: true}, article, 'bottom'],
		['/ starts a search in the article', '/', {}, article, 'searchStart'],
		['/ searches the open article from the list too', '/', {}, list, 'searchStart'],
		['] from the list selects a claim (of the highlighted article)', ']', {}, list, 'nextClaim'],
		['r from the list jumps to an answer', 'r', {}, list, 'toggleReply'],
		['P opens the pair view from any pane', 'P', {shift: true}, list, 'pairs'],
		['] works in the pair view', ']', {}, {...overlay, pairs: true}, 'nextClaim'],
		['P closes the pair view', 'P', {shift: true}, {...overlay, pairs: true}, 'pairs'],
		['j moves in the pair view', 'j', {}, {...overlay, pairs: true}, 'down'],
		['] does nothing in the help overlay', ']', {}, overlay, undefined],
		['n is the next match', 'n', {}, article, 'nextMatch'],
		['N is the previous match', 'N', {shift: true}, article, 'prevMatch'],
		['q quits from any pane', 'q', {}, claims, 'quit'],
		['ctrl-c quits', 'c', {ctrl: true}, list, 'quit'],
		['q is text while typing a search', 'q', {}, searching, undefined],
		['ctrl-c quits even while typing a search', 'c', {ctrl: true}, searching, 'quit'],
		['enter confirms a search', '', {return: true}, searching, 'searchConfirm'],
		['esc cancels a search', '', {escape: true}, searching, 'searchCancel'],
		['backspace erases while searching', '', {backspace: true}, searching, 'searchErase'],
		['delete (DEL byte) also erases', '', {delete: true}, searching, 'searchErase'],
		['? opens help', '?', {}, list, 'help'],
		['c opens the corpus view', 'c', {}, article, 'corpus'],
		['e opens the entity filter', 'e', {}, list, 'entities'],
		['x dismisses the notice', 'x', {}, list, 'dismiss'],
		['esc goes back', '', {escape: true}, article, 'back'],
		['j scrolls an overlay', 'j', {}, overlay, 'down'],
		['? closes help from the overlay', '?', {}, overlay, 'help'],
		['tab does nothing in an overlay', '', {tab: true}, overlay, undefined],
		['an unbound letter does nothing', 'z', {}, article, undefined],
	];
	for (const [name, input, key, context, expected] of rows) {
		test(name, () => {
			assert.equal(commandFor(input, key, context), expected);
		});
	}
});

describe('the key table', () => {
	test('every command has keys, a description and a status label', () => {
		for (const b of bindings) {
			assert.ok(b.keys.length > 0, b.command);
			assert.ok(b.description.length > 0, b.command);
			assert.ok(b.short.length > 0, b.command);
		}
	});

	test('no key means two commands in the same scope', () => {
		const seen = new Map<string, string>();
		for (const b of bindings) {
			for (const scope of b.scopes) {
				for (const key of b.keys) {
					const id = `${scope}:${key}`;
					assert.equal(seen.get(id), undefined, `${id} is bound to ${seen.get(id)} and ${b.command}`);
					seen.set(id, b.command);
				}
			}
		}
	});

	test('describeKeys gives one help row per binding, keys joined as typed', () => {
		const rows = describeKeys();
		assert.equal(rows.length, bindings.length);
		assert.deepEqual(rows.find(r => r.description === 'Quit'), {keys: 'q / ctrl-c', description: 'Quit', where: 'everywhere'});
	});

	test('formatKeyHelp prints every binding on its own line', () => {
		const text = formatKeyHelp();
		assert.equal(text.split('\n').length, bindings.length);
		assert.match(text, /\[ {2,}Previous claim/);
	});

	test('status hints follow the focused pane and pair up opposite keys', () => {
		const hints = statusHints(article);
		assert.deepEqual(hints.find(h => h.label === 'move'), {key: '↑↓', label: 'move'});
		assert.ok(hints.some(h => h.label === 'search'));
		assert.ok(statusHints(list).some(h => h.label === 'search'));
		assert.deepEqual(statusHints(searching).map(h => h.label), ['search', 'erase', 'cancel']);
		assert.deepEqual(statusHints(list).slice(0, 2).map(h => h.label), ['help', 'quit']);
		assert.deepEqual(statusHints(list).find(h => h.label === 'page'), {key: 'space/b', label: 'page'});
	});

	test('status hints come in priority order: help and quit, then the journey (claim, reply, back, search)', () => {
		assert.deepEqual(statusHints({...list, undo: true}).slice(0, 6).map(h => h.label), ['help', 'quit', 'claim', 'reply', 'back', 'search']);
		assert.deepEqual(statusHints({...list, notice: true}).slice(0, 3).map(h => h.label), ['help', 'quit', 'dismiss']);
	});

	test('hints are fitted whole: at 80 columns the line ends between hints, never inside one', () => {
		const hints = statusHints({...article, undo: true, matches: true});
		const whole = hints.map(h => `${h.key} ${h.label}`);
		for (const width of [20, 47, 80, 200]) {
			const line = fitHints(hints, width);
			assert.ok(line.length <= width, `${width}: ${line}`);
			const shown = line.split('  ');
			assert.deepEqual(shown, whole.slice(0, shown.length), `${width}: only whole hints, in order`);
			assert.ok(width < 200 ? shown.length < whole.length : shown.length === whole.length);
		}

		assert.match(fitHints(hints, 80), /^\? help {2}q quit {2}\]\[ claim {2}r reply {2}esc back {2}\/ search/);
	});

	const labels = (context: KeyContext) => statusHints(context).map(h => h.label);
	const conditional: Array<[string, KeyContext, string, boolean]> = [
		['no notice: no dismiss hint', list, 'dismiss', false],
		['a notice showing: dismiss hint', {...list, notice: true}, 'dismiss', true],
		['nothing to undo: no back hint', article, 'back', false],
		['a highlight or filter to undo: back hint', {...article, undo: true}, 'back', true],
		['no search matches: no match hint', article, 'match', false],
		['search matches: match hint', {...article, matches: true}, 'match', true],
	];
	for (const [name, context, label, shown] of conditional) {
		test(`status hints only show keys that apply now: ${name}`, () => {
			assert.equal(labels(context).includes(label), shown);
		});
	}
});
