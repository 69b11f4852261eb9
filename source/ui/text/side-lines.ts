// The pair view as plain lines, in the order of pair-rows.ts: each answer drawn once under the
// claims it answers best ("answers claims 2, 5, 7"), each claim naming its answer by number and
// the reason they pair; unanswered claims say so; the rest under "Other responses" and "General
// responses". Stacked in one column, or side by side (claims left, answers right) from
// `sideBySideWidth` columns. Built once per entries, width and date, and kept.
import type {Claim, Response} from '../../core/types.js';
import {pairRows, type PairRow} from '../../state/pair-rows.js';
import {selectedStatement, type SideEntry} from '../../state/side-entries.js';
import type {SideSelection} from '../../state/state.js';
import {kept} from './kept.js';
import {reasonOf} from './reason.js';
import {wrapText} from './wrap.js';

/** Content columns from which claims and their answers stand side by side. */
export const sideBySideWidth = 90;

/** What a cell shows, for styling. */
export type CellKind = 'claim' | 'response' | 'text' | 'none' | 'why' | 'heading' | 'blank' | 'divider';

/** Part of a line: `width` columns including the two-column marker; `head` keys the statement it heads ('c:id' or 'r:id'). */
export type Cell = {kind: CellKind; text: string; head: string | null; width: number};

/** One row of the pane: one cell, or a claim cell, a divider and an answer cell. */
export type SideLine = {cells: Cell[]};

/** The key of a claim's or a response's head line. */
export const headKey = (kind: 'claim' | 'response', id: string): string => `${kind === 'claim' ? 'c' : 'r'}:${id}`;

const speakerOf = (s: Claim | Response): string => (s.speaker ?? 'unattributed') + (s.role ? ` (${s.role})` : '');

/** "claim 2", "claims 2, 5, 7", runs of three or more as ranges: "claims 1–5, 8". */
export function claimList(numbers: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < numbers.length;) {
		let j = i;
		while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
		if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
		else parts.push(...numbers.slice(i, j + 1).map(String));
		i = j + 1;
	}

	return `${numbers.length === 1 ? 'claim' : 'claims'} ${parts.join(', ')}`;
}

const wrapped = (text: string, width: number, indent: string): string[] => {
	const flat = text.replaceAll('\n', ' ');
	return wrapText(flat, Math.max(1, width - indent.length)).map(l => indent + flat.slice(l.start, l.end));
};

/** A column of cells `width` wide (marker included). */
type Column = Cell[];
const cell = (kind: CellKind, text: string, width: number, head: string | null = null): Cell => ({kind, text, head, width});
const textCells = (text: string, width: number, indent: string): Column => wrapped(text, width - 2, indent).map(t => cell('text', t, width));

function claimColumn(e: SideEntry, width: number, date: string | null): Column {
	const claim = e.claim!;
	return [cell('claim', `C${e.number} ${speakerOf(claim)}${date ? ` · ${date}` : ''}`, width, headKey('claim', claim.id)), ...textCells(claim.text, width, '    ')];
}

// The answer's head names its speaker; what it answers follows, wrapped, so no claim number is cut off.
function answerColumn(response: Response, number: number, label: string, width: number): Column {
	const what = wrapped(label, width - 2, '    ').map(t => cell('why', t, width));
	return [cell('response', `R${number} ${speakerOf(response)}`, width, headKey('response', response.id)), ...what, ...textCells(response.text, width, '    ')];
}

// The reason under a claim, wrapped (a reason cut mid-word says less than none).
const whyCells = (e: SideEntry, width: number, full: boolean): Column => {
	const text = `↳ ${full ? `C${e.number} ⇄ ` : ''}R${e.responseNumbers[0] ?? ''}: ${reasonOf(e.why)}`;
	return wrapped(text, width - 2, '      ').map((t, i) => cell('why', i === 0 ? `    ${t.trimStart()}` : t, width));
};

/** Lay out side entries for `width` content columns (the marker included), optionally with the article's date on each claim. */
export function sideLines(entries: readonly SideEntry[], width: number, date: string | null = null): SideLine[] {
	return kept(cache, entries, `${width}\t${date ?? ''}`, () => layout(entries, width, date));
}

const cache = new WeakMap<readonly SideEntry[], Map<string, SideLine[]>>();

function layout(entries: readonly SideEntry[], width: number, date: string | null): SideLine[] {
	const wide = width >= sideBySideWidth;
	const lines: SideLine[] = [];
	const one = (c: Cell) => lines.push({cells: [c]});
	const rows = pairRows(entries);
	let section: string | null = null;
	for (const row of rows) {
		if (lines.length > 0) one(cell('blank', '', width));
		if (row.kind === 'loose') {
			const e = entries[row.entry]!;
			const heading = e.also.length > 0 ? 'Other responses' : 'General responses';
			if (section !== heading) {
				section = heading;
				one(cell('heading', heading, width));
			}

			const r = e.responses[0]!;
			for (const c of answerColumn(r, e.number, e.also.length > 0 ? `also answers ${claimList(e.also)}` : 'answers no claim in particular', width)) one(c);
			continue;
		}

		if (wide) sideBySide(lines, entries, row, width, date);
		else stacked(lines, entries, row, width);
	}

	return lines;
}

function stacked(lines: SideLine[], entries: readonly SideEntry[], row: Exclude<PairRow, {kind: 'loose'}>, width: number): void {
	const push = (column: Column) => {
		for (const c of column) lines.push({cells: [c]});
	};

	if (row.kind === 'unanswered') {
		const e = entries[row.claim]!;
		push([...claimColumn(e, width, null), cell('none', '    ↳ no answer in this article', width)]);
		return;
	}

	const claims = row.claims.map(i => entries[i]!);
	for (const e of claims) push([...claimColumn(e, width, null), ...whyCells(e, width, false)]);
	push(answerColumn(row.response, row.number, `answers ${claimList(claims.map(e => e.number))}`, width));
}

function sideBySide(lines: SideLine[], entries: readonly SideEntry[], row: Exclude<PairRow, {kind: 'loose'}>, width: number, date: string | null): void {
	const left = Math.floor((width - 3) / 2);
	const right = width - 3 - left;
	const claims = (row.kind === 'unanswered' ? [row.claim] : row.claims).map(i => entries[i]!);
	const leftColumn = claims.flatMap(e => claimColumn(e, left, date));
	const rightColumn = row.kind === 'unanswered'
		? [cell('none', 'no answer in this article', right)]
		: answerColumn(row.response, row.number, `answers ${claimList(claims.map(e => e.number))}`, right);
	for (let i = 0; i < Math.max(leftColumn.length, rightColumn.length); i++) {
		lines.push({cells: [leftColumn[i] ?? cell('blank', '', left), cell('divider', ' │ ', 3), rightColumn[i] ?? cell('blank', '', right)]});
	}

	if (row.kind === 'group') {
		for (const c of claims.flatMap(e => whyCells(e, width, true))) lines.push({cells: [c]});
	}
}

/** Index of the line holding the selected statement's head (0 when absent). */
export function selectedLine(lines: readonly SideLine[], head: string | null): number {
	return head === null ? 0 : Math.max(0, lines.findIndex(l => l.cells.some(c => c.head === head)));
}

/** The head key of the selected statement, or null when the selection points at nothing. */
export function selectedHead(entries: readonly SideEntry[], selection: SideSelection): string | null {
	const statement = selectedStatement(entries, selection.entry, selection.response);
	if (!statement) return null;
	return headKey(selection.response === null && entries[selection.entry]?.claim ? 'claim' : 'response', statement.id);
}
