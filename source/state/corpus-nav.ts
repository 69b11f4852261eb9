// Moving through the corpus view claim by claim, and opening a claim where it was reported.
import {followWindow} from './selectors.js';
import type {State} from './state.js';
import {noSearch} from './state.js';
import {reveal, type View} from './view.js';

/** Select corpus claim `target` (clamped), scrolling the view so the claim's first line shows. */
export function moveCorpus(state: State, view: View, target: number): State {
	const cursor = Math.max(0, Math.min(view.corpus.length - 1, target));
	const line = view.corpus[cursor]?.line ?? 0;
	// The overlay's first row is its title, so the window is one row shorter than the overlay.
	const top = followWindow(state.overlayScroll, line, Math.max(1, view.overlayRows - 1), Math.max(0, view.overlayLines - 1));
	return {...state, corpusCursor: cursor, overlayScroll: top};
}

/** Close the corpus and open the selected claim's article with its sentence highlighted. */
export function openCorpusClaim(state: State, view: View): State {
	const target = view.corpus[state.corpusCursor];
	if (!target) {
		return state;
	}

	const same = target.articleId === state.openId;
	// The list cursor follows to the opened article when the list (maybe filtered) holds it.
	const cursor = view.listIds.indexOf(target.articleId);
	const list = cursor === -1 ? {} : {listCursor: cursor, listTop: followWindow(state.listTop, cursor, view.listRows, view.listIds.length)};
	const opened: State = {
		...state,
		...list,
		overlay: 'none',
		focus: 'article',
		openId: target.articleId,
		highlight: target.sentence,
		search: same ? state.search : noSearch,
		scroll: same ? state.scroll : 0,
		side: same ? state.side : {entry: 0, response: null},
		revealClaim: target.claimId,
	};
	// The open article's lines are known now; another article's only after it is laid out.
	return same ? revealPending(opened, view) : opened;
}

/** Bring a claim opened from the corpus into view and select it in the side pane, once `view` holds its article. */
export function revealPending(state: State, view: View): State {
	if (state.revealClaim === null || state.highlight === null) {
		return state;
	}

	const entry = view.side.findIndex(e => e.claim?.id === state.revealClaim);
	return {
		...state,
		scroll: reveal(0, state.highlight, view),
		side: entry === -1 ? state.side : {entry, response: null},
		revealClaim: null,
	};
}
