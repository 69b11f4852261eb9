// Pure derivations from articles, analyses and state; the UI memoises them so a key never
// recomputes anything that did not change.
import {compareArticles, compareText} from '../core/article-order.js';
import {minimumScore} from '../core/dispute/pair.js';
import type {Analysis, Article, Claim, Entity, Pair, Response, Span, Why} from '../core/types.js';
import type {KeyContext} from './keymap.js';
import type {State} from './state.js';

/**
 * One entry of the side pane. A claim entry holds its answers (pairs scoring at least the
 * analysis's `minimumScore`, best first; `responses[0]` is the one it is grouped under). A response
 * entry (claim null) holds one response that is no claim's best answer: `also` names the claims it
 * pairs with less well, empty for a general response.
 */
export type SideEntry = {
	claim: Claim | null;
	responses: Response[];
	/** The claim's number in the article (1-based, body order); for a response entry, the response's. */
	number: number;
	/** The article numbers of `responses`, in the same order. */
	responseNumbers: number[];
	/** The best pair's reasons (a claim entry with an answer), else empty. */
	why: Why;
	/** For a response entry: claims it also pairs with, by number. */
	also: number[];
};

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

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const mentions = (statement: Claim | Response, entity: string, entities: readonly Entity[]): boolean =>
	statement.speaker === entity
	|| entities.some(e => e.canonical === entity && (overlaps(e, statement.sentence) || overlaps(e, statement)));

/** Side-pane entries: each claim in body order with its answers, then the responses that are no claim's best answer; narrowed to an entity when one is set. */
export function sideEntries(analysis: Analysis, entity: string | null = null): SideEntry[] {
	const byId = new Map(analysis.responses.map((r, i) => [r.id, {r, n: i + 1}]));
	const best = new Set<string>();
	const also = new Map<string, number[]>();
	const keep = (s: Claim | Response) => entity === null || mentions(s, entity, analysis.entities);
	const entries: SideEntry[] = [];
	// Pairs by claim in one pass (a filter per claim was quadratic: 12 s for an 8 MB article's 20,000 claims).
	const pairsOf = new Map<string, Pair[]>();
	for (const p of analysis.pairs) {
		if (p.score < minimumScore || !byId.has(p.response)) continue;
		const list = pairsOf.get(p.claim);
		if (list) list.push(p);
		else pairsOf.set(p.claim, [p]);
	}

	for (const [c, claim] of analysis.claims.entries()) {
		const pairs = (pairsOf.get(claim.id) ?? []).sort((a, b) => b.score - a.score);
		const answers = pairs.map(p => byId.get(p.response)!);
		if (!keep(claim) && !answers.some(a => keep(a.r))) {
			continue;
		}

		for (const [i, p] of pairs.entries()) {
			if (i === 0) best.add(p.response);
			else {
				const numbers = also.get(p.response);
				if (numbers) numbers.push(c + 1);
				else also.set(p.response, [c + 1]);
			}
		}

		entries.push({claim, responses: answers.map(a => a.r), number: c + 1, responseNumbers: answers.map(a => a.n), why: pairs[0]?.why ?? [], also: []});
	}

	for (const [i, response] of analysis.responses.entries()) {
		if (!best.has(response.id) && keep(response)) {
			entries.push({claim: null, responses: [response], number: i + 1, responseNumbers: [i + 1], why: [], also: also.get(response.id) ?? []});
		}
	}

	return entries;
}

/** The `15 claims · 3 answered · 8 responses` counts: claims shown, claims with an answer, responses shown. */
export function sideCounts(entries: readonly SideEntry[]): {claims: number; answered: number; responses: number} {
	let claims = 0;
	let answered = 0;
	const responses = new Set<string>();
	for (const entry of entries) {
		if (entry.claim) {
			claims++;
			if (entry.responses.length > 0) {
				answered++;
			}
		}

		const shown = entry.responses[0];
		if (shown) {
			responses.add(shown.id);
		}
	}

	return {claims, answered, responses: responses.size};
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
