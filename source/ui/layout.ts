// Pane sizes from the terminal size: three panes when wide, two when medium, one (tabbed) when
// narrow, and a "too small" message below the minimum. Pure, so it is tested without Ink.
import type {Focus} from '../state/keymap.js';

/** Below this the reader shows only a "terminal too small" message. */
export const minimum = {columns: 40, rows: 10};

/** Widths at which the reader shows three panes, or two. */
export const breakpoints = {wide: 120, medium: 80};

/** Columns of the article gutter (claim/response letters and the jump marker). */
export const gutterWidth = 3;

/** A pane's outer size. */
export type Box = {width: number; height: number};

/** Where everything goes on this screen. */
export type Layout =
	| {kind: 'too-small'; columns: number; rows: number}
	| {
		kind: 'panes';
		mode: 'wide' | 'medium' | 'narrow';
		columns: number;
		/** Panes on screen, left to right. */
		visible: Focus[];
		/** Rows for the pane area. */
		height: number;
		list: Box;
		article: Box;
		claims: Box;
		/** Articles the list shows at once (each takes two rows). */
		listRows: number;
		bodyWidth: number;
		bodyRows: number;
		sideWidth: number;
		sideRows: number;
	};

const clamp = (n: number, low: number, high: number): number => Math.max(low, Math.min(high, n));

/** Compute the layout; `reserved` rows are taken by the status line, notice and tab bar. */
export function computeLayout(columns: number, rows: number, focus: Focus, reserved: number): Layout {
	if (columns < minimum.columns || rows < minimum.rows) {
		return {kind: 'too-small', columns, rows};
	}

	const height = Math.max(5, rows - reserved);
	let list: number;
	let claims: number;
	let visible: Focus[];
	let mode: 'wide' | 'medium' | 'narrow';
	if (columns >= breakpoints.wide) {
		mode = 'wide';
		list = clamp(Math.round(columns * 0.24), 38, 48);
		claims = clamp(Math.round(columns * 0.32), 34, 60);
		visible = ['list', 'article', 'claims'];
	} else if (columns >= breakpoints.medium) {
		mode = 'medium';
		claims = clamp(Math.round(columns * 0.4), 30, 48);
		list = columns - claims;
		visible = [focus === 'list' ? 'list' : 'article', 'claims'];
	} else {
		mode = 'narrow';
		list = columns;
		claims = columns;
		visible = [focus];
	}

	const articleWidth = mode === 'wide' ? columns - list - claims : (mode === 'medium' ? columns - claims : columns);
	// Borders take two columns and two rows; the article has a title and meta line, the others a header line.
	return {
		kind: 'panes',
		mode,
		columns,
		visible,
		height,
		list: {width: list, height},
		article: {width: articleWidth, height},
		claims: {width: claims, height},
		listRows: Math.max(1, Math.floor((height - 3) / 2)),
		bodyWidth: Math.max(1, articleWidth - 2 - gutterWidth),
		bodyRows: Math.max(1, height - 4),
		sideWidth: Math.max(1, claims - 2),
		sideRows: Math.max(1, height - 3),
	};
}
