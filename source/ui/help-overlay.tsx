// The `?` overlay: every binding from the key table, plus the marks used in the body.
import {Box} from 'ink';
import {memo, useMemo} from 'react';
import {describeKeys} from '../state/keymap.js';
import {Line} from './styled-text.js';
import type {Theme} from './theme.js';

/** The help text as lines (also gives the overlay its line count for scrolling). */
export function helpLines(theme: Theme): string[] {
	const rows = describeKeys();
	const width = Math.max(...rows.map(r => r.keys.length));
	const b = theme.brackets;
	const legend = theme.color
		? 'Entities: person magenta, organization cyan, place green, date blue.'
		: `Entities: ${b.person[0]}person${b.person[1]} ${b.organization[0]}organization${b.organization[1]} ${b.place[0]}place${b.place[1]} ${b.date[0]}date${b.date[1]}.`;
	return [
		'Keys (? or esc closes)',
		'',
		...rows.map(r => `${r.keys.padEnd(width)}  ${r.description} — ${r.where}`),
		'',
		legend,
		'Body gutter: C claim sentence, R response sentence, * both, > the sentence or match you jumped to.',
	];
}

/** Props of the help overlay. */
export type HelpOverlayProps = {scroll: number; rows: number; width: number; theme: Theme};

/** Full-screen help, scrollable when the terminal is short. */
export const HelpOverlay = memo(function HelpOverlay({scroll, rows, width, theme}: HelpOverlayProps) {
	const lines = useMemo(() => helpLines(theme), [theme]);
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			{lines.slice(scroll, scroll + rows).map((text, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Line key={i} text={text} style={i === 0 && scroll === 0 ? theme.title : undefined} width={width}/>
			))}
		</Box>
	);
});
