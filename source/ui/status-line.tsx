// The bottom line: the search prompt while typing, else a one-off message, then key hints
// generated from the key table for the focused pane, only those that apply now.
import {Text} from 'ink';
import {memo, useMemo} from 'react';
import {statusHints, type KeyContext} from '../state/keymap.js';
import {sanitizeLine} from '../text/sanitize.js';
import {truncate} from './text/wrap.js';
import type {Theme} from './theme.js';

/** Props of the status line. */
export type StatusLineProps = KeyContext & {
	draft: string | null;
	message: string | null;
	width: number;
	theme: Theme;
};

/** One line, never wider than the terminal. */
export const StatusLine = memo(function StatusLine({focus, overlay, searching, notice, matches, undo, draft, message, width, theme}: StatusLineProps) {
	const hints = useMemo(() => statusHints({focus, overlay, searching, notice, matches, undo}).map(h => `${h.key} ${h.label}`).join('  '), [focus, overlay, searching, notice, matches, undo]);
	if (draft !== null) {
		return <Text wrap="truncate-end"><Text {...theme.key}>/</Text>{truncate(`${sanitizeLine(draft)}▏`, width - 1)}</Text>;
	}

	// The draft and a message quoting it are typed text: sanitised where drawn, whatever the state holds.
	const lead = message === null ? '' : `${sanitizeLine(message)}  `;
	return (
		<Text wrap="truncate-end">
			<Text {...theme.warning}>{truncate(lead, width)}</Text>
			<Text {...theme.dim}>{truncate(hints, Math.max(0, width - lead.length))}</Text>
		</Text>
	);
});
