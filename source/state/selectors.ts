// Pure derivations from articles, analyses and state; the UI memoises them so a key never
// recomputes anything that did not change.
import {compareArticles, compareText} from '../core/article-order.js';
import type {Analysis, Article, Entity, Span} from '../core/types.js';
import type {KeyContext} from './keymap.js';
import type {State} from './state.js';

/** What the key table needs to know about the state. */
export function keyContext(state: State): KeyContext {
	return {
		focus: state.focus,
		overlay: state.overlay !== 'none',
		searching: state.search.editing,
		notice: state.notice,
		matches: state.search.matches.length > 0,
		undo: state.overlay !== 'none' || state.focus !== 'list' || state.entity !== null || state.notice || state.highlight !== null || state.search.query !== '',
		pairs: state.overlay === 'pairs',
		picking: state.overlay === 'entities',
		corpus: state.overlay === 'corpus',
		filtering: state.overlay === 'corpus' && state.corpusFilter.typing,
	};
}

/** Article ids in reading order (newest first; undated last; ties by title). */
export function sortArticles(articles: readonly Article[]): string[] {
	// The loader's list is already in this order, so this sort is one linear pass over it.
	return [...articles].sort(compareArticles).map(a => a.id);
}

/** The wrapped line holding a body offset (binary search over line start offsets). */
export function lineOf(lineStarts: readonly number[], offset: number): number {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if ((lineStarts[mid] ?? 0) <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}

	return Math.max(0, low);
}

/** The first row of a `rows`-high window that keeps `cursor` in view, moving from `top` only as far as needed. */
export function followWindow(top: number, cursor: number, rows: number, length: number): number {
	if (length <= rows) {
		return 0;
	}

	let first = Math.min(top, length - rows);
	if (cursor < first) {
		first = cursor;
	} else if (cursor >= first + rows) {
		first = cursor - rows + 1;
	}

	return Math.max(0, first);
}

/** Case-insensitive occurrences of a query in a body, as spans. */
export function findMatches(body: string, query: string): Span[] {
	if (query === '') {
		return [];
	}

	const haystack = body.toLowerCase();
	const needle = query.toLowerCase();
	const spans: Span[] = [];
	// Lower-casing can change length for a few characters; fall back to exact search then.
	const folded = haystack.length === body.length;
	const text = folded ? haystack : body;
	const find = folded ? needle : query;
	for (let i = text.indexOf(find); i !== -1; i = text.indexOf(find, i + find.length)) {
		spans.push({start: i, end: i + find.length});
	}

	return spans;
}

/** Article ids (from a sorted list) whose analysis mentions an entity by canonical name or as a speaker. */
export function articlesWithEntity(ids: readonly string[], entity: string, analysisOf: (id: string) => Analysis | undefined): string[] {
	return ids.filter(id => {
		const analysis = analysisOf(id);
		return analysis !== undefined && (
			analysis.entities.some(e => e.canonical === entity)
			|| analysis.claims.some(c => c.speaker === entity)
			|| analysis.responses.some(r => r.speaker === entity));
	});
}

/** An entity as the filter offers it: name, type and how many articles mention it. */
export type EntityChoice = {canonical: string; type: Entity['type']; articles: number};

/** Every entity across the given analyses, most widely mentioned first. */
export function entityChoices(analyses: Iterable<Analysis>): EntityChoice[] {
	const byName = new Map<string, EntityChoice>();
	for (const analysis of analyses) {
		const seen = new Set<string>();
		for (const e of analysis.entities) {
			if (seen.has(e.canonical)) {
				continue;
			}

			seen.add(e.canonical);
			const choice = byName.get(e.canonical) ?? {canonical: e.canonical, type: e.type, articles: 0};
			choice.articles++;
			byName.set(e.canonical, choice);
		}
	}

	return [...byName.values()].sort((a, b) => b.articles - a.articles || compareText(a.canonical, b.canonical));
}
