// One wrapped body line: gutter marks, then styled runs (entities, highlight, matches).
import {Text} from 'ink';
import {memo} from 'react';
import type {Span} from '../core/types.js';
import {gutter, lineSegments, type Decor} from './text/segments.js';
import type {Theme} from './theme.js';

/** Props of a body line. */
export type BodyLineProps = {
	body: string;
	line: Span;
	decor: Decor;
	claims: readonly Span[];
	responses: readonly Span[];
	theme: Theme;
};

/** A body line; memoised so scrolling re-renders only lines whose content changed. */
export const BodyLine = memo(function BodyLine({body, line, decor, claims, responses, theme}: BodyLineProps) {
	const focus = [decor.highlight, decor.current].filter((s): s is Span => s !== null);
	const mark = gutter(line, claims, responses, focus);
	const letter = mark[0] ?? ' ';
	const letterStyle = letter === 'C' ? theme.claim : (letter === 'R' ? theme.response : theme.key);
	const segments = lineSegments(body, line, decor, theme);
	return (
		<Text wrap="truncate-end">
			<Text {...letterStyle}>{letter}</Text>
			<Text {...theme.key}>{mark.slice(1)}</Text>
			{segments.length === 0 || (segments.length === 1 && segments[0]!.text === '') ? ' ' : segments.map((s, i) => (
				// Runs have no identity beyond their position in the line.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={i} {...s.style}>{s.text}</Text>
			))}
		</Text>
	);
});
