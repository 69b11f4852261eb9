// The status line's key hints, from the key table: the commands that apply in the active scopes
// now, in priority order (how to learn the rest and leave, then the core journey: claim, reply,
// back, search), cut only between whole hints.
import {activeScopes} from './key-match.js';
import {bindings, type Binding, type KeyContext} from './keymap.js';

/** Whether a binding's hint condition holds in a context (no condition: always). */
export function applies(binding: Binding, context: KeyContext): boolean {
	return binding.when === undefined || Boolean(context[binding.when]);
}

/** Status-line labels, most important first; a label not listed goes last, in table order. */
export const hintPriority = ['help', 'quit', 'dismiss', 'claim', 'reply', 'back', 'search', 'erase', 'cancel', 'keep', 'clear', 'match', 'pick', 'open', 'outlet', 'filter', 'move', 'pane', 'pairs', 'page', 'top', 'bottom', 'corpus', 'entity', 'why', 'browser'];

/** A status-line hint: the keys as typed and a one-word label. */
export type Hint = {key: string; label: string};

/** Short status-line hints for a context: first key and label of each command that applies there now, in priority order. */
export function statusHints(context: KeyContext): Hint[] {
	const seen = new Set<string>();
	// A key bound in a more specific scope (`/` in the corpus view) hides its other bindings, as in commandFor.
	const taken = new Set<string>();
	const hints: Hint[] = [];
	for (const scope of activeScopes(context)) {
		for (const binding of bindings) {
			const label = binding.short;
			if (!binding.scopes.includes(scope)) continue;
			const free = binding.keys.filter(k => !taken.has(k));
			for (const k of binding.keys) taken.add(k);
			if (free.length === 0 || seen.has(label) || !applies(binding, context)) {
				continue;
			}

			seen.add(label);
			const first = free[0]!;
			const pair = bindings.find(b => b !== binding && b.short === label && b.scopes.includes(scope));
			const second = pair?.keys[0] ?? '';
			hints.push({key: pair ? first + (first.length === 1 && second.length === 1 ? '' : '/') + second : first, label});
		}
	}

	const rank = (h: Hint) => {
		const at = hintPriority.indexOf(h.label);
		return at === -1 ? hintPriority.length : at;
	};

	// A stable sort: labels of equal rank keep the table's order.
	return hints.sort((a, b) => rank(a) - rank(b));
}

/** As many whole hints as fit in `width` columns (two spaces apart); none is ever cut. */
export function fitHints(hints: readonly Hint[], width: number, measure: (text: string) => number = t => t.length): string {
	let line = '';
	for (const h of hints) {
		const next = `${line}${line === '' ? '' : '  '}${h.key} ${h.label}`;
		if (measure(next) > width) break;
		line = next;
	}

	return line;
}
