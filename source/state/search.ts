// Body search: confirming a typed query, and moving between its matches.
import type {Command} from './keymap.js';
import {findMatches} from './selectors.js';
import type {State} from './state.js';
import {reveal, type View} from './view.js';

/** Make match `current` the current one and scroll it into view (or say there is none). */
export function showMatch(state: State, view: View, current: number): State {
	const match = state.search.matches[current];
	if (!match) {
		return {...state, message: state.search.query ? `no matches for “${state.search.query}”` : 'type / to search'};
	}

	return {...state, search: {...state.search, current}, scroll: reveal(state.scroll, match, view),
		message: `match ${current + 1} of ${state.search.matches.length}`};
}

/** Commands while a query is being typed: confirm, erase, cancel. */
export function typeSearch(state: State, command: Command, view: View): State {
	switch (command) {
		case 'searchCancel': { return {...state, search: {...state.search, editing: false, draft: ''}}; }
		case 'searchErase': { return {...state, search: {...state.search, draft: Array.from(state.search.draft).slice(0, -1).join('')}}; }
		case 'searchConfirm': {
			const query = state.search.draft;
			const matches = findMatches(view.body, query);
			// Start from the first match at or below the top line, like less does.
			const top = view.lineStarts[state.scroll] ?? 0;
			const first = Math.max(0, matches.findIndex(m => m.start >= top));
			const next = {...state, search: {editing: false, draft: '', query, matches, current: -1}};
			return showMatch(next, view, matches.length === 0 ? -1 : first);
		}

		default: { return state; }
	}
}
