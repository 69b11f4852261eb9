// The entity picker's model: letters typed filter the entities (case-insensitive, anywhere in the
// name), the arrows, page keys (pgup/pgdn, ctrl-u/ctrl-d) and home/end move, enter picks, backspace
// erases, esc clears the filter and then closes.
import type {Command} from './keymap.js';
import type {EntityChoice} from './selectors.js';
import type {State} from './state.js';
import {moveTarget, type View} from './view.js';

/** The picker's typed filter and cursor (an index into the filtered names). */
export type PickerState = {query: string; cursor: number};

/** A picker with nothing typed. */
export const noPicker: PickerState = {query: '', cursor: 0};

/** Whether a name holds the typed query (case-insensitive, anywhere in it); an empty query matches all. */
export function matchesQuery(name: string, query: string): boolean {
	return name.toLowerCase().includes(query.trim().toLowerCase());
}

/** The choices whose name holds the query, in their order. */
export function filterChoices(choices: readonly EntityChoice[], query: string): EntityChoice[] {
	return query.trim() === '' ? [...choices] : choices.filter(c => matchesQuery(c.canonical, query));
}

/** Pick an entity: the list and side pane narrow to it. */
export function pick(state: State, entity: string): State {
	return {...state, entity, overlay: 'none', picker: noPicker, listCursor: 0, listTop: 0, focus: 'list'};
}

/** Typed text narrows the choices; the cursor goes back to the first. */
export function typeFilter(state: State, text: string): State {
	return {...state, picker: {query: state.picker.query + text, cursor: 0}};
}

/** Moving and picking in the picker; `view.picker` holds the filtered names on screen. */
export function pickerCommand(state: State, command: Command, view: View): State {
	const names = view.picker ?? [];
	const page = Math.max(1, view.overlayRows - 3);
	const to = (cursor: number): State => ({...state, picker: {...state.picker, cursor: Math.max(0, Math.min(names.length - 1, cursor))}});
	const at = state.picker.cursor;
	const target = moveTarget(command, at, page, names.length - 1);
	if (target !== undefined) return to(target);
	switch (command) {
		case 'searchErase': { return {...state, picker: {query: Array.from(state.picker.query).slice(0, -1).join(''), cursor: 0}}; }
		case 'open': {
			const name = names[at];
			return name === undefined ? {...state, message: `no entity matches “${state.picker.query}”`} : pick(state, name);
		}

		default: { return state; }
	}
}
