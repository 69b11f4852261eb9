// Keys become actions in one place: a command from the key table, typed text while searching, or
// a burst of keys that arrived in one read, replayed one by one.
import {useInput} from 'ink';
import {useCallback, useRef, type Dispatch} from 'react';
import {commandFor} from '../state/key-match.js';
import type {Action} from '../state/reducer.js';
import {keyContext} from '../state/selectors.js';
import type {State} from '../state/state.js';
import type {View} from '../state/view.js';

/** Sends each key to the reducer with the latest state and view (read through a ref, so the handler is stable). */
export function useReaderInput(state: State, view: View, dispatch: Dispatch<Action>): void {
	const latest = useRef({state, view});
	latest.current = {state, view};
	useInput(useCallback((input, key) => {
		const {state: s, view: v} = latest.current;
		const context = keyContext(s);
		const command = commandFor(input, key, context);
		if (command) {
			dispatch({type: 'command', command, view: v});
		} else if ((context.searching || context.picking || context.filtering) && input !== '' && !key.ctrl && !key.meta) {
			dispatch({type: 'type', text: input});
		} else if (input.length > 1 && !key.ctrl && !key.meta) {
			// Keys typed faster than they are read arrive together ("jjj", "\t]"): replay them one by one.
			dispatch({type: 'burst', input, view: v});
		} else if (!context.searching && !key.ctrl && !key.meta) {
			// A key with no command here says so rather than doing nothing.
			const name = key.tab ? 'tab' : (key.return ? 'enter' : (/^\P{C}$/u.test(input) ? input : null));
			if (name !== null) dispatch({type: 'unbound', key: name});
		}
	}, [dispatch]));
}
