// Moving through the side pane: claims and their responses, and jumping the body to them.
import type {SideEntry} from './selectors.js';
import {selectedStatement} from './selectors.js';
import type {SideSelection, State} from './state.js';
import type {View} from './view.js';
import {reveal} from './view.js';

/** Every selectable position in order: each entry's claim, then its responses. */
function positions(side: readonly SideEntry[]): SideSelection[] {
	const all: SideSelection[] = [];
	for (const [entry, e] of side.entries()) {
		if (e.claim) {
			all.push({entry, response: null});
		}

		for (const [response] of e.responses.entries()) {
			all.push({entry, response});
		}
	}

	return all;
}

const same = (a: SideSelection, b: SideSelection): boolean => a.entry === b.entry && a.response === b.response;

/** Move the side cursor by `delta` positions (clamped). */
export function moveSide(state: State, view: View, delta: number): State {
	const all = positions(view.side);
	if (all.length === 0) {
		return state;
	}

	const at = Math.max(0, all.findIndex(p => same(p, state.side)));
	const next = all[Math.max(0, Math.min(all.length - 1, at + delta))] ?? state.side;
	return {...state, side: next};
}

/** Move the side cursor to the first or last position. */
export function edgeSide(state: State, view: View, end: 'first' | 'last'): State {
	const all = positions(view.side);
	const next = end === 'first' ? all[0] : all.at(-1);
	return next ? {...state, side: next} : state;
}

/** Highlight the selected statement's sentence and scroll it into view. */
export function jump(state: State, view: View): State {
	const statement = selectedStatement(view.side, state.side.entry, state.side.response);
	if (!statement) {
		return {...state, message: 'no claims or responses in this article'};
	}

	const span = statement.sentence;
	return {
		...state,
		highlight: span,
		scroll: reveal(state.scroll, span, view),
		focus: view.together ? state.focus : 'article',
	};
}

/** Select the next (+1) or previous (-1) claim and show it in the body. */
export function stepClaim(state: State, view: View, direction: 1 | -1): State {
	const from = state.highlight === null && direction === 1 ? -1 : state.side.entry;
	for (let entry = from + direction; entry >= 0 && entry < view.side.length; entry += direction) {
		if (view.side[entry]?.claim) {
			return jump({...state, side: {entry, response: null}}, view);
		}
	}

	return {...state, message: direction === 1 ? 'no further claims' : 'no earlier claims'};
}

/** From a claim to its best response, or from a response back to its claim; then show it. */
export function toggleReply(state: State, view: View): State {
	const entry = view.side[state.side.entry];
	if (!entry) {
		return {...state, message: 'no claims or responses in this article'};
	}

	if (state.side.response === null) {
		if (entry.responses.length === 0) {
			return {...state, message: 'no response in this article'};
		}

		return jump({...state, side: {entry: state.side.entry, response: 0}}, view);
	}

	if (!entry.claim) {
		return {...state, message: 'this response answers no claim found in this article'};
	}

	return jump({...state, side: {entry: state.side.entry, response: null}}, view);
}
