// The side pane's entries, from an article's analysis: each claim with its answers, then the
// responses that are no claim's best answer, narrowed to an entity when one is set.
import {minimumScore} from '../core/dispute/pair.js';
import type {Analysis, Claim, Entity, Pair, Response, Span, Why} from '../core/types.js';

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
