// One wrapped body line: gutter marks, then styled runs (entities, highlight, matches), drawn as
// one Text holding one pre-styled string (see text/styled.ts) rather than a Text per run.
import {Text} from 'ink';
import {memo} from 'react';
import type {Span} from '../core/types.js';
import {gutter, lineSegments, type Decor} from './text/segments.js';
import {styled} from './text/styled.js';
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
	const text = segments.length === 0 || (segments.length === 1 && segments[0]!.text === '') ? ' ' : segments.map(s => styled(s.text, s.style)).join('');
	return <Text wrap="truncate-end">{styled(letter, letterStyle) + styled(mark.slice(1), theme.key) + text}</Text>;
});
