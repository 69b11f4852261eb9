// The one table of key bindings: each row holds the command, its keys and its help text, so the
// handler (key-match.ts), the status line, the `?` overlay and `--help` (key-help.ts) can never
// drift apart. No Ink or React here: the CLI imports the table for `--help` without loading the UI.

/** Everything a key can ask the reader to do. */
export type Command =
	| 'quit'
	| 'help'
	| 'focusNext'
	| 'focusPrev'
	| 'up'
	| 'down'
	| 'open'
	| 'pageDown'
	| 'pageUp'
	| 'top'
	| 'bottom'
	| 'nextClaim'
	| 'prevClaim'
	| 'toggleReply'
	| 'searchStart'
	| 'nextMatch'
	| 'prevMatch'
	| 'searchConfirm'
	| 'searchCancel'
	| 'searchErase'
	| 'corpus'
	| 'entities'
	| 'why'
	| 'dismiss'
	| 'openSource'
	| 'pairs'
	| 'nextReport'
	| 'prevReport'
	| 'filterTopics'
	| 'back';

/** Where a binding applies: a pane (focus), an overlay (the pair view and the corpus view are ones with keys of their own), typing (a search, the entity picker, the corpus view's topic filter), or everywhere. */
export type Scope = 'global' | 'list' | 'article' | 'claims' | 'search' | 'overlay' | 'pairs' | 'picker' | 'corpus' | 'topics';

/** One row of the key table. */
export type Binding = {
	command: Command;
	/** Display names, also what the matcher understands (see matchesKey). */
	keys: string[];
	description: string;
	/** A one- or two-word label for the status line. */
	short: string;
	scopes: Scope[];
	/** The status line hints it only while this holds (the key itself still works, or says why not). */
	when?: Condition;
};

/** Something that must be true for a binding to be worth a status-line hint. */
export type Condition = 'notice' | 'matches' | 'undo' | 'url';

/** The key state Ink's useInput reports; only the fields the table needs, so no Ink import. */
export type KeyPress = {
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	pageDown?: boolean;
	pageUp?: boolean;
	home?: boolean;
	end?: boolean;
	return?: boolean;
	escape?: boolean;
	ctrl?: boolean;
	shift?: boolean;
	tab?: boolean;
	backspace?: boolean;
	delete?: boolean;
};

/** Which pane has focus; keys go only to it. */
export type Focus = 'list' | 'article' | 'claims';

/** What the reader is doing when a key arrives. */
export type KeyContext = {
	focus: Focus;
	/** An overlay (help, corpus, entity picker) takes every key but the global ones it allows. */
	overlay: boolean;
	/** Typing a search query: printable keys are text, not commands. */
	searching: boolean;
	/** The load-problems notice is showing. Unset counts as false. */
	notice?: boolean;
	/** The body search has matches to step through. */
	matches?: boolean;
	/** Esc has something to undo (overlay, filter, notice, highlight or search). */
	undo?: boolean;
	/** The open article has a web address to open. */
	url?: boolean;
	/** The full-screen pair view is the overlay showing. */
	pairs?: boolean;
	/** The entity picker is open: letters filter it. */
	picking?: boolean;
	/** The corpus view is the overlay showing; `filtering` while its topic filter is being typed. */
	corpus?: boolean;
	filtering?: boolean;
};

/** The three panes' scopes, which most bindings share. */
export const panes: Scope[] = ['list', 'article', 'claims'];

