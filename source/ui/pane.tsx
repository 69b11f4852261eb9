// A bordered pane; the focused one gets the theme's focus border (double lines when colour is off).
// No overflow clipping: every child is already cut to the pane (pre-wrapped lines, truncate-end),
// and clipping makes Ink re-slice every line of every frame, which measurably slowed each key.
import {Box} from 'ink';
import {memo, type ReactNode} from 'react';
import type {Theme} from './theme.js';

/** Props of a pane frame. */
export type PaneProps = {width: number; height: number; focused: boolean; theme: Theme; children: ReactNode};

/** A fixed-size bordered column; children must fit (they are cut, never spill). */
export const Pane = memo(function Pane({width, height, focused, theme, children}: PaneProps) {
	const border = focused ? theme.focusBorder : theme.border;
	return (
		<Box flexDirection="column" width={width} height={height} flexShrink={0} {...border}>
			{children}
		</Box>
	);
});
