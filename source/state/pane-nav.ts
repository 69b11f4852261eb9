// Commands that move within where the reader is: the focused pane (the list's cursor, the
// article's scroll, the side pane's selection) or the overlay showing. The reducer sends each
// command here once no command that applies anywhere (reducer.ts, anywhere.ts) has taken it.
import {corpusCommand} from './corpus-nav.js';
import type {Command} from './keymap.js';
import {pickerCommand} from './picker.js';
import {followWindow} from './selectors.js';
import {edgeSide, jump, moveSide} from './side-nav.js';
import {noSearch, type State} from './state.js';
import {clampScroll, moveTarget, type View} from './view.js';

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
	const target = moveTarget(command, state.listCursor, view.listRows, last);
	if (target !== undefined) return to(target);
	if (command !== 'open') return state;
	const id = view.listIds[state.listCursor];
	return id === undefined ? state : open(state, id);
}

function article(state: State, command: Command, view: View): State {
	const target = moveTarget(command, state.scroll, Math.max(1, view.bodyRows - 1), view.lineStarts.length);
	return target === undefined ? state : {...state, scroll: clampScroll(target, view.lineStarts.length, view.bodyRows)};
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

	const target = moveTarget(command, state.overlayScroll, page, view.overlayLines);
	return target === undefined ? state : to(target);
}

/** A command in the focused pane. */
export function paneCommand(state: State, command: Command, view: View): State {
	const pane = {list, article, claims}[state.focus];
	return pane(state, command, view);
}
