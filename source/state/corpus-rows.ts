// One row per claim across the corpus: the reports of one statement in different articles (the
// rule is same-claim.ts) merged, oldest first, each row with its distinct answers, oldest first.
import type {Article, Claim, Response} from '../core/types.js';
import {compareText} from '../core/article-order.js';
import {prepare, sameness, sameReport, type Prepared} from './same-claim.js';

/** A statement as one article reported it. */
export type Reported<S extends Claim | Response> = {article: Article; statement: S};

/** The reports of one response, oldest first. */
export type CorpusAnswer = {reports: Array<Reported<Response>>};

/** One claim: its reports (oldest first; the first is what enter opens), its topics and its answers. */
export type CorpusRow = {reports: Array<Reported<Claim>>; topics: string[]; answers: CorpusAnswer[]};

const dateOf = (r: Reported<Claim | Response>): string => r.article.published ?? '9999';

/** Oldest first; undated last; ties by title, then by place in the body. */
export const byDate = (a: Reported<Claim | Response>, b: Reported<Claim | Response>): number => {
	const x = dateOf(a);
	const y = dateOf(b);
	return x === y ? compareText(a.article.title, b.article.title) || a.statement.start - b.statement.start : (x < y ? -1 : 1);
};

type Row = {members: number[]; articles: Set<string>; first: number};

/**
 * Merge reports that are one statement: reports sorted oldest first join the open row (same
 * speaker, within the window of its first report, no report yet from their article) whose every
 * member passes the rule with them (the oldest such row); else they start a row.
 */
export function mergeReports<S extends Claim | Response>(reports: ReadonlyArray<Reported<S>>, prepared: readonly Prepared[], weight: (word: string) => number): Array<Array<Reported<S>>> {
	const order = reports.map((_, i) => i).sort((a, b) => byDate(reports[a]!, reports[b]!));
	const rows: Row[] = [];
	// Open rows by the speaker's last word (one speaker's folded names share it), pruned once out of the window.
	const open = new Map<string, Row[]>();
	for (const i of order) {
		const p = prepared[i]!;
		const article = reports[i]!.article.id;
		const bucket = p.speaker === null || p.day === null ? undefined : p.speaker.split(' ').at(-1)!;
		let home: Row | undefined;
		if (bucket !== undefined) {
			const live = (open.get(bucket) ?? []).filter(row => p.day! - row.first <= sameness.windowDays);
			home = live.find(row => !row.articles.has(article) && row.members.every(m => sameReport(prepared[m]!, p, weight)));
			open.set(bucket, live);
		}

		if (home) {
			home.members.push(i);
			home.articles.add(article);
		} else {
			const row = {members: [i], articles: new Set([article]), first: p.day ?? 0};
			rows.push(row);
			if (bucket !== undefined) open.get(bucket)!.push(row);
		}
	}

	return rows.map(row => row.members.map(m => reports[m]!));
}

/** Prepare statements for the rule (their article's date is the report's date). */
export function prepareAll(reports: ReadonlyArray<Reported<Claim | Response>>): Prepared[] {
	return reports.map(r => prepare({speaker: r.statement.speaker, text: r.statement.text, published: r.article.published}));
}
