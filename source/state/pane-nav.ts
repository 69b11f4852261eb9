// Commands that move within where the reader is: the focused pane (the list's cursor, the
// article's scroll, the side pane's selection) or the overlay showing. The reducer sends each
// command here once no command that applies anywhere (reducer.ts, anywhere.ts) has taken it.
import {corpusCommand} from './corpus-nav.js';
import type {Command} from './keymap.js';
import {pickerCommand} from './picker.js';
import {followWindow} from './selectors.js';
import {edgeSide, jump, moveSide} from './side-nav.js';
import {noSearch, type State} from './state.js';
import {clampScroll, type View} from './view.js';

/** Open an article: a fresh body position, side cursor and search. */
export function open(state: State, id: string): State {
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

/** A command in the overlay showing: the entity picker, the pair view and the corpus have moves of their own; the rest scroll. */
export function overlayCommand(state: State, command: Command, view: View): State {
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

/** A command in the focused pane. */
export function paneCommand(state: State, command: Command, view: View): State {
	const pane = {list, article, claims}[state.focus];
	return pane(state, command, view);
}
