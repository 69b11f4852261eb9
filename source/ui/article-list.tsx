// The article list, newest first: title, then outlet · date · age. Only the rows on screen are
// built and handed to ink-select-input (limit = rows); the cursor lives in the reducer, so keys
// come from the one key table and the widget is remounted at the cursor (initialIndex).
import {Box, Text} from 'ink';
import SelectInput, {type IndicatorProps, type ItemProps} from 'ink-select-input';
import {memo, useMemo, type FC} from 'react';
import type {Article} from '../core/types.js';
import {windowStart} from '../state/selectors.js';
import {articleMeta} from './format.js';
import type {Box as Size} from './layout.js';
import {Pane} from './pane.js';
import {Line} from './styled-text.js';
import {truncate} from './text/wrap.js';
import type {Theme} from './theme.js';

/** Props of the article list. */
export type ArticleListProps = {
	ids: readonly string[];
	byId: ReadonlyMap<string, Article>;
	cursor: number;
	openId: string | null;
	entity: string | null;
	rows: number;
	size: Size;
	focused: boolean;
	theme: Theme;
	now: Date;
};

/** Indicator and item components for one palette and focus (ink-select-input takes components, not props). */
function make(colour: boolean, focused: boolean): {indicator: FC<IndicatorProps>; item: FC<ItemProps>} {
	return {
		indicator: ({isSelected}) => <Text color={colour ? 'cyan' : undefined} bold>{isSelected ? '› ' : '  '}</Text>,
		item({isSelected, label}) {
			const [title = '', meta = ''] = label.split('\n');
			return (
				<Box flexDirection="column">
					<Text wrap="truncate-end" bold inverse={isSelected && focused}>{title}</Text>
					<Text wrap="truncate-end" dimColor={colour}>{meta}</Text>
				</Box>
			);
		},
	};
}

// Built once: a new component type per render would remount every row.
const parts = {
	'colour:true': make(true, true),
	'colour:false': make(true, false),
	'plain:true': make(false, true),
	'plain:false': make(false, false),
} as const;

/** The list pane: a window of articles around the cursor. */
export const ArticleList = memo(function ArticleList({ids, byId, cursor, openId, entity, rows, size, focused, theme, now}: ArticleListProps) {
	const first = windowStart(cursor, rows, ids.length);
	// Cut to the pane here: inside ink-select-input's row, Ink's own truncation misjudges the width.
	const width = size.width - 4;
	const items = useMemo(() => ids.slice(first, first + rows).map(id => {
		const a = byId.get(id);
		const open = id === openId ? '• ' : '';
		const title = truncate(`${open}${a?.title.replaceAll('\n', ' ') ?? id}`, width);
		return {key: id, value: id, label: `${title}\n${truncate(a ? articleMeta(a.outlet, a.published, now) : '', width)}`};
	}), [ids, byId, first, rows, openId, now, width]);
	const {indicator, item} = parts[`${theme.color ? 'colour' : 'plain'}:${focused}`];
	const header = `Articles ${ids.length === 0 ? 0 : cursor + 1}/${ids.length}${entity === null ? '' : ` · with ${entity}`}`;
	return (
		<Pane width={size.width} height={size.height} focused={focused} theme={theme}>
			<Line text={header} style={theme.title}/>
			{ids.length === 0
				? <Line text={entity === null ? 'No articles loaded.' : 'No article mentions it (esc clears).'} style={theme.dim}/>
				: <SelectInput key={`${first}:${cursor}`} items={items} limit={rows} initialIndex={cursor - first} isFocused={false} indicatorComponent={indicator} itemComponent={item}/>}
		</Pane>
	);
});
