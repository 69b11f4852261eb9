// A single-line Text that never wraps: anything too wide is cut with … at the pane edge.
import {Text} from 'ink';
import {memo} from 'react';
import {truncate} from './text/wrap.js';
import type {Style} from './theme.js';

/** Props of one line of text; `width` cuts it by display width first (Ink's own cut can be a column over with CJK). */
export type LineProps = {text: string; style?: Style; width?: number};

/** One line, cut to `width` (when given) and truncated at the box edge; an empty line still takes its row. */
export const Line = memo(function Line({text, style, width}: LineProps) {
	const shown = width === undefined ? text : truncate(text, width);
	return <Text wrap="truncate-end" {...style}>{shown === '' ? ' ' : shown}</Text>;
});
