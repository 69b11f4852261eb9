// The key table (keymap.ts) as help: the rows of the `?` overlay and the text of `--help`.
import {bindings, panes, type Scope} from './keymap.js';

/** A help row: the keys as the user types them, what they do, and where they apply. */
export type KeyRow = {keys: string; description: string; where: string};

const typingPlaces: Partial<Record<Scope, string>> = {search: 'while typing a search', picker: 'in the entity picker', topics: 'while typing a topic filter', corpus: 'in the corpus view'};

const where = (scopes: Scope[]): string => {
	if (scopes.includes('global')) {
		return 'everywhere';
	}

	const places = scopes.map(s => typingPlaces[s]);
	if (places.every(Boolean)) return places.join(', ');

	const inPanes = scopes.filter(s => s !== 'overlay' && s !== 'pairs');
	const also = scopes.includes('pairs') ? ' and the pair view' : '';
	if (inPanes.length === panes.length) {
		return scopes.includes('overlay') ? 'panes and overlays' : `any pane${also}`;
	}

	return (inPanes.join(', ') || 'overlays') + also;
};

/** Rows for the help overlay and `--help`, straight from the table. */
export function describeKeys(): KeyRow[] {
	return bindings.map(b => ({keys: b.keys.join(' / '), description: b.description, where: where(b.scopes)}));
}

/** `--help`-style text: one aligned line per binding. */
export function formatKeyHelp(): string {
	const rows = describeKeys();
	const width = Math.max(...rows.map(r => r.keys.length));
	return rows.map(r => `  ${r.keys.padEnd(width)}  ${r.description} (${r.where})`).join('\n');
}
