// The bottom line: the search prompt while typing, else a one-off message, then key hints
// generated from the key table for what has focus, only those that apply now, most important
// first, and only whole hints (never one cut mid-word).
import {Text} from 'ink';
import {memo, useMemo} from 'react';
import type {KeyContext} from '../state/keymap.js';
import {fitHints, statusHints} from '../state/status-hints.js';
import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, truncate} from './text/wrap.js';
import type {Theme} from './theme.js';

/** Props of the status line. */
export type StatusLineProps = KeyContext & {
	draft: string | null;
	message: string | null;
	width: number;
	theme: Theme;
};

/** A message as it fits in `width` columns with room for two spaces after it, cut only between words (then …). */
export function wordCut(text: string, width: number): string {
	if (displayWidth(text) + 2 <= width) return text;
	const words = text.split(' ');
	let out = '';
	for (const word of words) {
		const next = out === '' ? word : `${out} ${word}`;
		if (displayWidth(next) + 3 > width) break;
		out = next;
	}

	return out === '' ? truncate(text, Math.max(0, width - 2)) : `${out}…`;
}

/** One line, never wider than the terminal. */
export const StatusLine = memo(function StatusLine({focus, overlay, searching, notice, matches, undo, url, pairs, picking, corpus, filtering, draft, message, width, theme}: StatusLineProps) {
	const hints = useMemo(() => statusHints({focus, overlay, searching, notice, matches, undo, url, pairs, picking, corpus, filtering}), [focus, overlay, searching, notice, matches, undo, url, pairs, picking, corpus, filtering]);
	if (draft !== null) {
		return <Text wrap="truncate-end"><Text {...theme.key}>/</Text>{truncate(`${sanitizeLine(draft)}▏`, width - 1)}</Text>;
	}

	// The draft and a message quoting it are typed text: sanitised where drawn, whatever the state holds.
	const lead = message === null ? '' : `${wordCut(sanitizeLine(message), width)}  `;
	return (
		<Text wrap="truncate-end">
			<Text {...theme.warning}>{lead}</Text>
			<Text {...theme.dim}>{fitHints(hints, Math.max(0, width - displayWidth(lead)), displayWidth)}</Text>
		</Text>
	);
});
