// The corpus view's rows and the entity picker's choices. Both analyse every article, so each is
// built only once it has been asked for (its overlay opened), and kept from then on.
import {useMemo, useRef} from 'react';
import {topicLabel} from '../core/lexicon/topics.js';
import type {Analysis, Article} from '../core/types.js';
import {corpusCounts, corpusGroups, filterGroups} from '../state/corpus.js';
import {filterChoices} from '../state/picker.js';
import {entityChoices} from '../state/selectors.js';
import type {State} from '../state/state.js';
import {corpusLines, corpusTargets} from './text/corpus-lines.js';

/** The corpus lines (filtered by the topic filter, wrapped to `columns`) and the picker's entities (filtered by its query). */
export function useCorpusIndex(articles: Article[], allIds: string[], analysisOf: (id: string) => Analysis | undefined, started: boolean, state: State, columns: number) {
	const wantsCorpus = useRef(false);
	const wantsEntities = useRef(false);
	wantsCorpus.current ||= state.overlay === 'corpus';
	wantsEntities.current ||= state.overlay === 'entities';
	const groups = useMemo(() => (wantsCorpus.current && started ? corpusGroups(articles, id => analysisOf(id)!, topicLabel) : []), [wantsCorpus.current, started, articles, analysisOf]);
	const topics = useMemo(() => filterGroups(groups, state.corpusFilter.query), [groups, state.corpusFilter.query]);
	const corpus = useMemo(() => corpusLines(topics, columns - 1), [topics, columns]);
	const targets = useMemo(() => corpusTargets(topics, corpus), [topics, corpus]);
	const counts = useMemo(() => corpusCounts(topics), [topics]);
	const choices = useMemo(() => (wantsEntities.current && started ? entityChoices(allIds.map(id => analysisOf(id)!)) : []), [wantsEntities.current, started, allIds, analysisOf]);
	const picked = useMemo(() => filterChoices(choices, state.picker.query), [choices, state.picker.query]);
	const pickerNames = useMemo(() => picked.map(c => c.canonical), [picked]);
	return {corpus, targets, counts, choices, picked, pickerNames};
}
