// The core journey from any pane: `]`/`[`/`r` with the list focused open the highlighted article
// first (and act once its claims are known), `/`, `n`, `N` search the open article from anywhere,
// and `esc` goes back one step whatever the width.
import type {Command} from './keymap.js';
import {showMatch} from './search.js';
import {followWindow} from './selectors.js';
import {stepClaim, toggleReply} from './side-nav.js';
import {noSearch, type State} from './state.js';
import type {View} from './view.js';

type ClaimKey = NonNullable<State['pending']>['command'];

const visible = (view: View, pane: 'list' | 'article' | 'claims'): boolean => (view.visible ?? ['list', 'article', 'claims']).includes(pane);

/** A claim key on the open article's claims. */
export function claimKey(state: State, command: ClaimKey, view: View): State {
	if (command === 'toggleReply') return toggleReply(state, view);
	return stepClaim(state, view, command === 'nextClaim' ? 1 : -1);
}

/** `]`, `[` or `r`: from the list on the highlighted article (opened first, the key kept until its claims are known); elsewhere on the open one. */
export function claimKeyAnywhere(state: State, command: ClaimKey, view: View): State {
	if (state.focus === 'list') {
		const id = view.listIds[state.listCursor];
		if (id === undefined) return {...state, message: 'no article to open'};
		if (id !== state.openId) {
			return {...state, openId: id, scroll: 0, side: {entry: 0, response: null}, highlight: null, search: noSearch, pending: {command, articleId: id}};
		}
	}

	if (state.openId === null) return {...state, message: 'no article is open (enter opens one)'};
	// Not analysed yet (the first frame): the key waits for the claims.
	if (view.sideOf === null || (view.sideOf !== undefined && view.sideOf !== state.openId)) return {...state, pending: {command, articleId: state.openId}};
	return claimKey(state, command, view);
}

/** Once the view holds the open article's claims, do the claim key that waited for them (dropped if another article was opened since). */
export function runPending(state: State, view: View): State {
	if (state.pending === null || view.sideOf !== state.openId) return state;
	if (state.pending.articleId !== state.openId) return {...state, pending: null};
	return claimKey({...state, pending: null}, state.pending.command, view);
}

/** `/`, `n`, `N` from any pane: on the open article, shown if it was hidden. */
export function searchAnywhere(state: State, command: Command, view: View): State {
	if (state.openId === null) return {...state, message: 'no article is open to search (enter opens one)'};
	const shown = visible(view, 'article') ? state : {...state, focus: 'article' as const};
	const count = state.search.matches.length;
	switch (command) {
		case 'searchStart': { return {...shown, search: {...state.search, editing: true, draft: ''}}; }
		case 'nextMatch': { return showMatch(shown, view, count === 0 ? -1 : (state.search.current + 1) % count); }
		case 'prevMatch': { return showMatch(shown, view, count === 0 ? -1 : (state.search.current - 1 + count) % count); }
		default: { return state; }
	}
}

/** Esc: one step back — overlay; a hidden list; filter; notice; highlight and search; then the list's focus. */
export function back(state: State, view: View): State {
	if (state.overlay === 'entities' && state.picker.query !== '') return {...state, picker: {query: '', cursor: 0}};
	if (state.overlay === 'corpus' && state.corpusFilter.query !== '') return {...state, corpusFilter: {query: '', typing: false}, corpusCursor: 0, corpusReport: 0, overlayScroll: 0};
	if (state.overlay !== 'none') return {...state, overlay: 'none'};
	// Where the list is not on screen (one or two panes), the article goes back to it first.
	if (state.focus !== 'list' && !visible(view, 'list')) return {...state, focus: 'list'};
	if (state.entity !== null) {
		const cursor = state.openId === null ? 0 : Math.max(0, view.allIds.indexOf(state.openId));
		return {...state, entity: null, listCursor: cursor, listTop: followWindow(0, cursor, view.listRows, view.allIds.length)};
	}

	if (state.notice) return {...state, notice: false};
	if (state.highlight !== null || state.search.query !== '') return {...state, highlight: null, search: noSearch};
	if (state.focus !== 'list') return {...state, focus: 'list'};
	return {...state, message: 'nothing to go back from (q quits)'};
}
