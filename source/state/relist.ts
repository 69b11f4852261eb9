// A new article list under the reader (read in slices, or a list drawn from the last start
// checked against the files): where the cursor and the open article go.
import {followWindow} from './selectors.js';
import {initialState, noSearch, type State} from './state.js';
import type {View} from './view.js';

/**
 * The article list changed under the reader (it is read in slices, or a list drawn from the last
 * start was checked against the files). The app says where the cursor's and the open article
 * went (their ids in the new list, or null when they are gone; `replaced` when the open one was
 * read anew) and `view` is the new list's; `initial` is the position the reader was started at.
 */
export type Relist = {type: 'relist'; cursorId: string | null; openId: string | null; replaced: boolean; initial: {articleId?: string; scroll?: number}; hasProblems: boolean; moreProblems: boolean; complete: boolean; view: View};

/** A new list: a reader nobody has touched starts afresh on it; otherwise the cursor and the open article stay on their articles where they still are. */
export function relist(state: State, action: Relist): State {
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
