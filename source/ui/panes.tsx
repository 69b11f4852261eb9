// The panes on screen for a layout, left to right.
import {Box} from 'ink';
import {memo} from 'react';
import type {Analysis, Article, LoadProgress, Span} from '../core/types.js';
import type {Focus} from '../state/keymap.js';
import type {SideEntry} from '../state/side-entries.js';
import type {State} from '../state/state.js';
import {ArticleList} from './article-list.js';
import {ArticlePane} from './article-pane.js';
import type {Layout} from './layout.js';
import {SidePane} from './side-pane.js';
import {sourceUrl} from '../text/source-url.js';
import type {Theme} from './theme.js';

/** Props of the pane row: the layout plus what each pane reads. */
export type PanesProps = {
	layout: Extract<Layout, {kind: 'panes'}>;
	state: State;
	listIds: readonly string[];
	byId: ReadonlyMap<string, Article>;
	article: Article | undefined;
	analysis: Analysis | undefined;
	lines: readonly Span[];
	side: readonly SideEntry[];
	/** Why the open article could not be analysed, if it could not. */
	failure: string | undefined;
	/** The open article is not yet read, wrapped or analysed (the first frame). */
	pending: boolean;
	/** The open article is being analysed elsewhere: what the side pane says meanwhile. */
	progress?: string | null;
	/** How far the articles have been read, while they still are. */
	loading: LoadProgress | null;
	theme: Theme;
	now: Date;
};

/** Draws the visible panes; each pane is memoised, so a key re-renders only the ones it changed. */
export const Panes = memo(function Panes({layout, state, listIds, byId, article, analysis, lines, side, failure, pending, progress = null, loading, theme, now}: PanesProps) {
	const pane = (which: Focus) => {
		const focused = state.focus === which && state.overlay === 'none';
		switch (which) {
			case 'list': {
				return <ArticleList key={which} ids={listIds} byId={byId} cursor={state.listCursor} top={state.listTop} openId={state.openId} entity={state.entity} loading={loading} rows={layout.listRows} size={layout.list} focused={focused} theme={theme} now={now}/>;
			}

			case 'article': {
				return <ArticlePane key={which} article={article} analysis={analysis} lines={lines} pending={pending} scroll={state.scroll} rows={layout.bodyRows} size={layout.article} highlight={state.highlight} search={state.search} focused={focused} theme={theme} now={now}/>;
			}

			case 'claims': {
				return <SidePane key={which} entries={side} failure={failure} pending={pending && article !== undefined} progress={progress} selection={state.side} entity={state.entity} rows={layout.sideRows} size={layout.claims} focused={focused} theme={theme} url={sourceUrl(article)}/>;
			}
		}
	};

	return <Box flexDirection="row" height={layout.height} width={layout.columns}>{layout.visible.map(which => pane(which))}</Box>;
});
