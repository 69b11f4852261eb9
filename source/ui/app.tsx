// The reader: wires state, layout and panes. Keys become commands in one place (the key table),
// the reducer decides, the components draw. Analysis is lazy: only the open article, unless the
// user asks for the corpus view or the entity filter.
import {Box, useApp, useWindowSize} from 'ink';
import {useEffect, useMemo, useReducer} from 'react';
import type {Analysis, Article, LoadProblem, LoadProgress} from '../core/types.js';
import {reduce} from '../state/reducer.js';
import {articlesWithEntity, keyContext, sortArticles} from '../state/selectors.js';
import {selectedStatement, type SideEntry} from '../state/side-entries.js';
import {initialState} from '../state/state.js';
import type {View} from '../state/view.js';
import {CorpusView} from './corpus-view.js';
import {EntityPicker} from './entity-picker.js';
import {HelpOverlay, helpLines} from './help-overlay.js';
import {WhyOverlay, wrappedWhy} from './why-overlay.js';
import {whyLines} from '../state/why.js';
import {breakpoints, computeLayout} from './layout.js';
import {Notice, noticeRows} from './notice.js';
import {formatDate} from './format.js';
import {Panes} from './panes.js';
import {SidePane} from './side-pane.js';
import {StatusLine} from './status-line.js';
import {TabBar} from './tab-bar.js';
import {bodyLines, type BodyLines} from './text/body-lines.js';
import {sideOf} from './text/side-of.js';
import {themeFor} from './theme.js';
import {TooSmall} from './too-small.js';
import {useAnalyses} from './use-analyses.js';
import {useCorpusIndex} from './use-corpus-index.js';
import {useOpenAnalysis, type BackgroundAnalyse} from './use-open-analysis.js';
import {usePosition} from './use-position.js';
import {sourceUrl} from '../text/source-url.js';
import {useReaderInput} from './use-reader-input.js';
import {useRelist} from './use-relist.js';
import {useStarted} from './use-started.js';

/** What the CLI hands the reader. */
export type AppProps = {
	articles: Article[];
	problems: LoadProblem[];
	analyse: (article: Article) => Analysis;
	/** Analyses large open articles elsewhere (a worker) so keys are answered meanwhile; without it, all inline. */
	background?: BackgroundAnalyse;
	color?: boolean;
	initial?: {articleId?: string; scroll?: number};
	onPositionChange?: (p: {articleId: string; scroll: number}) => void;
	onExit?: () => void;
	/** Opens a web address in the user's browser (`o`). */
	onOpenUrl?: (url: string) => void;
	/** The date ages are counted from (tests pin it); defaults to now. */
	now?: Date;
	/** Loads what `analyse` needs; called once the first frame is out, and nothing is analysed before it settles. */
	prepare?: () => Promise<unknown>;
	/** While the articles are still being read: how far it has got (the list grows and re-sorts until then). */
	loading?: LoadProgress | null;
	/**
	 * The articles are in reading order already (the loader's lists are), so the list takes them as
	 * they come: sorting reads every article's date and title, which a list from the snapshot reads
	 * only for the rows on screen.
	 */
	ordered?: boolean;
};

const noBody: BodyLines = {lines: [], starts: [0]};
const noSide: SideEntry[] = [];