/** THE key table, in the order help shows it. */
export const bindings: readonly Binding[] = [
	{command: 'up', keys: ['↑', 'k'], description: 'Move up (list, claims) or scroll up a line (article)', short: 'move', scopes: [...panes, 'overlay']},
	{command: 'down', keys: ['↓', 'j'], description: 'Move down (list, claims) or scroll down a line (article)', short: 'move', scopes: [...panes, 'overlay']},
	{command: 'focusNext', keys: ['tab'], description: 'Focus the next pane', short: 'pane', scopes: panes},
	{command: 'focusPrev', keys: ['shift-tab'], description: 'Focus the previous pane', short: 'pane', scopes: panes},
	{command: 'open', keys: ['enter'], description: 'Open the article; from a claim or response, jump to its sentence', short: 'open', scopes: ['list', 'claims', 'overlay']},
	{command: 'nextClaim', keys: [']'], description: 'Next claim, shown in the body (from the list: opens the highlighted article)', short: 'claim', scopes: [...panes, 'pairs']},
	{command: 'prevClaim', keys: ['['], description: 'Previous claim', short: 'claim', scopes: [...panes, 'pairs']},
	{command: 'toggleReply', keys: ['r', '→', '←'], description: 'Jump from a claim to its answer and back', short: 'reply', scopes: [...panes, 'pairs']},
	{command: 'pairs', keys: ['P'], description: 'Full-screen pair view of the open article: claims beside their answers', short: 'pairs', scopes: [...panes, 'pairs']},
	{command: 'pageDown', keys: ['space', 'pgdn', 'ctrl-d'], description: 'Page down', short: 'page', scopes: [...panes, 'overlay']},
	{command: 'pageUp', keys: ['b', 'pgup', 'ctrl-u'], description: 'Page up', short: 'page', scopes: [...panes, 'overlay']},
	{command: 'top', keys: ['g', 'home'], description: 'Go to the top', short: 'top', scopes: [...panes, 'overlay']},
	{command: 'bottom', keys: ['G', 'end'], description: 'Go to the bottom', short: 'bottom', scopes: [...panes, 'overlay']},
	{command: 'searchStart', keys: ['/'], description: 'Search the open article (from an overlay other than the corpus view: closes it first)', short: 'search', scopes: [...panes, 'overlay']},
	{command: 'nextMatch', keys: ['n'], description: 'Next search match', short: 'match', scopes: panes, when: 'matches'},
	{command: 'prevMatch', keys: ['N'], description: 'Previous search match', short: 'match', scopes: panes, when: 'matches'},
	{command: 'searchConfirm', keys: ['enter'], description: 'Search for the typed text', short: 'search', scopes: ['search']},
	{command: 'searchErase', keys: ['backspace'], description: 'Erase the last typed character', short: 'erase', scopes: ['search', 'topics']},
	{command: 'searchCancel', keys: ['esc'], description: 'Cancel the search', short: 'cancel', scopes: ['search']},
	{command: 'filterTopics', keys: ['/'], description: 'Filter the topics as you type (enter keeps the filter, esc clears it)', short: 'filter', scopes: ['corpus']},
	{command: 'nextReport', keys: ['→'], description: 'Select the next outlet that reported the claim (enter opens it)', short: 'outlet', scopes: ['corpus']},
	{command: 'prevReport', keys: ['←'], description: 'Select the previous outlet that reported the claim', short: 'outlet', scopes: ['corpus']},
	{command: 'searchConfirm', keys: ['enter'], description: 'Keep the filter and move among the claims again', short: 'keep', scopes: ['topics']},
	{command: 'searchCancel', keys: ['esc'], description: 'Clear the filter', short: 'clear', scopes: ['topics']},
	{command: 'up', keys: ['↑', 'ctrl-p'], description: 'Move up (letters typed filter the list)', short: 'move', scopes: ['picker', 'topics']},
	{command: 'down', keys: ['↓', 'ctrl-n'], description: 'Move down', short: 'move', scopes: ['picker', 'topics']},
	{command: 'pageDown', keys: ['pgdn', 'ctrl-d'], description: 'Page down', short: 'page', scopes: ['picker', 'topics']},
	{command: 'pageUp', keys: ['pgup', 'ctrl-u'], description: 'Page up', short: 'page', scopes: ['picker', 'topics']},
	{command: 'top', keys: ['home'], description: 'Go to the top', short: 'top', scopes: ['picker', 'topics']},
	{command: 'bottom', keys: ['end'], description: 'Go to the bottom', short: 'bottom', scopes: ['picker', 'topics']},
	{command: 'open', keys: ['enter'], description: 'Pick the highlighted entity', short: 'pick', scopes: ['picker']},
	{command: 'searchErase', keys: ['backspace'], description: 'Erase the last typed character', short: 'erase', scopes: ['picker']},
	{command: 'back', keys: ['esc'], description: 'Clear the filter, or close the picker', short: 'back', scopes: ['picker']},
	{command: 'corpus', keys: ['c'], description: 'Corpus view: every claim by topic and date, one row however many outlets report it, with its answers', short: 'corpus', scopes: [...panes, 'overlay']},
	{command: 'entities', keys: ['e'], description: 'Filter by an entity (esc clears)', short: 'entity', scopes: [...panes, 'overlay']},
	{command: 'why', keys: ['w'], description: 'Why the selected claim or response was found, and why it is paired', short: 'why', scopes: [...panes, 'overlay']},
	{command: 'openSource', keys: ['o'], description: "Open the article's web address in the browser", short: 'browser', scopes: panes, when: 'url'},
	{command: 'dismiss', keys: ['x'], description: 'Dismiss the load-problems notice', short: 'dismiss', scopes: panes, when: 'notice'},
	{command: 'back', keys: ['esc'], description: 'Go back one step: close the overlay, show the list, clear the filter, notice or highlight', short: 'back', scopes: [...panes, 'overlay'], when: 'undo'},
	{command: 'help', keys: ['?'], description: 'Show or hide this help', short: 'help', scopes: [...panes, 'overlay']},
	{command: 'quit', keys: ['q', 'ctrl-c'], description: 'Quit', short: 'quit', scopes: ['global']},
];
