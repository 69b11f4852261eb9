// The order the pair view draws side entries in: each answer once, with every claim it is the best
// answer to grouped above it ("answers claims 2, 5, 7"), unanswered claims where they fall, then
// the responses that are no claim's best answer. Navigation (j/k) follows this order.
import type {Response} from '../core/types.js';
import type {SideEntry} from './side-entries.js';
import type {SideSelection} from './state.js';

/** One row of the pair view; claims and entries are indices into the side entries. */
export type PairRow =
	| {kind: 'group'; claims: number[]; response: Response; number: number}
	| {kind: 'unanswered'; claim: number}
	| {kind: 'loose'; entry: number};

const rowsCache = new WeakMap<readonly SideEntry[], PairRow[]>();

/** The pair view's rows for side entries, in drawing order (kept per entries). */
export function pairRows(entries: readonly SideEntry[]): PairRow[] {
	let rows = rowsCache.get(entries);
	if (!rows) {
		rows = build(entries);
		rowsCache.set(entries, rows);
	}

	return rows;
}

function build(entries: readonly SideEntry[]): PairRow[] {
	const groups = new Map<string, number[]>();
	for (const [i, e] of entries.entries()) {
		const best = e.claim ? e.responses[0] : undefined;
		if (best) groups.set(best.id, [...(groups.get(best.id) ?? []), i]);
	}

	const rows: PairRow[] = [];
	const drawn = new Set<string>();
	for (const [i, e] of entries.entries()) {
		const best = e.responses[0];
		if (!e.claim) {
			rows.push({kind: 'loose', entry: i});
		} else if (!best) {
			rows.push({kind: 'unanswered', claim: i});
		} else if (!drawn.has(best.id)) {
			drawn.add(best.id);
			rows.push({kind: 'group', claims: groups.get(best.id) ?? [i], response: best, number: e.responseNumbers[0] ?? 0});
		}
	}

	return rows;
}

/** Every selectable position in drawing order: a group's claims, then its answer; unanswered claims; loose responses. */
export function positions(entries: readonly SideEntry[]): SideSelection[] {
	const all: SideSelection[] = [];
	for (const row of pairRows(entries)) {
		switch (row.kind) {
			case 'group': {
				for (const claim of row.claims) all.push({entry: claim, response: null});
				all.push({entry: row.claims[0] ?? 0, response: 0});
				break;
			}

			case 'unanswered': {
				all.push({entry: row.claim, response: null});
				break;
			}

			case 'loose': {
				all.push({entry: row.entry, response: 0});
				break;
			}
		}
	}

	return all;
}
