// The corpus view's model: every claim across the loaded articles, one row for a claim however
// many articles report it (corpus-rows.ts), grouped by topic, oldest first, each row with its
// distinct answers. Built only when asked for; the topic filter narrows the groups.
import {compareText} from '../core/article-order.js';
import type {Analysis, Article, Claim, Response} from '../core/types.js';
import {byDate, mergeReports, prepareAll, type CorpusRow, type Reported} from './corpus-rows.js';
import {matchesQuery} from './picker.js';
import {weightsOf} from './same-claim.js';
import {sideEntries} from './side-entries.js';

export type {CorpusAnswer, CorpusRow} from './corpus-rows.js';

/** All claims on one topic, oldest first. */
export type CorpusGroup = {topic: string; label: string; rows: CorpusRow[]};

/** Label used for claims the core gave no topic. */
export const noTopic = 'Other claims';

/** The corpus as rows: the reports of one claim merged, their answers merged likewise. */
export function corpusRows(articles: readonly Article[], analysisOf: (id: string) => Analysis): CorpusRow[] {
	const claims: Array<Reported<Claim>> = [];
	const answersOf = new Map<Claim, Response[]>();
	const responses: Array<Reported<Response>> = [];
	for (const article of articles) {
		const analysis = analysisOf(article.id);
		for (const entry of sideEntries(analysis)) {
			if (entry.claim) {
				claims.push({article, statement: entry.claim});
				answersOf.set(entry.claim, entry.responses);
			}
		}

		for (const response of analysis.responses) responses.push({article, statement: response});
	}

	const claimWeight = weightsOf(prepareAll(claims));
	// Answers are compared with the weights of every response in the corpus, not only a row's few.
	const responseWeight = weightsOf(prepareAll(responses));
	return mergeReports(claims, prepareAll(claims), claimWeight).map(reports => {
		const answered = reports.flatMap(r => (answersOf.get(r.statement) ?? []).map(statement => ({article: r.article, statement})));
		const answers = mergeReports(answered, prepareAll(answered), responseWeight)
			.map(merged => ({reports: merged}))
			.sort((a, b) => byDate(a.reports[0]!, b.reports[0]!));
		return {reports, topics: [...new Set(reports.flatMap(r => r.statement.topics))], answers};
	});
}

/** Group the rows by topic (a row with several topics appears under each), groups in label order, rows oldest first. */
export function corpusGroups(articles: readonly Article[], analysisOf: (id: string) => Analysis, label: (topic: string) => string): CorpusGroup[] {
	const groups = new Map<string, CorpusRow[]>();
	for (const row of corpusRows(articles, analysisOf)) {
		for (const topic of row.topics.length > 0 ? row.topics : ['']) {
			// Push, not spread: a topic can gather tens of thousands of claims in a large corpus.
			const list = groups.get(topic);
			if (list) list.push(row);
			else groups.set(topic, [row]);
		}
	}

	return [...groups.entries()]
		.map(([topic, rows]) => ({topic, label: topic === '' ? noTopic : label(topic), rows: rows.sort((a, b) => byDate(a.reports[0]!, b.reports[0]!))}))
		.sort((a, b) => (a.topic === '' ? 1 : (b.topic === '' ? -1 : compareText(a.label, b.label))));
}

/** The groups whose topic label holds the typed filter (as the entity picker filters names). */
export function filterGroups(groups: readonly CorpusGroup[], query: string): readonly CorpusGroup[] {
	return query.trim() === '' ? groups : groups.filter(g => matchesQuery(g.label, query));
}

/** How many distinct claims (rows), reports and topics the groups hold (a row with several topics counts once). */
export function corpusCounts(groups: readonly CorpusGroup[]): {claims: number; reports: number; topics: number} {
	const rows = new Set<CorpusRow>();
	for (const group of groups) for (const row of group.rows) rows.add(row);
	let reports = 0;
	for (const row of rows) reports += row.reports.length;
	return {claims: rows.size, reports, topics: groups.length};
}
