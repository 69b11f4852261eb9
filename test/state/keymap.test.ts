import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {bindings, commandFor, describeKeys, formatKeyHelp, statusHints, type Command, type KeyContext, type KeyPress} from '../../source/state/keymap.js';

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
		['g goes to the top', 'g', {}, article, 'top'],
		['G goes to the bottom', 'G', {shift: true}, article, 'bottom'],
		['/ starts a search in the article', '/', {}, article, 'searchStart'],
		['/ is not a search in the list', '/', {}, list, undefined],
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
		assert.ok(!statusHints(list).some(h => h.label === 'search'));
		assert.deepEqual(statusHints(searching).map(h => h.label), ['search', 'erase', 'cancel']);
		assert.deepEqual(statusHints(list).slice(0, 2).map(h => h.label), ['help', 'quit']);
		assert.deepEqual(statusHints(list).find(h => h.label === 'page'), {key: 'space/b', label: 'page'});
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
