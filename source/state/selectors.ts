// Pure derivations from articles, analyses and state; the UI memoises them so a key never
// recomputes anything that did not change.
import {compareArticles, compareText} from '../core/article-order.js';
import type {Analysis, Article, Claim, Entity, Response, Span} from '../core/types.js';
import type {KeyContext} from './keymap.js';
import type {State} from './state.js';

/** A claim and the responses paired with it, best first; claim is null for a response no claim pairs with. */
export type SideEntry = {claim: Claim | null; responses: Response[]};

/** What the key table needs to know about the state. */
export function keyContext(state: State): KeyContext {
	return {
		focus: state.focus,
		overlay: state.overlay !== 'none',
		searching: state.search.editing,
		notice: state.notice,
		matches: state.search.matches.length > 0,
		undo: state.overlay !== 'none' || state.entity !== null || state.notice || state.highlight !== null || state.search.query !== '',
	};
}

/** Article ids in reading order (newest first; undated last; ties by title). */
export function sortArticles(articles: readonly Article[]): string[] {
	// The loader's list is already in this order, so this sort is one linear pass over it.
	return [...articles].sort(compareArticles).map(a => a.id);
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const mentions = (statement: Claim | Response, entity: string, entities: readonly Entity[]): boolean =>
	statement.speaker === entity
	|| entities.some(e => e.canonical === entity && (overlaps(e, statement.sentence) || overlaps(e, statement)));

/** Side-pane entries in body order: each claim with its paired responses, then unpaired responses; narrowed to an entity when one is set. */
export function sideEntries(analysis: Analysis, entity: string | null = null): SideEntry[] {
	const byId = new Map(analysis.responses.map(r => [r.id, r]));
	const paired = new Set<string>();
	const keep = (s: Claim | Response) => entity === null || mentions(s, entity, analysis.entities);
	const entries: SideEntry[] = [];
	for (const claim of analysis.claims) {
		const responses = analysis.pairs
			.filter(p => p.claim === claim.id)
			.sort((a, b) => b.score - a.score)
			.map(p => byId.get(p.response))
			.filter((r): r is Response => r !== undefined);
		for (const r of responses) {
			paired.add(r.id);
		}

		if (keep(claim) || responses.some(r => keep(r))) {
			entries.push({claim, responses});
		}
	}

	for (const response of analysis.responses) {
		if (!paired.has(response.id) && keep(response)) {
			entries.push({claim: null, responses: [response]});
		}
	}

	return entries;
}

/** The `12 claims · 7 answered` counts. */
export function sideCounts(entries: readonly SideEntry[]): {claims: number; answered: number} {
	let claims = 0;
	let answered = 0;
	for (const entry of entries) {
		if (entry.claim) {
			claims++;
			if (entry.responses.length > 0) {
				answered++;
			}
		}
	}

	return {claims, answered};
}

/** The statement a side selection points at, if any. */
export function selectedStatement(entries: readonly SideEntry[], entry: number, response: number | null): Claim | Response | undefined {
	const e = entries[entry];
	if (!e) {
		return undefined;
	}

	return response === null ? (e.claim ?? e.responses[0]) : e.responses[response];
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
