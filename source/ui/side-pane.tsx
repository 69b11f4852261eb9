// The side pane: claim/response counts, then claims with their paired responses, scrolled so
// the selected one is in view. Only visible rows are rendered.
import {memo, useMemo} from 'react';
import type {SideEntry} from '../state/selectors.js';
import {sideCounts} from '../state/selectors.js';
import type {SideSelection} from '../state/state.js';
import type {Box as Size} from './layout.js';
import {Pane} from './pane.js';
import {Line} from './styled-text.js';
import {selectedLine, sideLines, type SideLine} from './text/side-lines.js';
import type {Style, Theme} from './theme.js';

/** Props of the side pane. */
export type SidePaneProps = {
	entries: readonly SideEntry[];
	failure?: string;
	/** Analysis has not run yet: say so rather than "no claims". */
	pending?: boolean;
	selection: SideSelection;
	entity: string | null;
	rows: number;
	size: Size;
	focused: boolean;
	theme: Theme;
	/** The article's web address, shown under the counts (`o` opens it). */
	url?: string | null;
};

const styleOf = (line: SideLine, theme: Theme): Style => {
	switch (line.kind) {
		case 'claim': { return theme.claim; }
		case 'response': { return theme.response; }
		case 'none': { return theme.dim; }
		default: { return {}; }
	}
};

/** Claims paired with responses, for the open article. */
export const SidePane = memo(function SidePane({entries, failure, pending = false, selection, entity, rows: allRows, size, focused, theme, url = null}: SidePaneProps) {
	// The address takes a row of the list.
	const rows = url === null ? allRows : Math.max(1, allRows - 1);
	const lines = useMemo(() => sideLines(entries, size.width - 4), [entries, size.width]);
	const {claims, answered} = useMemo(() => sideCounts(entries), [entries]);
	const head = selectedLine(lines, selection.entry, selection.response);
	const top = Math.max(0, Math.min(head - 1, lines.length - rows));
	const counts = pending ? 'Finding claims…' : `${claims} ${claims === 1 ? 'claim' : 'claims'} · ${answered} answered${entity === null ? '' : ` · only ${entity}`}`;
	return (
		<Pane width={size.width} height={size.height} focused={focused} theme={theme}>
			<Line text={counts} style={theme.title} width={size.width - 2}/>
			{url !== null && <Line text={`o ${url}`} style={theme.dim} width={size.width - 2}/>}
			{failure !== undefined && <Line text={`Analysis failed: ${failure}`} style={theme.warning} width={size.width - 2}/>}
			{lines.length === 0 && failure === undefined && !pending && <Line text="No claims or responses found in this article." style={theme.dim}/>}
			{lines.slice(top, top + rows).map((line, i) => {
				const isHead = top + i === head && (line.kind === 'claim' || line.kind === 'response');
				const marker = isHead ? '› ' : '  ';
				const style = isHead && focused ? {...styleOf(line, theme), ...theme.selected} : styleOf(line, theme);
				// Rows are positions on screen; memo in Line skips unchanged ones.
				// eslint-disable-next-line react/no-array-index-key
				return <Line key={i} text={line.kind === 'claim' || line.kind === 'response' ? marker + line.text : `  ${line.text}`} style={style} width={size.width - 2}/>;
			})}
		</Pane>
	);
});
