// The reader's update function: pure, (state, action) → state. Components only dispatch.
import {back, claimKeyAnywhere, runPending, searchAnywhere} from './anywhere.js';
import {corpusCommand, revealPending, typeTopics} from './corpus-nav.js';
import {commandFor} from './key-match.js';
import type {Command, Focus, KeyPress} from './keymap.js';
import {noPicker, pick, pickerCommand, typeFilter} from './picker.js';
import {typeSearch} from './search.js';
import {followWindow, keyContext} from './selectors.js';
import {selectedStatement} from './side-entries.js';
import {edgeSide, jump, moveSide} from './side-nav.js';
import {initialState, noFilter, noSearch, type State} from './state.js';
import {clampScroll, type View} from './view.js';
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
	/**
	 * The article list changed under the reader (it is read in slices, or a list drawn from the last
	 * start was checked against the files). The app says where the cursor's and the open article
	 * went (their ids in the new list, or null when they are gone; `replaced` when the open one was
	 * read anew) and `view` is the new list's; `initial` is the position the reader was started at.
	 */
	| {type: 'relist'; cursorId: string | null; openId: string | null; replaced: boolean; initial: {articleId?: string; scroll?: number}; hasProblems: boolean; moreProblems: boolean; complete: boolean; view: View};

const order: Focus[] = ['list', 'article', 'claims'];

const cycle = (focus: Focus, delta: number): Focus =>
	order[(order.indexOf(focus) + delta + order.length) % order.length] ?? 'list';

/** Open an article: a fresh body position, side cursor and search. */
function open(state: State, id: string): State {
	if (id === state.openId) {
		return {...state, focus: 'article'}; // Already open: keep the reader's place.
	}

	return {...state, openId: id, scroll: 0, side: {entry: 0, response: null}, highlight: null, search: noSearch, focus: 'article'};
}

function list(state: State, command: Command, view: View): State {
	const last = view.listIds.length - 1;
	const to = (target: number): State => {
		const cursor = Math.max(0, Math.min(last, target));
		return {...state, listCursor: cursor, listTop: followWindow(state.listTop, cursor, view.listRows, view.listIds.length)};
	};
	switch (command) {
		case 'up': { return to(state.listCursor - 1); }
		case 'down': { return to(state.listCursor + 1); }
		case 'pageUp': { return to(state.listCursor - view.listRows); }
		case 'pageDown': { return to(state.listCursor + view.listRows); }
		case 'top': { return to(0); }
		case 'bottom': { return to(last); }
		case 'open': {
			const id = view.listIds[state.listCursor];
			return id === undefined ? state : open(state, id);
		}

		default: { return state; }
	}
}

function scrollBy(state: State, view: View, to: number): State {
	return {...state, scroll: clampScroll(to, view.lineStarts.length, view.bodyRows)};
}

function article(state: State, command: Command, view: View): State {
	const {scroll} = state;
	const page = Math.max(1, view.bodyRows - 1);
	switch (command) {
		case 'up': { return scrollBy(state, view, scroll - 1); }
		case 'down': { return scrollBy(state, view, scroll + 1); }
		case 'pageUp': { return scrollBy(state, view, scroll - page); }
		case 'pageDown': { return scrollBy(state, view, scroll + page); }
		case 'top': { return scrollBy(state, view, 0); }
		case 'bottom': { return scrollBy(state, view, view.lineStarts.length); }
		default: { return state; }
	}
}

function claims(state: State, command: Command, view: View): State {
	switch (command) {
		case 'up': { return moveSide(state, view, -1); }
		case 'down': { return moveSide(state, view, 1); }
		case 'pageUp': { return moveSide(state, view, -5); }
		case 'pageDown': { return moveSide(state, view, 5); }
		case 'top': { return edgeSide(state, view, 'first'); }
		case 'bottom': { return edgeSide(state, view, 'last'); }
		case 'open': { return jump(state, view); }
		default: { return state; }
	}
}

function overlay(state: State, command: Command, view: View): State {
	const to = (line: number): State => ({...state, overlayScroll: clampScroll(line, view.overlayLines, view.overlayRows)});
	const page = Math.max(1, view.overlayRows - 1);
	if (state.overlay === 'entities') {
		return pickerCommand(state, command, view);
	}

	// The full-screen pair view moves as the side pane does; enter shows the statement in the article.
	if (state.overlay === 'pairs') {
		return command === 'open' ? {...jump(state, view), overlay: 'none', focus: 'article'} : claims(state, command, view);
	}

	// The corpus moves claim by claim and filters its topics (corpus-nav.ts).
	const inCorpus = state.overlay === 'corpus' ? corpusCommand(state, command, view) : undefined;
	if (inCorpus) return inCorpus;

	switch (command) {
		case 'up': { return to(state.overlayScroll - 1); }
		case 'down': { return to(state.overlayScroll + 1); }
		case 'pageUp': { return to(state.overlayScroll - page); }
		case 'pageDown': { return to(state.overlayScroll + page); }
		case 'top': { return to(0); }
		case 'bottom': { return to(view.overlayLines); }
		default: { return state; }
	}
}

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
		return overlay(state, cmd, view);
	}

	const pane = {list, article, claims}[state.focus];
	return pane(state, cmd, view);
}

/** A new list: a reader nobody has touched starts afresh on it; otherwise the cursor and the open article stay on their articles where they still are. */
function relist(state: State, action: Extract<Action, {type: 'relist'}>): State {
	const {view} = action;
	if (!state.touched) {
		const fresh = initialState({listIds: view.listIds, articleId: action.initial.articleId, scroll: action.initial.scroll, hasProblems: action.hasProblems});
		// While the list still grows, the article on screen stays (one more file read and analysed
		// for each slice would slow the reading and flicker); the complete list opens its own.
		const resumed = action.initial.articleId !== undefined && view.listIds.includes(action.initial.articleId);
		const keep = !action.complete && action.openId !== null && !resumed;
		return keep ? {...fresh, openId: action.openId, scroll: state.scroll} : fresh;
	}

	const found = action.cursorId === null ? -1 : view.listIds.indexOf(action.cursorId);
	const cursor = found === -1 ? Math.max(0, Math.min(state.listCursor, view.listIds.length - 1)) : found;
	const notice = action.hasProblems && (state.notice || action.moreProblems);
	const next: State = {...state, listCursor: cursor, listTop: followWindow(state.listTop, cursor, view.listRows, view.listIds.length), notice};
	if (action.openId === null) {
		// The open article's file is gone: show the one under the cursor instead, from its top.
		return {...next, openId: view.listIds[cursor] ?? null, scroll: 0, side: {entry: 0, response: null}, highlight: null, search: noSearch};
	}

	// Read anew, its text may have changed: places found in the old text no longer hold.
	return action.replaced ? {...next, openId: action.openId, side: {entry: 0, response: null}, highlight: null, search: noSearch} : {...next, openId: action.openId};
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
