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

/**
 * One article in the export, from its analysis in one piece or a stretch at a time (core/stretches):
 * each stretch is taken into the export's smaller objects as it comes, so only the export's own
 * lists stay alive, not every stretch's sentences and statements as the analysis made them.
 */
export function exportedArticle(article: Article, analyses: Iterable<Analysis>): ExportedArticle {
	const exported: ExportedArticle = {
		id: article.id,
		path: article.path,
		title: article.title,
		outlet: article.outlet,
		published: article.published,
		url: sourceUrl(article),
		author: article.author ?? null,
		tags: article.tags ?? [],
		body: article.body,
		entities: [],
		claims: [],
		responses: [],
		pairs: [],
	};
	for (const analysis of analyses) {
		for (const e of analysis.entities) exported.entities.push({text: e.text, canonical: e.canonical, type: e.type, start: e.start, end: e.end});
		for (const c of analysis.claims) exported.claims.push(statement(c));
		for (const r of analysis.responses) exported.responses.push(statement(r));
		for (const p of analysis.pairs) exported.pairs.push({claim: p.claim, response: p.response, score: p.score, why: [...p.why]});
	}

	return exported;
}

/** Builds the `riposte/analysis@1` object for a set of analysed articles. */
export function toAnalysisExport(items: ReadonlyArray<AnalysedArticle>): AnalysisExport {
	return {schema: 'riposte/analysis@1', articles: items.map(({article, analysis}) => exportedArticle(article, [analysis]))};
}

/** The `riposte/analysis@1` object for articles already in the export's form. */
export function analysisExport(articles: ExportedArticle[]): AnalysisExport {
	return {schema: 'riposte/analysis@1', articles};
}
