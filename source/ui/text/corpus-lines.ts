// The corpus view as wrapped lines: a heading per topic, then per claim a line for each article
// that reported it (date · outlet · title, oldest first), the claim as the earliest report has it,
// and its distinct answers, each with the outlets that reported it when there are several.
import type {CorpusGroup, CorpusRow} from '../../state/corpus.js';
import type {CorpusTarget} from '../../state/view.js';
import {formatDate} from '../format.js';
import {wrapText} from './wrap.js';

/** One corpus line and how to style it. */
export type CorpusLine = {
	kind: 'topic' | 'source' | 'claim' | 'response' | 'none' | 'blank';
	text: string;
	/** Which claim (in screen order) the line belongs to. */
	item?: number;
	/** For a source line: which of the claim's reports it is (0: the earliest). */
	report?: number;
};

const wrapped = (text: string, width: number, first: string, rest: string): string[] => {
	const flat = text.replaceAll('\n', ' ');
	return wrapText(flat, Math.max(1, width - first.length)).map((l, i) => (i === 0 ? first : rest) + flat.slice(l.start, l.end));
};

const outletOf = (outlet: string | null): string => outlet ?? 'unknown outlet';

function rowLines(row: CorpusRow, item: number, width: number): CorpusLine[] {
	const lines: CorpusLine[] = row.reports.map(({article}, report) =>
		({kind: 'source', item, report, text: `  ${formatDate(article.published)} · ${outletOf(article.outlet)} · ${article.title}`}));
	const claim = row.reports[0]!.statement;
	lines.push(...wrapped(`${claim.speaker ?? 'unattributed'}: ${claim.text}`, width, '    C ', '      ').map(text => ({kind: 'claim' as const, item, text})));
	for (const {reports} of row.answers) {
		const {statement} = reports[0]!;
		// Where the claim has several reports, say which of them carried the answer.
		const where = row.reports.length > 1 ? ` (${reports.map(r => `${formatDate(r.article.published)} ${outletOf(r.article.outlet)}`).join(' · ')})` : '';
		lines.push(...wrapped(`${statement.speaker ?? 'unattributed'}: ${statement.text}${where}`, width, '      R ', '        ').map(text => ({kind: 'response' as const, item, text})));
	}

	if (row.answers.length === 0) {
		lines.push({kind: 'none', item, text: `      ↳ no response in ${row.reports.length > 1 ? 'these articles' : 'this article'}`});
	}

	return lines;
}

/** Lay out the corpus for `width` columns. */
export function corpusLines(groups: readonly CorpusGroup[], width: number): CorpusLine[] {
	const lines: CorpusLine[] = [];
	let items = 0;
	for (const group of groups) {
		if (lines.length > 0) {
			lines.push({kind: 'blank', text: ''});
		}

		lines.push({kind: 'topic', text: `${group.label} (${group.rows.length} ${group.rows.length === 1 ? 'claim' : 'claims'})`});
		// A loop, not spread: a topic can hold tens of thousands of lines.
		for (const row of group.rows) for (const line of rowLines(row, items++, width)) lines.push(line);
	}

	return lines;
}

/** The claims of the corpus in screen order, each with its reports and the line it starts on (its first source line). */
export function corpusTargets(groups: readonly CorpusGroup[], lines: readonly CorpusLine[]): CorpusTarget[] {
	const rows = groups.flatMap(g => g.rows);
	const targets: CorpusTarget[] = [];
	for (const [line, l] of lines.entries()) {
		const row = l.kind === 'source' && l.report === 0 && l.item !== undefined ? rows[l.item] : undefined;
		if (row) {
			targets.push({line, reports: row.reports.map(r => ({articleId: r.article.id, claimId: r.statement.id, sentence: r.statement.sentence}))});
		}
	}

	return targets;
}
