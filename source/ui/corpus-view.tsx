// The `c` overlay: every claim across the loaded articles by topic and date, with responses.
import {Box} from 'ink';
import {memo} from 'react';
import {Line} from './styled-text.js';
import type {CorpusLine} from './text/corpus-lines.js';
import type {Style, Theme} from './theme.js';

/** Props of the corpus view. */
export type CorpusViewProps = {lines: readonly CorpusLine[]; claims: number; topics: number; cursor: number; scroll: number; rows: number; width: number; theme: Theme};

const styleOf = (kind: CorpusLine['kind'], theme: Theme): Style | undefined =>
	({topic: theme.title, source: theme.dim, claim: undefined, response: undefined, none: theme.dim, blank: undefined})[kind];

/** Full-screen, scrollable; only the visible lines are drawn. */
export const CorpusView = memo(function CorpusView({lines, claims, topics, cursor, scroll, rows, width, theme}: CorpusViewProps) {
	const body = Math.max(1, rows - 1);
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			<Line text={`Corpus: ${claims} claims in ${topics} topics, oldest first (↑↓ claim, enter opens it, c or esc closes)`} style={theme.title} width={width}/>
			{lines.slice(scroll, scroll + body).map((line, i) => {
				// The selected claim's lines get a › in the margin, its source line the selection style.
				const here = line.item === cursor;
				const text = here ? `›${line.text.slice(1)}` : line.text;
				const style = here && line.kind === 'source' ? theme.selected : styleOf(line.kind, theme);
				// eslint-disable-next-line react/no-array-index-key
				return <Line key={i} text={text} style={style} width={width}/>;
			})}
		</Box>
	);
});
