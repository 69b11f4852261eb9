// Splits one wrapped body line into styled runs: the body's own markup (Markdown headings,
// emphasis, code, links), entity type over it, then claim/response highlight and search
// matches, each run with the brackets the plain theme draws around entities.
import type {Entity, Mark, Span} from '../../core/types.js';
import type {Style, Theme} from '../theme.js';

/** A run of text with one style. */
export type Segment = {text: string; style: Style};

/** What marks a body: its markup, entities, search matches, the current match and the jumped-to sentence. */
export type Decor = {
	/** The article's display marks (Markdown), when it has any. */
	marks?: readonly Mark[];
	entities: readonly Entity[];
	matches: readonly Span[];
	current: Span | null;
	highlight: Span | null;
};

const inside = (s: Span | null, a: number, b: number): boolean => s !== null && s.start <= a && b <= s.end;

/** The styled runs of body[line.start, line.end). */
export function lineSegments(body: string, line: Span, decor: Decor, theme: Theme): Segment[] {
	const cuts = new Set([line.start, line.end]);
	const add = (s: Span) => {
		for (const at of [s.start, s.end]) {
			if (at > line.start && at < line.end) {
				cuts.add(at);
			}
		}
	};

	const entities = decor.entities.filter(e => e.start < line.end && e.end > line.start);
	const matches = decor.matches.filter(m => m.start < line.end && m.end > line.start);
	const marks = decor.marks?.filter(m => m.start < line.end && m.end > line.start) ?? [];
	for (const s of [...marks, ...entities, ...matches]) {
		add(s);
	}

	if (decor.highlight) {
		add(decor.highlight);
	}

	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		const entity = entities.find(e => e.start <= a && b <= e.end);
		let style: Style = {};
		// Outer marks come first: an inner one (a link inside strong text) goes over them.
		for (const mark of marks) if (mark.start <= a && b <= mark.end) style = {...style, ...theme.mark[mark.kind]};
		if (entity) style = {...style, ...theme.entity[entity.type]};
		if (inside(decor.highlight, a, b)) {
			style = {...style, ...theme.highlight};
		}

		if (matches.some(m => inside(m, a, b))) {
			style = {...style, ...(inside(decor.current, a, b) ? theme.currentMatch : theme.match)};
		}

		const [open, close] = entity ? theme.brackets[entity.type] : ['', ''];
		const text = (entity?.start === a ? open : '') + body.slice(a, b) + (entity?.end === b ? close : '');
		segments.push({text, style});
	}

	return segments;
}

/** The gutter for a line: C (claim), R (response) or * (both), then > on the jumped-to sentence or current match. */
export function gutter(line: Span, claims: readonly Span[], responses: readonly Span[], focus: readonly Span[]): string {
	const touches = (s: Span) => s.start < line.end && s.end > line.start;
	const claim = claims.some(s => touches(s));
	const response = responses.some(s => touches(s));
	const mark = claim && response ? '*' : (claim ? 'C' : (response ? 'R' : ' '));
	return `${mark}${focus.some(s => touches(s)) ? '>' : ' '} `;
}
