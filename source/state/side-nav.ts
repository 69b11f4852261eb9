// Moving through the side pane in the pair view's order (pair-rows.ts), and jumping the body to
// the selected sentence. `]`/`[` go claim by claim in body order (C1, C2, …).
import {positions} from './pair-rows.js';
import {selectedStatement} from './side-entries.js';
import type {SideSelection, State} from './state.js';
import type {View} from './view.js';
import {reveal} from './view.js';

// Positions are the same when they select the same statement (a group's answer is reached from any of its claims).
const statementKey = (view: View, p: SideSelection): string => {
	const s = selectedStatement(view.side, p.entry, p.response);
	return s ? `${p.response === null && view.side[p.entry]?.claim ? 'c' : 'r'}:${s.id}` : '';
};

/** Move the side cursor by `delta` positions (clamped). */
export function moveSide(state: State, view: View, delta: number): State {
	const all = positions(view.side);
	if (all.length === 0) {
		return {...state, message: 'no claims or responses in this article'};
	}

	const here = statementKey(view, state.side);
	const at = Math.max(0, all.findIndex(p => statementKey(view, p) === here));
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

	const none = !view.side.some(e => e.claim);
	return {...state, message: none ? 'no claims in this article' : (direction === 1 ? 'no further claims' : 'no earlier claims')};
}

/** From a claim to its best response, or from a response back to its claim; then show it. */
export function toggleReply(state: State, view: View): State {
	const entry = view.side[state.side.entry];
	if (!entry) {
		return {...state, message: 'no claims or responses in this article'};
	}

	if (state.side.response === null) {
		if (entry.responses.length === 0) {
			return {...state, message: `claim ${entry.number} has no answer in this article`};
		}

		return jump({...state, side: {entry: state.side.entry, response: 0}}, view);
	}

	if (!entry.claim) {
		const claim = entry.also[0] === undefined ? -1 : view.side.findIndex(e => e.claim && e.number === entry.also[0]);
		return claim === -1
			? {...state, message: 'a general response: it answers no claim in particular'}
			: jump({...state, side: {entry: claim, response: null}}, view);
	}

	return jump({...state, side: {entry: state.side.entry, response: null}}, view);
}
