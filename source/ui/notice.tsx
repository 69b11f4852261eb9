// The dismissible notice of files that failed to load (or loaded with something dropped).
import {Box} from 'ink';
import {memo} from 'react';
import type {LoadProblem} from '../core/types.js';
import {Line} from './styled-text.js';
import type {Theme} from './theme.js';

/** At most this many problems are listed; the rest are counted. */
const shown = 3;

/** Rows the notice takes for these problems. */
export function noticeRows(problems: readonly LoadProblem[]): number {
	return problems.length === 0 ? 0 : 1 + Math.min(problems.length, shown) + (problems.length > shown ? 1 : 0);
}

/** Props of the notice. */
export type NoticeProps = {problems: readonly LoadProblem[]; width: number; theme: Theme};

/** What failed to load and why; the rest of the articles open as usual. */
export const Notice = memo(function Notice({problems, width, theme}: NoticeProps) {
	const failed = problems.filter(p => p.level !== 'warning').length;
	const warned = problems.length - failed;
	const summary = [failed > 0 ? `${failed} ${failed === 1 ? 'file' : 'files'} failed to load` : '', warned > 0 ? `${warned} loaded with changes` : '']
		.filter(Boolean).join(', ');
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Line text={`! ${summary} (x or esc to dismiss)`} style={theme.warning} width={width}/>
			{problems.slice(0, shown).map(p => <Line key={p.path} text={`  ${p.path}: ${p.reason}`} width={width}/>)}
			{problems.length > shown && <Line text={`  …and ${problems.length - shown} more`} style={theme.dim} width={width}/>}
		</Box>
	);
});
