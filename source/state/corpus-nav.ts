// The corpus view's keys: moving claim by claim, choosing which outlet's report of a claim to
// open (→/←), opening it where it was reported, and the topic filter typed after `/`.
import type {Command} from './keymap.js';
import {followWindow} from './selectors.js';
import type {State} from './state.js';
import {noFilter, noSearch} from './state.js';
import {moveTarget, reveal, type View} from './view.js';

/** Select corpus claim `target` (clamped) at its earliest report, scrolling the view so the claim's first line shows. */
export function moveCorpus(state: State, view: View, target: number): State {
	const cursor = Math.max(0, Math.min(view.corpus.length - 1, target));
	const line = view.corpus[cursor]?.line ?? 0;
	// The overlay's first row is its title, so the window is one row shorter than the overlay.
	const top = followWindow(state.overlayScroll, line, Math.max(1, view.overlayRows - 1), Math.max(0, view.overlayLines - 1));
	return {...state, corpusCursor: cursor, corpusReport: 0, overlayScroll: top};
}

/** →/←: the next or previous report of the selected claim (each on its own line under it). */
function stepReport(state: State, view: View, delta: number): State {
	const reports = view.corpus[state.corpusCursor]?.reports.length ?? 0;
	if (reports < 2) return {...state, message: 'one outlet reported this claim (enter opens it)'};
	return {...state, corpusReport: Math.max(0, Math.min(reports - 1, state.corpusReport + delta))};
}

const filtered = (state: State, query: string, typing: boolean): State =>
	({...state, corpusFilter: {query, typing}, corpusCursor: 0, corpusReport: 0, overlayScroll: 0});

/** Typed text narrows the topics; the cursor goes back to the first claim. */
export function typeTopics(state: State, text: string): State {
	return filtered(state, state.corpusFilter.query + text, true);
}

function whileTyping(state: State, command: Command, view: View): State {
	const {query} = state.corpusFilter;
	switch (command) {
		case 'searchConfirm': { return {...state, corpusFilter: {query, typing: false}}; }
		case 'searchCancel': { return filtered(state, noFilter.query, false); }
		case 'searchErase': { return filtered(state, Array.from(query).slice(0, -1).join(''), true); }
		default: { return moving(state, command, view); }
	}
}

function moving(state: State, command: Command, view: View): State {
	const at = state.corpusCursor;
	const page = 5;
	const target = moveTarget(command, at, page, view.corpus.length - 1);
	if (target !== undefined) return moveCorpus(state, view, target);
	switch (command) {
		case 'nextReport': { return stepReport(state, view, 1); }
		case 'prevReport': { return stepReport(state, view, -1); }
		case 'open': { return openCorpusClaim(state, view); }
		default: { return state; }
	}
}

/**
 * A key in the corpus view: `/` starts the topic filter; while it is typed, enter keeps it and esc
 * clears it; else the claim keys. Undefined when the corpus has no claims and no filter (the view
 * then scrolls as the other overlays do).
 */
export function corpusCommand(state: State, command: Command, view: View): State | undefined {
	if (command === 'filterTopics') return {...state, corpusFilter: {query: state.corpusFilter.query, typing: true}};
	if (state.corpusFilter.typing) return whileTyping(state, command, view);
	if (view.corpus.length === 0) {
		return state.corpusFilter.query === '' ? undefined : {...state, message: `no topic matches “${state.corpusFilter.query}” (esc clears the filter)`};
	}

	return moving(state, command, view);
}

/** Close the corpus and open the selected claim's chosen report (at first its earliest) with its sentence highlighted. */
export function openCorpusClaim(state: State, view: View): State {
	const row = view.corpus[state.corpusCursor];
	const target = row?.reports[state.corpusReport] ?? row?.reports[0];
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
