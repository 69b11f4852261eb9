// The `w` overlay: why the selected claim or response was found and why it is paired, wrapped to
// the screen and scrollable like the help.
import {Box} from 'ink';
import {memo} from 'react';
import {Line} from './styled-text.js';
import type {Theme} from './theme.js';
import {wrapText} from './text/wrap.js';

/** The why lines wrapped to a width (also gives the overlay its line count for scrolling). */
export function wrappedWhy(lines: readonly string[], width: number): string[] {
	const out: string[] = [];
	for (const line of lines) {
		if (line === '') {
			out.push('');
			continue;
		}

		// Continuation lines of a bullet stay under its text.
		const indent = line.startsWith('  • ') ? '    ' : '';
		const spans = wrapText(line, Math.max(10, width - 1 - indent.length));
		spans.forEach((span, i) => out.push((i === 0 ? '' : indent) + line.slice(span.start, span.end)));
	}

	return out;
}

/** Props of the why overlay. */
export type WhyOverlayProps = {lines: readonly string[]; scroll: number; rows: number; width: number; theme: Theme};

/** Full-screen reasons, scrollable when they run past the terminal. */
export const WhyOverlay = memo(function WhyOverlay({lines, scroll, rows, width, theme}: WhyOverlayProps) {
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			{lines.slice(scroll, scroll + rows).map((text, i) => (
				// eslint-disable-next-line react/no-array-index-key
				<Line key={i} text={text} style={i === 0 && scroll === 0 ? theme.title : undefined} width={width}/>
			))}
		</Box>
	);
});
