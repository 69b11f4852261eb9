// The article list, newest first: title, then outlet · date · age. Only the rows on screen are
// built and handed to ink-select-input (limit = rows). The cursor lives in the reducer, so keys
// come from the one key table; rows read it from context, so a key re-renders the rows, not the
// widget (remounting it at the cursor cost several ms a key).
import {Box, Text} from 'ink';
import SelectInput, {type IndicatorProps, type ItemProps} from 'ink-select-input';
import {createContext, memo, useContext, useMemo, type FC} from 'react';
import type {Article, LoadProgress} from '../core/types.js';
import {followWindow} from '../state/selectors.js';
import {sanitizeLine} from '../text/sanitize.js';
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
	/** First row on screen as the reducer left it (corrected here if a resize moved the cursor out). */
	top: number;
	openId: string | null;
	entity: string | null;
	/** How far the articles have been read, while they still are. */
	loading?: LoadProgress | null;
	rows: number;
	size: Size;
	focused: boolean;
	theme: Theme;
	now: Date;
};

/** Which row the reducer's cursor is on, and how to draw it; read by every row through context. */
type Cursor = {id: string | undefined; focused: boolean; colour: boolean};

const CursorContext = createContext<Cursor>({id: undefined, focused: false, colour: true});

// ink-select-input draws its own indicator from its internal index; the cursor is ours, so the row draws it.
const noIndicator: FC<IndicatorProps> = () => null;

/** One article row: cursor mark, title, then outlet · date · age. ink-select-input passes the item's value too. */
function ArticleRow({label, value}: ItemProps & {value?: string}) {
	const cursor = useContext(CursorContext);
	const here = value !== undefined && value === cursor.id;
	// Titles come from files and caches: sanitised where drawn, whatever loaded them.
	const [title = '', meta = ''] = label.split('\n').map(part => sanitizeLine(part));
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end">
				<Text bold color={cursor.colour ? 'cyan' : undefined}>{here ? '› ' : '  '}</Text>
				<Text bold inverse={here && cursor.focused}>{title}</Text>
			</Text>
			<Text wrap="truncate-end" dimColor={cursor.colour}>{`  ${meta}`}</Text>
		</Box>
	);
}

/** How much of the folder has been read, in whole percent (short enough for a narrow pane's header; never 100 before the end). */
const readShare = ({read, total}: LoadProgress): number => (total === 0 ? 0 : Math.min(99, Math.floor((read / total) * 100)));

/** The list pane: the window of articles that holds the cursor. */
export const ArticleList = memo(function ArticleList({ids, byId, cursor, top, openId, entity, loading = null, rows, size, focused, theme, now}: ArticleListProps) {
	const first = followWindow(top, cursor, rows, ids.length);
	// Cut to the pane here: inside ink-select-input's row, Ink's own truncation misjudges the width.
	const width = size.width - 4;
	const items = useMemo(() => ids.slice(first, first + rows).map(id => {
		const a = byId.get(id);
		const open = id === openId ? '• ' : '';
		const title = truncate(`${open}${a?.title.replaceAll('\n', ' ') ?? id}`, width);
		return {key: id, value: id, label: `${title}\n${truncate(a ? articleMeta(a.outlet, a.published, now) : '', width)}`};
	}), [ids, byId, first, rows, openId, now, width]);
	const id = ids[cursor];
	const cursorValue = useMemo(() => ({id, focused, colour: theme.color}), [id, focused, theme.color]);
	const header = `Articles ${ids.length === 0 ? 0 : cursor + 1}/${ids.length}${entity === null ? '' : ` · with ${entity}`}${loading ? ` · reading ${readShare(loading)}%…` : ''}`;
	return (
		<Pane width={size.width} height={size.height} focused={focused} theme={theme}>
			<Line text={header} style={theme.title} width={size.width - 2}/>
			{ids.length === 0
				? <Line text={entity === null ? 'No articles loaded.' : 'No article mentions it (esc clears).'} style={theme.dim}/>
				: (
					<CursorContext.Provider value={cursorValue}>
						<SelectInput items={items} limit={rows} isFocused={false} indicatorComponent={noIndicator} itemComponent={ArticleRow}/>
					</CursorContext.Provider>
				)}
		</Pane>
	);
});
