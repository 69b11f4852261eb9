// Wrapped body lines per article, width and bracket mode, computed once and cached: a key press
// never re-wraps, and only articles actually opened are ever wrapped.
import type {Article, Entity, EntityType, Span} from '../../core/types.js';
import {kept} from './kept.js';
import {displayWidth, wrapText, type Extra} from './wrap.js';

/** The wrapped body: line spans and their start offsets (for offset → line lookups). */
export type BodyLines = {lines: Span[]; starts: number[]};

const cache = new WeakMap<Article, Map<string, BodyLines>>();

/** Columns that entity brackets add at each grapheme, when brackets are drawn. */
function bracketExtra(entities: readonly Entity[], brackets: Record<EntityType, [string, string]>): Extra | undefined {
	const opens = new Map<number, number>();
	const closes = new Map<number, number>();
	for (const e of entities) {
		const [open, close] = brackets[e.type];
		if (open || close) {
			opens.set(e.start, (opens.get(e.start) ?? 0) + displayWidth(open));
			closes.set(e.end, (closes.get(e.end) ?? 0) + displayWidth(close));
		}
	}

	return opens.size === 0 ? undefined : (start, end) => (opens.get(start) ?? 0) + (closes.get(end) ?? 0);
}

/** The body of an article wrapped to `width`, paragraphs separated by an empty line. */
export function bodyLines(article: Article, width: number, entities: readonly Entity[], brackets: Record<EntityType, [string, string]>): BodyLines {
	const extra = bracketExtra(entities, brackets);
	const key = `${width}:${extra ? 'b' : ''}`;
	return kept(cache, article, key, () => {
		const lines = wrapText(article.body, width, {gap: true, extra});
		return {lines, starts: lines.map(l => l.start)};
	});
}
