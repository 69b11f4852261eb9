// A single-line Text that never wraps: anything too wide is cut with … by Ink at the pane edge.
import {Text} from 'ink';
import {memo} from 'react';
import type {Style} from './theme.js';

/** Props of one line of text. */
export type LineProps = {text: string; style?: Style};

/** One line, truncated at the box edge; an empty line still takes its row. */
export const Line = memo(function Line({text, style}: LineProps) {
	return <Text wrap="truncate-end" {...style}>{text === '' ? ' ' : text}</Text>;
});
