// The `e` overlay: pick an entity to narrow the list and side pane to it. Letters typed filter the
// names; the cursor and the filter live in the reducer (state/picker.ts), this only draws them.
import {Box} from 'ink';
import {memo} from 'react';
import type {EntityChoice} from '../state/selectors.js';
import {Line} from './styled-text.js';
import type {Theme} from './theme.js';

/** Props of the entity picker: the choices left by the filter, the cursor into them, and what was typed. */
export type EntityPickerProps = {choices: readonly EntityChoice[]; query: string; cursor: number; total: number; rows: number; width: number; theme: Theme};

/** A scrolling list of entities with their type and article count, the typed filter above it. */
export const EntityPicker = memo(function EntityPicker({choices, query, cursor, total, rows, width, theme}: EntityPickerProps) {
	const visible = Math.max(1, rows - 2);
	const first = Math.max(0, Math.min(cursor - visible + 1, choices.length - visible));
	const head = query === ''
		? 'Filter by entity: type to narrow, ↑↓ pgup/pgdn home/end move, enter picks, esc closes'
		: `Filter by entity: “${query}” · ${choices.length} of ${total} (backspace erases, esc clears)`;
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			<Line text={head} style={theme.title} width={width}/>
			<Line text={`Type: ${query}▏`} style={theme.key} width={width}/>
			{choices.length === 0
				? <Line text={total === 0 ? 'No entities found in the loaded articles.' : `No entity matches “${query}”.`} style={theme.dim}/>
				: choices.slice(Math.max(0, first), Math.max(0, first) + visible).map((c, i) => {
					const [open, close] = theme.brackets[c.type];
					const here = Math.max(0, first) + i === cursor;
					return <Line key={c.canonical} text={`${here ? '› ' : '  '}${open}${c.canonical}${close} · ${c.type} · ${c.articles} ${c.articles === 1 ? 'article' : 'articles'}`} style={here ? theme.selected : undefined} width={width}/>;
				})}
		</Box>
	);
});
