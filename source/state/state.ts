// The reader's whole interactive state: plain data, changed only by the reducer.
import type {Span} from '../core/types.js';
import type {Command, Focus} from './keymap.js';
import {noPicker, type PickerState} from './picker.js';

/** Full-screen views drawn over the panes. */
export type Overlay = 'none' | 'help' | 'corpus' | 'entities' | 'why' | 'pairs';

/** Where the side-pane cursor is: an entry (a claim with its responses) and, optionally, one response of it. */
export type SideSelection = {entry: number; response: number | null};

/** The body search: what is being typed, and the confirmed query with its matches. */
export type SearchState = {
	editing: boolean;
	draft: string;
	query: string;
	matches: Span[];
	/** Index into matches of the current one, or -1 when there are none. */
	current: number;
};

/** Everything the reader remembers between keys. */
export type State = {
	focus: Focus;
	overlay: Overlay;
	/** Cursor into the (possibly filtered) article list. */
	listCursor: number;
	/** First list row on screen; moves only when the cursor would leave the window. */
	listTop: number;
	/** The article shown in the article and side panes. */
	openId: string | null;
	/** First body line on screen. */
	scroll: number;
	side: SideSelection;
	/** The sentence shown highlighted after a jump. */
	highlight: Span | null;
	search: SearchState;
	/** The entity picker's typed filter and cursor. */
	picker: PickerState;
	/** Canonical name of the entity the list and side pane are narrowed to. */
	entity: string | null;
	/** Whether the load-problems notice is showing. */
	notice: boolean;
	/** First line on screen in the help or corpus overlay. */
	overlayScroll: number;
	/** The selected claim in the corpus view (an index into the view's corpus targets), and which of its reports enter opens (0: the earliest). */
	corpusCursor: number;
	corpusReport: number;
	/** The corpus view's topic filter, and whether it is being typed (letters are text then). */
	corpusFilter: {query: string; typing: boolean};
	/** A claim opened from the corpus whose sentence is brought into view once its article's lines are laid out. */
	revealClaim: string | null;
	/** A claim key pressed in the list for an article not yet analysed: done once the view holds its claims. */
	pending: {command: Extract<Command, 'nextClaim' | 'prevClaim' | 'toggleReply'>; articleId: string} | null;
	/** A one-off line for the status bar ("claim 2 has no answer in this article"). */
	message: string | null;
	/** The last address `o` asked the browser to open, numbered so the same one twice is two requests. */
	opening: {url: string; count: number} | null;
	/** Set by the quit command; the app leaves when it sees it. */
	quit: boolean;
	/** Whether the user has done anything yet; until then a list that grows or changes is started afresh. */
	touched: boolean;
};

/** The corpus view with no topic filter. */
export const noFilter: State['corpusFilter'] = {query: '', typing: false};

/** An empty search. */
export const noSearch: SearchState = {editing: false, draft: '', query: '', matches: [], current: -1};

/** Where the reader starts: the requested article (or the newest), at the requested scroll. */
export function initialState(options: {
	listIds: readonly string[];
	articleId?: string;
	scroll?: number;
	hasProblems: boolean;
}): State {
	const requested = options.articleId === undefined ? -1 : options.listIds.indexOf(options.articleId);
	const cursor = Math.max(0, requested);
	const openId = options.listIds[cursor] ?? null;
	return {
		// The list first, even when resuming: on a medium screen it is what shows the other articles.
		focus: 'list',
		overlay: 'none',
		listCursor: cursor,
		listTop: cursor,
		openId,
		scroll: requested >= 0 ? Math.max(0, Math.floor(options.scroll ?? 0)) : 0,
		side: {entry: 0, response: null},
		highlight: null,
		search: noSearch,
		entity: null,
		picker: noPicker,
		notice: options.hasProblems,
		overlayScroll: 0,
		corpusCursor: 0,
		corpusReport: 0,
		corpusFilter: noFilter,
		revealClaim: null,
		pending: null,
		message: null,
		opening: null,
		quit: false,
		touched: false,
	};
}
