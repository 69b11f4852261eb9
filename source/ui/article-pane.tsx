// The article pane: title, outlet and date, then only the visible wrapped body lines.
import {Box} from 'ink';
import {memo, useMemo} from 'react';
import type {Analysis, Article, Span} from '../core/types.js';
import type {SearchState} from '../state/state.js';
import {clampScroll} from '../state/view.js';
import {BodyLine} from './body-line.js';
import {articleMeta} from './format.js';
import type {Box as Size} from './layout.js';
import {Pane} from './pane.js';
import {Line} from './styled-text.js';
import type {Decor} from './text/segments.js';
import {truncate} from './text/wrap.js';
import type {Theme} from './theme.js';

/** Props of the article pane. */
export type ArticlePaneProps = {
	article: Article | undefined;
	analysis: Analysis | undefined;
	lines: readonly Span[];
	/** The body is not read and wrapped yet (the first frame): say so instead of counting lines. */
	pending?: boolean;
	scroll: number;
	rows: number;
	size: Size;
	highlight: Span | null;
	search: SearchState;
	focused: boolean;
	theme: Theme;
	now: Date;
};

const noSpans: Span[] = [];

/** The open article with its markup and entities styled and claim/response sentences marked. */
export const ArticlePane = memo(function ArticlePane(props: ArticlePaneProps) {
	const {article, analysis, lines, rows, size, theme, search, highlight} = props;
	const claims = useMemo(() => analysis?.claims.map(c => c.sentence) ?? noSpans, [analysis]);
	const responses = useMemo(() => analysis?.responses.map(r => r.sentence) ?? noSpans, [analysis]);
	// Read only once the body is (a lazily loaded article reads its file for either).
	const marks = props.pending || lines.length === 0 ? undefined : article?.marks;
	const decor: Decor = useMemo(() => ({
		marks,
		entities: analysis?.entities ?? [],
		matches: search.matches,
		current: search.matches[search.current] ?? null,
		highlight,
	}), [marks, analysis, search.matches, search.current, highlight]);
	if (!article) {
		return (
			<Pane width={size.width} height={size.height} focused={props.focused} theme={theme}>
				<Line text="No article open. Pick one from the list." style={theme.dim}/>
			</Pane>
		);
	}

	const scroll = clampScroll(props.scroll, lines.length, rows);
	const visible = lines.slice(scroll, scroll + rows);
	const last = Math.min(lines.length, scroll + rows);
	const position = props.pending ? 'opening…' : `lines ${lines.length <= rows ? 'all' : `${scroll + 1}–${last}/${lines.length}`}`;
	// The position always shows; outlet and date give way when the pane is narrow.
	const meta = truncate(articleMeta(article.outlet, article.published, props.now), size.width - 2 - position.length - 3);
	return (
		<Pane width={size.width} height={size.height} focused={props.focused} theme={theme}>
			<Line text={article.title} style={theme.title} width={size.width - 2}/>
			<Line text={`${meta} · ${position}`} style={theme.dim} width={size.width - 2}/>
			<Box flexDirection="column">
				{visible.map((line, i) => (
					<BodyLine
						// Keyed by screen row: scrolling reuses rows and memo skips unchanged ones.
						// eslint-disable-next-line react/no-array-index-key
						key={i}
						body={article.body}
						line={line}
						decor={decor}
						claims={claims}
						responses={responses}
						theme={theme}
					/>
				))}
			</Box>
		</Pane>
	);
});
