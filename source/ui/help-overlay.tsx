// The `?` overlay: every binding from the key table, plus the marks used in the body, wrapped to
// the screen (a description goes on under itself rather than being cut).
import {Box} from 'ink';
import {memo, useMemo} from 'react';
import {describeKeys} from '../state/key-help.js';
import {Line} from './styled-text.js';
import {wrapText} from './text/wrap.js';
import type {Theme} from './theme.js';

/** A line wrapped to `width` columns, continuation lines indented by `hang` (nothing is cut). */
function hanging(text: string, width: number, hang: number): string[] {
	if (width <= hang + 10) return [text];
	const [first, ...rest] = wrapText(text, width);
	const lines = first ? [text.slice(first.start, first.end)] : [''];
	const tail = rest.length === 0 ? '' : text.slice(rest[0]!.start);
	for (const l of tail === '' ? [] : wrapText(tail, width - hang)) lines.push(' '.repeat(hang) + tail.slice(l.start, l.end));
	return lines;
}

/** The help text as lines wrapped to `width` (also gives the overlay its line count for scrolling). */
export function helpLines(theme: Theme, width = Number.POSITIVE_INFINITY): string[] {
	const rows = describeKeys();
	const b = theme.brackets;
	const legend = theme.color
		? 'Entities: person magenta, organization cyan, place green, date blue.'
		: `Entities: ${b.person[0]}person${b.person[1]} ${b.organization[0]}organization${b.organization[1]} ${b.place[0]}place${b.place[1]} ${b.date[0]}date${b.date[1]}.`;
	const keys = Math.max(...rows.map(r => r.keys.length));
	const fit = (text: string, hang: number) => (Number.isFinite(width) ? hanging(text, width, hang) : [text]);
	return [
		'Keys (? or esc closes)',
		'',
		...rows.flatMap(r => fit(`${r.keys.padEnd(keys)}  ${r.description} — ${r.where}`, keys + 2)),
		'',
		...fit(legend, 2),
		...fit('Body gutter: C claim sentence, R response sentence, * both, > the sentence or match you jumped to.', 2),
	];
}

/** Props of the help overlay. */
export type HelpOverlayProps = {scroll: number; rows: number; width: number; theme: Theme};

/** Full-screen help, scrollable when the terminal is short. */
export const HelpOverlay = memo(function HelpOverlay({scroll, rows, width, theme}: HelpOverlayProps) {
	const lines = useMemo(() => helpLines(theme, width), [theme, width]);
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			{lines.slice(scroll, scroll + rows).map((text, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Line key={i} text={text} style={i === 0 && scroll === 0 ? theme.title : undefined} width={width}/>
			))}
		</Box>
	);
});
