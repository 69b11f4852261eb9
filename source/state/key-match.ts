// Keys to commands, read from the key table (keymap.ts): which display key name matches a
// keypress, which scopes are active, and the one place a keypress becomes a command.
import {bindings, type Command, type KeyContext, type KeyPress, type Scope} from './keymap.js';

const named: Record<string, (input: string, key: KeyPress) => boolean> = {
	'↑': (_i, k) => Boolean(k.upArrow),
	'↓': (_i, k) => Boolean(k.downArrow),
	'←': (_i, k) => Boolean(k.leftArrow),
	'→': (_i, k) => Boolean(k.rightArrow),
	tab: (_i, k) => Boolean(k.tab) && !k.shift,
	'shift-tab': (_i, k) => Boolean(k.tab) && Boolean(k.shift),
	enter: (_i, k) => Boolean(k.return),
	esc: (_i, k) => Boolean(k.escape),
	space: i => i === ' ',
	pgdn: (_i, k) => Boolean(k.pageDown),
	pgup: (_i, k) => Boolean(k.pageUp),
	home: (_i, k) => Boolean(k.home),
	end: (_i, k) => Boolean(k.end),
	// Terminals send DEL (0x7f) or BS for the backspace key; Ink names them differently.
	backspace: (_i, k) => Boolean(k.backspace) || Boolean(k.delete),
	'ctrl-c': (i, k) => Boolean(k.ctrl) && i === 'c',
	'ctrl-d': (i, k) => Boolean(k.ctrl) && i === 'd',
	'ctrl-u': (i, k) => Boolean(k.ctrl) && i === 'u',
	'ctrl-n': (i, k) => Boolean(k.ctrl) && i === 'n',
	'ctrl-p': (i, k) => Boolean(k.ctrl) && i === 'p',
};

/** Whether a display key name (as written in the table) matches this keypress. */
export function matchesKey(name: string, input: string, key: KeyPress): boolean {
	const special = named[name];
	if (special) {
		return special(input, key);
	}

	return input === name && !key.ctrl;
}

/** The scopes active in a context, most specific first. */
export function activeScopes(context: KeyContext): Scope[] {
	if (context.searching) {
		return ['search'];
	}

	// Letters are the picker's filter: no one-letter command (not even q) applies there.
	if (context.picking || context.filtering) {
		return [context.picking ? 'picker' : 'topics'];
	}

	if (context.overlay) {
		return context.pairs || context.corpus ? [context.pairs ? 'pairs' : 'corpus', 'overlay', 'global'] : ['overlay', 'global'];
	}

	return [context.focus, 'global'];
}

/** The one place keys become commands: the first binding in an active scope that matches. */
export function commandFor(input: string, key: KeyPress, context: KeyContext): Command | undefined {
	for (const scope of activeScopes(context)) {
		for (const binding of bindings) {
			if (binding.scopes.includes(scope) && binding.keys.some(name => matchesKey(name, input, key))) {
				return binding.command;
			}
		}
	}

	// Ctrl-C quits even mid-search, so the reader can always be left.
	return matchesKey('ctrl-c', input, key) ? 'quit' : undefined;
}
