// The side pane (and, full screen, the pair view): counts, then the pair view's lines (see
// text/side-lines.ts), scrolled so the selected statement is in view. Only visible rows are rendered.
import {Box} from 'ink';
import {memo, useMemo} from 'react';
import {sideCounts, type SideEntry} from '../state/side-entries.js';
import type {SideSelection} from '../state/state.js';
import type {Box as Size} from './layout.js';
import {Pane} from './pane.js';
import {Line} from './styled-text.js';
import {selectedHead, selectedLine, sideLines, type Cell, type SideLine} from './text/side-lines.js';
import {displayWidth} from './text/wrap.js';
import type {Style, Theme} from './theme.js';

/** Props of the side pane. */
export type SidePaneProps = {
	entries: readonly SideEntry[];
	failure?: string;
	/** Analysis has not run yet: say so rather than "no claims". */
	pending?: boolean;
	/** Analysis is running elsewhere: this line ("Finding claims… (8.1 MB)") stands for the counts. */
	progress?: string | null;
	selection: SideSelection;
	entity: string | null;
	rows: number;
	size: Size;
	focused: boolean;
	theme: Theme;
	/** The article's web address, shown under the counts (`o` opens it). */
	url?: string | null;
	/** The article's date as shown on each claim when claims and answers stand side by side. */
	date?: string | null;
	/** A title before the counts (the full-screen pair view names its article). */
	title?: string;
};

const styleOf = (c: Cell, theme: Theme): Style => {
	switch (c.kind) {
		case 'claim': { return theme.claim; }
		case 'response': { return theme.response; }
		case 'heading': { return theme.title; }
		case 'none':
		case 'why':
		case 'divider': { return theme.dim; }
		default: { return {}; }
	}
};

function CellLine({c, head, focused, theme}: {c: Cell; head: string | null; focused: boolean; theme: Theme}) {
	const selected = c.head !== null && c.head === head;
	const marker = c.kind === 'divider' ? '' : (selected ? '› ' : '  ');
	const style = selected && focused ? {...styleOf(c, theme), ...theme.selected} : styleOf(c, theme);
	return <Line text={marker + c.text} style={style} width={c.width}/>;
}

function Row({line, head, focused, theme}: {line: SideLine; head: string | null; focused: boolean; theme: Theme}) {
	const [only] = line.cells;
	if (line.cells.length === 1 && only) return <CellLine c={only} head={head} focused={focused} theme={theme}/>;
	return (
		<Box flexDirection="row">
			{line.cells.map((c, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Box key={i} width={c.width} flexShrink={0}><CellLine c={c} head={head} focused={focused} theme={theme}/></Box>
			))}
		</Box>
	);
}

/** The counts joined with " · ", on as many lines as they need (none cut between its words). */
function packed(parts: readonly string[], width: number): string[] {
	const lines: string[] = [];
	for (const part of parts) {
		const last = lines.at(-1);
		if (last !== undefined && displayWidth(`${last} · ${part}`) <= width) lines[lines.length - 1] = `${last} · ${part}`;
		else lines.push(part);
	}

	return lines;
}

/** Claims paired with responses, for the open article. */
export const SidePane = memo(function SidePane({entries, failure, pending = false, progress = null, selection, entity, rows: allRows, size, focused, theme, url = null, date = null, title}: SidePaneProps) {
	const width = size.width - 2;
	const {claims, answered, responses} = useMemo(() => sideCounts(entries), [entries]);
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const counts = progress === null ? (pending ? ['Finding claims…'] : null) : [progress];
	const shown = counts ?? packed([plural(claims, 'claim'), `${answered} answered`, plural(responses, 'response'), ...(entity === null ? [] : [`only ${entity}`])], width);
	// The address, a title and counts that take two rows each take a row of the list.
	const rows = Math.max(1, allRows - (url === null ? 0 : 1) - (title === undefined ? 0 : 1) - (shown.length - 1));
	const lines = useMemo(() => sideLines(entries, width, date), [entries, width, date]);
	const head = selectedHead(entries, selection);
	const at = selectedLine(lines, head);
	const top = Math.max(0, Math.min(at - 1, lines.length - rows));
	return (
		<Pane width={size.width} height={size.height} focused={focused} theme={theme}>
			{title !== undefined && <Line text={title} style={theme.title} width={width}/>}
			{shown.map(text => <Line key={text} text={text} style={theme.title} width={width}/>)}
			{url !== null && <Line text={`o ${url}`} style={theme.dim} width={width}/>}
			{failure !== undefined && <Line text={`Analysis failed: ${failure}`} style={theme.warning} width={width}/>}
			{lines.length === 0 && failure === undefined && !pending && progress === null && <Line text="No claims or responses found in this article." style={theme.dim}/>}
			{lines.slice(top, top + rows).map((line, i) => (
				// Rows are positions on screen; memo in Line skips unchanged ones.
				// eslint-disable-next-line react/no-array-index-key
				<Row key={i} line={line} head={head} focused={focused} theme={theme}/>
			))}
		</Pane>
	);
});
