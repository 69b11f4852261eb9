// The `c` overlay: every claim across the loaded articles by topic and date, one row for a claim
// however many outlets reported it, with its answers; `/` filters the topics as you type.
import {Box} from 'ink';
import {memo} from 'react';
import {sanitizeLine} from '../text/sanitize.js';
import {Line} from './styled-text.js';
import type {CorpusLine} from './text/corpus-lines.js';
import type {Style, Theme} from './theme.js';

/** Props of the corpus view. */
export type CorpusViewProps = {
	lines: readonly CorpusLine[];
	counts: {claims: number; reports: number; topics: number};
	/** The selected claim, and which of its reports enter opens. */
	cursor: number;
	report: number;
	filter: {query: string; typing: boolean};
	scroll: number;
	rows: number;
	width: number;
	theme: Theme;
};

const styleOf = (kind: CorpusLine['kind'], theme: Theme): Style | undefined =>
	({topic: theme.title, source: theme.dim, claim: undefined, response: undefined, none: theme.dim, blank: undefined})[kind];

function title({counts, filter}: Pick<CorpusViewProps, 'counts' | 'filter'>): string {
	const {claims, reports, topics} = counts;
	const sizes = `${claims} claims (${reports} reports) in ${topics} topics`;
	if (filter.typing) return `Topics matching: ${sanitizeLine(filter.query)}▏ · ${sizes} (enter keeps, esc clears)`;
	const scope = filter.query === '' ? '' : ` · topics matching “${sanitizeLine(filter.query)}”`;
	return `Corpus${scope}: ${sizes}, oldest first (↑↓ claim, →← outlet, enter opens it, / filters topics, c or esc closes)`;
}

/** Full-screen, scrollable; only the visible lines are drawn. */
export const CorpusView = memo(function CorpusView({lines, counts, cursor, report, filter, scroll, rows, width, theme}: CorpusViewProps) {
	const body = Math.max(1, rows - 1);
	const empty = lines.length === 0 && filter.query !== '' ? [{kind: 'none' as const, text: `  no topic matches “${sanitizeLine(filter.query)}”`}] : [];
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			<Line text={title({counts, filter})} style={theme.title} width={width}/>
			{[...empty, ...lines.slice(scroll, scroll + body)].map((line: CorpusLine, i) => {
				// The selected claim's lines get a │ in the margin; the report enter opens, a › and the selection style.
				const chosen = line.item === cursor && line.kind === 'source' && line.report === report;
				const text = line.item === cursor ? `${chosen ? '›' : '│'}${line.text.slice(1)}` : line.text;
				const style = chosen ? theme.selected : styleOf(line.kind, theme);
				// eslint-disable-next-line react/no-array-index-key
				return <Line key={i} text={text} style={style} width={width}/>;
			})}
		</Box>
	);
});
