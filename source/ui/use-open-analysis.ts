// The open article's analysis, made off the reader's thread when it is large: the reader asks, draws
// the body and "Finding claims… (8.1 MB)" meanwhile, and keeps answering keys; the answer arrives
// as a re-render. Opening another article (or quitting) cancels a request still running.
import {useEffect, useMemo, useReducer} from 'react';
import type {Analysis, Article} from '../core/types.js';
import type {Analyses} from './use-analyses.js';

/** An analysis under way: its result, and a way to say it is no longer wanted (the promise then never settles). */
export type PendingAnalysis = {result: Promise<Analysis>; cancel: () => void};

/** Analysis elsewhere (a worker): which articles it takes, and how to ask for one. */
export type BackgroundAnalyse = {
	wants: (article: Article) => boolean;
	run: (article: Article) => PendingAnalysis;
};

/** "8.1 MB", "640 KB": the size a progress line names. */
export function sizeLabel(characters: number): string {
	return characters >= 1e6 ? `${(characters / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(characters / 1e3))} KB`;
}

/** The open article's analysis (undefined until there is one) and, while it is being made elsewhere, what to say. */
export function useOpenAnalysis(article: Article | undefined, started: boolean, analyses: Analyses, background?: BackgroundAnalyse): {analysis: Analysis | undefined; progress: string | null} {
	// Bumped when a result arrives, so the memo below reads the cache again.
	const [arrived, bump] = useReducer((n: number) => n + 1, 0);
	const {known, remember, analysisOf} = analyses;
	const later = useMemo(
		() => started && article !== undefined && background !== undefined && known(article) === undefined && background.wants(article),
		[started, article, background, known, arrived],
	);
	useEffect(() => {
		if (!later || !article || !background) return;
		const pending = background.run(article);
		pending.result.then(
			analysis => {
				remember(article, {analysis});
				bump();
			},
			(error: unknown) => {
				remember(article, {error: error instanceof Error ? error.message : String(error)});
				bump();
			},
		);
		return () => {
			pending.cancel();
		};
	}, [later, article, background, remember]);
	const analysis = useMemo(() => (!started || !article || later ? undefined : analysisOf(article.id)), [started, article, later, analysisOf, arrived]);
	const progress = later && article ? `Finding claims… (${sizeLabel(article.body.length)})` : null;
	return {analysis, progress};
}
