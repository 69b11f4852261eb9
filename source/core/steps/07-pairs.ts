// Step 7: pair each claim with the responses that answer it, by topic: the claim's topics are
// weighted by how often their keywords occur, and each is answered as well as the response's
// best topic answers it (lexicon/topics `answers`). Pairs below the bar are left out, so a claim
// nothing answers stays unpaired; equal scores go to the nearer response.

import type {Claim, Pair, Response} from '../types.js';
import {answers} from '../lexicon/topics.js';
import {topicHits} from './06b-topics.js';

/** The lowest score that counts as an answer. */
export const minimumScore = 0.2;
/** Responses considered on each side of a claim: every one in a news article, a bounded few in a huge text. */
const window = 40;
/** At most this many responses are paired with one claim. */
const perClaim = 3;

function weights(claim: Claim, known?: Map<string, number>): Map<string, number> {
	const hits = known ?? topicHits(claim.text);
	const out = new Map<string, number>();
	if (hits.size === 0) {
		for (const t of claim.topics) out.set(t, 1 / claim.topics.length);
		return out;
	}
	const total = [...hits.values()].reduce((a, b) => a + b, 0);
	for (const [t, n] of hits) out.set(t, n / total);
	return out;
}

/** How well `response` answers a claim with these topic weights (0..1). */
export function answerScore(claimWeights: ReadonlyMap<string, number>, response: Response): number {
	let score = 0;
	for (const [topic, weight] of claimWeights) {
		const table = answers[topic];
		if (!table) continue;
		let best = 0;
		for (const t of response.topics) best = Math.max(best, table[t] ?? 0);
		score += weight * best;
	}
	return score;
}

/** Pairs for all claims of one article. */
export function pairClaims(claims: readonly Claim[], responses: readonly Response[], hits?: ReadonlyMap<string, Map<string, number>>): Pair[] {
	const pairs: Pair[] = [];
	let cursor = 0;
	for (const claim of claims) {
		const w = weights(claim, hits?.get(claim.id));
		while (cursor < responses.length && responses[cursor]!.start < claim.start) cursor++;
		const scored = responses
			.slice(Math.max(0, cursor - window), cursor + window)
			.map(r => ({r, score: answerScore(w, r), distance: Math.abs(r.start - claim.start)}))
			.filter(x => x.score >= minimumScore)
			.sort((a, b) => b.score - a.score || a.distance - b.distance)
			.slice(0, perClaim);
		for (const {r, score} of scored) pairs.push({claim: claim.id, response: r.id, score: Math.round(score * 1000) / 1000});
	}
	return pairs;
}
