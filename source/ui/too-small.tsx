// Shown instead of the panes when the terminal is below the minimum size.
import {Box, Text} from 'ink';
import {memo} from 'react';
import {minimum} from './layout.js';

/** "Terminal too small (need W×H)", each part on its own short line so it fits tiny screens. */
export const TooSmall = memo(function TooSmall({columns, rows}: {columns: number; rows: number}) {
	return (
		<Box flexDirection="column" width={columns} height={Math.max(1, rows - 1)} overflow="hidden">
			<Text wrap="truncate-end" bold>Terminal too small</Text>
			<Text wrap="truncate-end">{`need ${minimum.columns}×${minimum.rows}, have ${columns}×${rows}`}</Text>
			<Text wrap="truncate-end">enlarge it, or q to quit</Text>
		</Box>
	);
});
