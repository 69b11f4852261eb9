// The `e` overlay: pick an entity (ink-select-input) to narrow the list and side pane to it.
import {Box} from 'ink';
import SelectInput from 'ink-select-input';
import {memo, useCallback, useMemo} from 'react';
import type {EntityChoice} from '../state/selectors.js';
import {rowParts} from './select-parts.js';
import {Line} from './styled-text.js';
import {truncate} from './text/wrap.js';
import type {Theme} from './theme.js';

/** Props of the entity picker. */
export type EntityPickerProps = {choices: readonly EntityChoice[]; rows: number; width: number; theme: Theme; onPick: (entity: string) => void};

/** A scrolling list of entities with their type and article count; enter picks, esc closes. */
export const EntityPicker = memo(function EntityPicker({choices, rows, width, theme, onPick}: EntityPickerProps) {
	const items = useMemo(() => choices.map(c => {
		const [open, close] = theme.brackets[c.type];
		return {key: c.canonical, value: c.canonical, label: truncate(`${open}${c.canonical}${close} · ${c.type} · ${c.articles} ${c.articles === 1 ? 'article' : 'articles'}`, width - 2)};
	}), [choices, theme, width]);
	const select = useCallback((item: {value: string}) => {
		onPick(item.value);
	}, [onPick]);
	const parts = rowParts[theme.color ? 'colour' : 'plain'];
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			<Line text="Filter by entity: ↑↓ move, enter picks, esc closes" style={theme.title} width={width}/>
			{items.length === 0
				? <Line text="No entities found in the loaded articles." style={theme.dim}/>
				: <SelectInput items={items} limit={Math.max(1, rows - 1)} indicatorComponent={parts.indicator} itemComponent={parts.item} onSelect={select}/>}
		</Box>
	);
});
