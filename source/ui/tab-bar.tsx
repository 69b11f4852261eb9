// On narrow screens one pane shows at a time; this bar names them and marks the current one.
import {Text} from 'ink';
import {memo} from 'react';
import type {Focus} from '../state/keymap.js';
import type {Theme} from './theme.js';

const names: Array<[Focus, string]> = [['list', 'Articles'], ['article', 'Article'], ['claims', 'Claims']];

/** `[Articles]  Article  Claims   tab switches` with the focused pane in brackets. */
export const TabBar = memo(function TabBar({focus, theme}: {focus: Focus; theme: Theme}) {
	return (
		<Text wrap="truncate-end">
			{names.map(([pane, name]) => (
				<Text key={pane} {...(pane === focus ? theme.selected : theme.dim)}>{pane === focus ? `[${name}]` : ` ${name} `}</Text>
			))}
			<Text {...theme.dim}>  tab switches</Text>
		</Text>
	);
});
