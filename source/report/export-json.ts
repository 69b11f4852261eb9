// Formats analyses as the `riposte/analysis@1` export read by the scorer (schema in the eval
// README): the article fields, its body, and entities, claims, responses and pairs with offsets.
import type {Analysis, Article, Attribution, Claim, Entity, Pair, Response} from '../core/types.js';
import {sourceUrl} from '../text/source-url.js';

/** One article with its analysis, as the exporters take them. */
export type AnalysedArticle = {article: Article; analysis: Analysis};

/** An exported statement: the attribution fields plus id, topics and the reasons it was found. */
export type ExportedStatement = Pick<Attribution, 'text' | 'start' | 'end' | 'speaker' | 'role' | 'cue' | 'kind' | 'side' | 'why' | 'content'> & {id: string; topics: string[]};

/** One article in the export. */
export type ExportedArticle = {
	id: string;
	path: string;
	title: string;
	outlet: string | null;
	published: string | null;
	/** The article's web address (an http(s) source), or null. */
	url: string | null;
	author: string | null;
	tags: string[];
	body: string;
	entities: Array<Pick<Entity, 'text' | 'canonical' | 'type' | 'start' | 'end'>>;
	claims: ExportedStatement[];
	responses: ExportedStatement[];
	pairs: Pair[];
};

/** The whole export document. */
export type AnalysisExport = {schema: 'riposte/analysis@1'; articles: ExportedArticle[]};

function statement(s: Claim | Response): ExportedStatement {
	return {id: s.id, text: s.text, start: s.start, end: s.end, speaker: s.speaker, role: s.role, cue: s.cue, kind: s.kind, side: s.side, content: {start: s.content.start, end: s.content.end}, topics: [...s.topics], why: [...s.why]};
}

/** The lists of the export an article has (each item in the export's form). */
export type ExportedLists = Pick<ExportedArticle, 'entities' | 'claims' | 'responses' | 'pairs'>;

/** The names of those lists, in the order the export writes them. */
export const exportedListNames = ['entities', 'claims', 'responses', 'pairs'] as const;

/** One analysis (of an article or a stretch of it) in the export's form. */
export function exportedLists(analysis: Analysis): ExportedLists {
	return {
		entities: analysis.entities.map(e => ({text: e.text, canonical: e.canonical, type: e.type, start: e.start, end: e.end})),
		claims: analysis.claims.map(statement),
		responses: analysis.responses.map(statement),
		pairs: analysis.pairs.map(p => ({claim: p.claim, response: p.response, score: p.score, why: [...p.why]})),
	};
}

/** The article's fields of the export with the lists given (the export's own, or text written elsewhere). */
export function exportedFields<L extends Record<keyof ExportedLists, unknown>>(article: Article, lists: L): Omit<ExportedArticle, keyof ExportedLists> & Pick<L, keyof ExportedLists> {
	const {entities, claims, responses, pairs} = lists;
	return {
		id: article.id,
		path: article.path,
		title: article.title,
		outlet: article.outlet,
		published: article.published,
		url: sourceUrl(article),
		author: article.author ?? null,
		tags: article.tags ?? [],
		body: article.body,
		entities,
		claims,
		responses,
		pairs,
	};
}

/**
 * One article in the export, from its analysis in one piece or a stretch at a time (core/stretches):
 * each stretch is taken into the export's smaller objects as it comes, so only the export's own
 * lists stay alive, not every stretch's sentences and statements as the analysis made them.
 */
export function exportedArticle(article: Article, analyses: Iterable<Analysis>): ExportedArticle {
	const lists: ExportedLists = {entities: [], claims: [], responses: [], pairs: []};
	for (const analysis of analyses) {
		const part = exportedLists(analysis);
		for (const name of exportedListNames) for (const item of part[name]) (lists[name] as unknown[]).push(item);
	}

	return exportedFields(article, lists);
}

/** Builds the `riposte/analysis@1` object for a set of analysed articles. */
export function toAnalysisExport(items: ReadonlyArray<AnalysedArticle>): AnalysisExport {
	return {schema: 'riposte/analysis@1', articles: items.map(({article, analysis}) => exportedArticle(article, [analysis]))};
}

/** The `riposte/analysis@1` object for articles already in the export's form (or with lists written elsewhere, as JsonText). */
export function analysisExport<A = ExportedArticle>(articles: A[]): {schema: 'riposte/analysis@1'; articles: A[]} {
	return {schema: 'riposte/analysis@1', articles};
}
