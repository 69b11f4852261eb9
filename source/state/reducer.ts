// The reader's update function: pure, (state, action) → state. Components only dispatch.
import {back, claimKeyAnywhere, runPending, searchAnywhere} from './anywhere.js';
import {revealPending, typeTopics} from './corpus-nav.js';
import {commandFor} from './key-match.js';
import type {Command, Focus, KeyPress} from './keymap.js';
import {open, overlayCommand, paneCommand} from './pane-nav.js';
import {noPicker, pick, typeFilter} from './picker.js';
import {relist, type Relist} from './relist.js';
import {typeSearch} from './search.js';
import {followWindow, keyContext} from './selectors.js';
import {selectedStatement} from './side-entries.js';
import {noFilter, type State} from './state.js';
import type {View} from './view.js';
import {typedText} from '../text/sanitize.js';

/** Everything that can happen to the reader. */
export type Action =
	| {type: 'command'; command: Command; view: View}
	| {type: 'type'; text: string}
	| {type: 'pickEntity'; entity: string}
	| {type: 'openArticle'; id: string; view: View}
	/** The open article has been laid out: bring a claim opened from the corpus into view. */
	| {type: 'reveal'; view: View}
	/** A key the table has no command for where it was pressed: said on the status line. */
	| {type: 'unbound'; key: string}
	/** Several plain keys read at once (fast typing, key repeat): each is matched in the state the one before left. */
	| {type: 'burst'; input: string; view: View}
	/** The article list changed under the reader (relist.ts). */
	| Relist;

const order: Focus[] = ['list', 'article', 'claims'];

const cycle = (focus: Focus, delta: number): Focus =>
	order[(order.indexOf(focus) + delta + order.length) % order.length] ?? 'list';

/** `w`: the reasons behind the selected claim or response, or a word on why there are none to show. */
function why(state: State, view: View): State {
	if (state.overlay === 'why') return {...state, overlay: 'none'};
	if (!selectedStatement(view.side, state.side.entry, state.side.response)) return {...state, message: 'select a claim or response first (] selects the next claim)'};
	return toggle(state, 'why');
}

/** `o`: ask for the open article's address in the browser (the app does the opening), or say why not. */
function openSource(state: State, view: View): State {
	const url = view.sourceUrl ?? null;
	if (url === null) return {...state, message: 'This article has no web address to open (its source is not an http or https URL)'};
	return {...state, message: `Opening ${url} in the browser`, opening: {url, count: (state.opening?.count ?? 0) + 1}};
}

/** `P`: the full-screen pair view of the open article, or back from it. */
function pairsView(state: State): State {
	if (state.overlay !== 'pairs' && state.openId === null) return {...state, message: 'no article is open (enter opens one)'};
	return {...toggle(state, 'pairs'), corpusCursor: state.corpusCursor};
}

const toggle = (state: State, name: State['overlay']): State =>
	({...state, overlay: state.overlay === name ? 'none' : name, overlayScroll: 0, corpusCursor: 0, corpusReport: 0, corpusFilter: noFilter});

function command(state: State, cmd: Command, view: View): State {
	switch (cmd) {
		case 'quit': { return {...state, quit: true}; }
		case 'help': { return toggle(state, 'help'); }
		case 'corpus': { return toggle(state, 'corpus'); }
		case 'entities': { return {...toggle(state, 'entities'), picker: noPicker}; }
		case 'why': { return why(state, view); }
		case 'dismiss': { return {...state, notice: false}; }
		case 'openSource': { return openSource(state, view); }
		case 'back': { return back(state, view); }
		case 'focusNext': { return {...state, focus: cycle(state.focus, 1)}; }
		case 'focusPrev': { return {...state, focus: cycle(state.focus, -1)}; }
		case 'nextClaim':
		case 'prevClaim':
		case 'toggleReply': { return claimKeyAnywhere(state, cmd, view); }
		case 'pairs': { return pairsView(state); }
		default: { break; }
	}

	if (state.search.editing) {
		return typeSearch(state, cmd, view);
	}

	if (cmd === 'searchStart' || (state.overlay === 'none' && (cmd === 'nextMatch' || cmd === 'prevMatch'))) {
		return searchAnywhere(state.openId === null ? state : {...state, overlay: 'none'}, cmd, view);
	}

	if (state.overlay !== 'none') {
		return overlayCommand(state, cmd, view);
	}

	return paneCommand(state, cmd, view);
}

/** The reducer: one action in, the next state out; unknown or inapplicable actions change nothing. */
export function reduce(state: State, action: Action): State {
	if (action.type === 'relist') return relist(state, action);
	// Anything the user changes ends the time in which a changing list may start the reader afresh.
	const next = act(state, action);
	return next === state || next.touched || action.type === 'reveal' ? next : {...next, touched: true};
}

function act(state: State, action: Exclude<Action, {type: 'relist'}>): State {
	switch (action.type) {
		case 'command': {
			// A one-off message lasts until the next key.
			return command({...state, message: null}, action.command, action.view);
		}

		case 'type': {
			// Pasted controls (BEL, ESC, U+009B, U+202E, a backspace as a character) never reach the prompt.
			const text = typedText(action.text);
			if (text !== '' && state.overlay === 'entities' && !state.search.editing) return typeFilter(state, text);
			if (text !== '' && state.overlay === 'corpus' && state.corpusFilter.typing) return typeTopics(state, text);
			return state.search.editing && text !== '' ? {...state, search: {...state.search, draft: state.search.draft + text}} : state;
		}

		case 'pickEntity': {
			return pick(state, action.entity);
		}

		case 'burst': {
			return Array.from(action.input).reduce((s, char) => {
				const key: KeyPress = char === '\t' ? {tab: true} : (char === '\r' ? {return: true} : {});
				const cmd = commandFor(char, key, keyContext(s));
				return cmd ? reduce(s, {type: 'command', command: cmd, view: action.view}) : reduce(s, {type: 'type', text: char});
			}, state);
		}

		case 'reveal': {
			return runPending(revealPending(state, action.view), action.view);
		}

		case 'unbound': {
			const where = state.overlay === 'none' ? `in the ${state.focus === 'claims' ? 'claims' : state.focus} pane` : 'here';
			return {...state, message: `${action.key} does nothing ${where} (? lists the keys)`};
		}

		case 'openArticle': {
			const cursor = action.view.listIds.indexOf(action.id);
			return cursor === -1 ? state : {...open(state, action.id), listCursor: cursor, listTop: followWindow(state.listTop, cursor, action.view.listRows, action.view.listIds.length)};
		}
	}
}
