// A single-line Text that never wraps: anything too wide is cut with … at the pane edge.
import {Text} from 'ink';
import {memo} from 'react';
import {sanitizeLine} from '../text/sanitize.js';
import {truncate} from './text/wrap.js';
import type {Style} from './theme.js';

/** Props of one line of text; `width` cuts it by display width first (Ink's own cut can be a column over with CJK). */
export type LineProps = {text: string; style?: Style; width?: number};

/**
 * One line, cut to `width` (when given) and truncated at the box edge; an empty line still takes
 * its row. Whatever the caller passed (a notice repeating an OS message, a prompt), nothing in it
 * reaches the terminal as a control: the line is sanitised here, where it is drawn.
 */
export const Line = memo(function Line({text: given, style, width}: LineProps) {
	const text = sanitizeLine(given);
	const shown = width === undefined ? text : truncate(text, width);
	return <Text wrap="truncate-end" {...style}>{shown === '' ? ' ' : shown}</Text>;
});
