// The side pane as plain lines: each claim (speaker, wrapped text) with its paired responses
// below it, or a note that the article has none. Built once per entries and width, and kept.
import type {Claim, Response} from '../../core/types.js';
import type {SideEntry} from '../../state/selectors.js';
import {kept} from './kept.js';
import {truncate, wrapText} from './wrap.js';

/** One row of the side pane and the statement it belongs to. */
export type SideLine = {
	kind: 'claim' | 'response' | 'text' | 'none' | 'blank';
	text: string;
	entry: number;
	response: number | null;
};

const speakerOf = (s: Claim | Response): string =>
	(s.speaker ?? 'unattributed') + (s.role ? ` (${s.role})` : '');

const wrapped = (text: string, width: number, indent: string): string[] =>
	wrapText(text.replaceAll('\n', ' '), Math.max(1, width - indent.length)).map(l => indent + text.slice(l.start, l.end));

// Laid-out lines per entries and width: going back to an article (same entries) re-wraps nothing.
const cache = new WeakMap<readonly SideEntry[], Map<number, SideLine[]>>();

/** Lay out side entries for a pane `width` columns wide: the best response in full, others on one line each. */
export function sideLines(entries: readonly SideEntry[], width: number): SideLine[] {
	return kept(cache, entries, width, () => layout(entries, width));
}

function layout(entries: readonly SideEntry[], width: number): SideLine[] {
	const lines: SideLine[] = [];
	for (const [entry, e] of entries.entries()) {
		if (entry > 0) {
			lines.push({kind: 'blank', text: '', entry, response: null});
		}

		if (e.claim) {
			lines.push({kind: 'claim', text: `C ${speakerOf(e.claim)}`, entry, response: null});
			for (const text of wrapped(e.claim.text, width, '    ')) {
				lines.push({kind: 'text', text, entry, response: null});
			}

			if (e.responses.length === 0) {
				lines.push({kind: 'none', text: '    ↳ no response in this article', entry, response: null});
			}
		}

		for (const [response, r] of e.responses.entries()) {
			const indent = e.claim ? '  ' : '';
			if (response > 0) {
				// Further answers to the same claim take one line each, so every claim stays in reach.
				lines.push({kind: 'response', text: truncate(`${indent}R ${speakerOf(r)}: ${r.text.replaceAll('\n', ' ')}`, width), entry, response});
				continue;
			}

			lines.push({kind: 'response', text: `${indent}R ${speakerOf(r)}`, entry, response});
			for (const text of wrapped(r.text, width, `${indent}    `)) {
				lines.push({kind: 'text', text, entry, response});
			}
		}
	}

	return lines;
}

/** Index of the head line of the selected statement (0 when absent). */
export function selectedLine(lines: readonly SideLine[], entry: number, response: number | null): number {
	const index = lines.findIndex(l => (l.kind === 'claim' || l.kind === 'response') && l.entry === entry
		&& (l.response === response || (response === null && l.kind === 'response' && l.response === 0)));
	return Math.max(0, index);
}