/** The interactive reader. */
export function App(props: AppProps) {
	const {articles, problems, analyse, onExit, loading = null} = props;
	const {exit} = useApp();
	const theme = themeFor(props.color);
	const now = useMemo(() => props.now ?? new Date(), [props.now]);
	const byId = useMemo(() => {
		// A loop, not new Map(articles.map(…)): no pair array for each of 10,000 articles.
		const map = new Map<string, Article>();
		for (const a of articles) map.set(a.id, a);
		return map;
	}, [articles]);
	const {ordered = false} = props;
	const allIds = useMemo(() => (ordered ? articles.map(a => a.id) : sortArticles(articles)), [articles, ordered]);
	const [state, dispatch] = useReducer(reduce, undefined, () => initialState({
		listIds: allIds, articleId: props.initial?.articleId, scroll: props.initial?.scroll, hasProblems: problems.length > 0,
	}));
	const analyses = useAnalyses(byId, analyse);
	const {analysisOf, failureOf} = analyses;
	const {columns, rows} = useWindowSize();

	const listIds = useMemo(() => (state.entity === null ? allIds : articlesWithEntity(allIds, state.entity, analysisOf)), [allIds, state.entity, analysisOf]);
	const article = state.openId === null ? undefined : byId.get(state.openId);
	const url = sourceUrl(article);
	const started = useStarted(props.prepare, loading !== null);
	const {analysis, progress} = useOpenAnalysis(article, started, analyses, props.background);
	const side = useMemo(() => (analysis ? sideOf(analysis, state.entity) : noSide), [analysis, state.entity]);
	const failure = analysis && state.openId !== null ? failureOf(state.openId) : undefined;

	// One row is left free: a frame as tall as the terminal makes Ink clear the screen every time.
	const narrow = columns < breakpoints.medium;
	const notice = state.notice ? noticeRows(problems) : 0;
	const reserved = 2 + notice + (narrow ? 1 : 0);
	// Memoised so pane sizes keep their identity and memo'd panes skip keys that do not concern them.
	const layout = useMemo(() => computeLayout(columns, rows, state.focus, reserved), [columns, rows, state.focus, reserved]);
	const bodyWidth = layout.kind === 'panes' ? layout.bodyWidth : 1;
	// Nor is the body read and wrapped for the first frame: the list comes first, the text a tick later.
	const body = useMemo(() => (article && started ? bodyLines(article, bodyWidth, analysis?.entities ?? [], theme.brackets) : noBody), [article, started, bodyWidth, analysis, theme]);

	// The corpus and entity index analyse everything, so they are built only once asked for.
	const {corpus, targets, counts, choices, picked, pickerNames} = useCorpusIndex(articles, allIds, analysisOf, started, state, columns);
	const overlayRows = layout.kind === 'panes' ? layout.height : 1;
	const selected = selectedStatement(side, state.side.entry, state.side.response);
	const why = useMemo(() => (state.overlay === 'why' && analysis && selected ? wrappedWhy(whyLines(analysis, selected.id), columns) : []), [state.overlay, analysis, selected, columns]);
	const overlayLines = state.overlay === 'help' ? helpLines(theme, columns).length : (state.overlay === 'corpus' ? corpus.length + 1 : why.length);

	const view: View = useMemo(() => ({
		listIds,
		allIds,
		listRows: layout.kind === 'panes' ? layout.listRows : 1,
		lineStarts: body.starts,
		bodyRows: layout.kind === 'panes' ? layout.bodyRows : 1,
		// Not read for the first frame (a lazily loaded body is a file read).
		body: started && article ? article.body : '',
		side,
		overlayLines,
		overlayRows,
		corpus: targets,
		sideOf: analysis ? state.openId : null,
		visible: layout.kind === 'panes' ? layout.visible : [],
		together: layout.kind === 'panes' && layout.visible.includes('article') && layout.visible.includes('claims'),
		sourceUrl: url,
		picker: pickerNames,
	}), [pickerNames, listIds, allIds, layout, body, started, article, side, analysis, state.openId, overlayLines, overlayRows, targets, url]);

	// A new list (read in slices, or checked after a start from the last one): the reader stays on its articles.
	useRelist({articles, byId, listIds, problems, initial: props.initial ?? {}, complete: loading === null}, state, view, dispatch);

	useReaderInput(state, view, dispatch);

	// `o` asked for an address: the CLI opens it (the reducer only records the request).
	const {onOpenUrl} = props;
	useEffect(() => {
		if (state.opening) onOpenUrl?.(state.opening.url);
	}, [state.opening, onOpenUrl]);

	// A claim opened from the corpus is revealed, and a claim key pressed in the list for another
	// article is done, once that article is analysed and laid out (this render's view).
	useEffect(() => {
		if (state.revealClaim !== null || state.pending !== null) {
			dispatch({type: 'reveal', view});
		}
	}, [state.revealClaim, state.pending, view]);

	// A list still being read opens its newest article so far: not a place to remember until the user moves.
	const remembered = state.openId !== null && (loading === null || state.touched);
	const flush = usePosition(remembered ? {articleId: state.openId!, scroll: state.scroll} : null, props.onPositionChange);
	useEffect(() => {
		if (state.quit) {
			flush();
			onExit?.();
			exit();
		}
	}, [state.quit, flush, onExit, exit]);

	if (layout.kind === 'too-small') {
		return <TooSmall columns={columns} rows={rows}/>;
	}

	const context = {...keyContext(state), url: url !== null};
	const overlay = {
		none: <Panes layout={layout} state={state} listIds={listIds} byId={byId} article={article} analysis={analysis} lines={body.lines} side={side} failure={failure} pending={!started} progress={progress} loading={loading} theme={theme} now={now}/>,
		help: <HelpOverlay scroll={state.overlayScroll} rows={overlayRows} width={columns} theme={theme}/>,
		corpus: <CorpusView lines={corpus} counts={counts} cursor={state.corpusCursor} report={state.corpusReport} filter={state.corpusFilter} scroll={state.overlayScroll} rows={overlayRows} width={columns} theme={theme}/>,
		entities: <EntityPicker choices={picked} query={state.picker.query} cursor={state.picker.cursor} total={choices.length} rows={overlayRows} width={columns} theme={theme}/>,
		why: <WhyOverlay lines={why} scroll={state.overlayScroll} rows={overlayRows} width={columns} theme={theme}/>,
		pairs: <SidePane entries={side} failure={failure} pending={!started} progress={progress} selection={state.side} entity={state.entity} rows={overlayRows - 3} size={{width: columns, height: overlayRows}} focused theme={theme} date={article ? formatDate(article.published) : null} title={`Pairs (P or esc closes) · ${article?.title ?? ''}`}/>,
	}[state.overlay];
	return (
		<Box flexDirection="column" width={columns}>
			{state.notice && <Notice problems={problems} width={columns} theme={theme}/>}
			{narrow && <TabBar focus={state.focus} theme={theme}/>}
			{overlay}
			<StatusLine {...context} draft={state.search.editing ? state.search.draft : null} message={state.message} width={columns} theme={theme}/>
		</Box>
	);
}
