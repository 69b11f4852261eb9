// What the reducer needs to know about the screen to move correctly: sizes and the (memoised)
// derived data on screen. The app builds it once per change, not per key.
import type {Span} from '../core/types.js';
import type {Command, Focus} from './keymap.js';
import type {SideEntry} from './side-entries.js';
import {lineOf} from './selectors.js';

/** One report of a corpus claim: its article and sentence. */
export type CorpusReportTarget = {articleId: string; claimId: string; sentence: Span};

/** A claim (row) in the corpus view: its reports, oldest first, and the corpus line where it starts. */
export type CorpusTarget = {reports: readonly CorpusReportTarget[]; line: number};

/** The screen as the reducer sees it. */
export type View = {
	/** Article ids in list order, after any entity filter. */
	listIds: readonly string[];
	/** Every article id in list order, ignoring the filter. */
	allIds: readonly string[];
	listRows: number;
	/** Start offset of each wrapped body line of the open article. */
	lineStarts: readonly number[];
	bodyRows: number;
	/** The open article's body (for search), or '' when none is open. */
	body: string;
	side: readonly SideEntry[];
	/** The article whose analysis `side` (and `lineStarts`) come from; null until the open one is analysed. */
	sideOf?: string | null;
	/** Panes on screen, left to right (all three when unknown). */
	visible?: readonly Focus[];
	/** The entity picker's names after its filter, in order (while it is open). */
	picker?: readonly string[];
	/** Line count and visible rows of the help or corpus overlay. */
	overlayLines: number;
	overlayRows: number;
	/** Claims of the corpus view in screen order (empty until it is built). */
	corpus: readonly CorpusTarget[];
	/** Whether the article and side panes are on screen together (else a jump shows the article). */
	together: boolean;
	/** The open article's web address (its source, when that is an http(s) address), for `o`. */
	sourceUrl?: string | null;
};

/** A view with nothing on screen: the starting point for tests and for the first render. */
export const emptyView: View = {
	listIds: [],
	allIds: [],
	listRows: 1,
	lineStarts: [0],
	bodyRows: 1,
	body: '',
	side: [],
	overlayLines: 0,
	overlayRows: 1,
	corpus: [],
	together: true,
};

/** Clamp a first-visible line to the content. */
export function clampScroll(scroll: number, lines: number, rows: number): number {
	return Math.max(0, Math.min(scroll, lines - rows));
}

/** The scroll that brings a span into view: unchanged if it is already fully visible, else its first line near the top. */
export function reveal(scroll: number, span: Span, view: View): number {
	const first = lineOf(view.lineStarts, span.start);
	const last = lineOf(view.lineStarts, Math.max(span.start, span.end - 1));
	const lines = view.lineStarts.length;
	if (first >= scroll && last < scroll + view.bodyRows) {
		return clampScroll(scroll, lines, view.bodyRows);
	}

	// One line of context above, so the jump does not land on the very edge.
	return clampScroll(first - 1, lines, view.bodyRows);
}

/**
 * Where one of the six moving commands (up, down, a page either way, top, bottom) takes a
 * position `at`, with `page` rows to a page and `last` at the bottom; undefined for any other
 * command. Each pane or overlay clamps the target to what it holds.
 */
export function moveTarget(command: Command, at: number, page: number, last: number): number | undefined {
	switch (command) {
		case 'up': { return at - 1; }
		case 'down': { return at + 1; }
		case 'pageUp': { return at - page; }
		case 'pageDown': { return at + page; }
		case 'top': { return 0; }
		case 'bottom': { return last; }
		default: { return undefined; }
	}
}
