// The corpus view as wrapped lines: a heading per topic, then per claim where and when it was
// reported, the claim, and its responses (or a note that the article has none).
import type {CorpusGroup} from '../../state/corpus.js';
import type {CorpusTarget} from '../../state/view.js';
import {formatDate} from '../format.js';
import {wrapText} from './wrap.js';

/** One corpus line and how to style it. */
export type CorpusLine = {kind: 'topic' | 'source' | 'claim' | 'response' | 'none' | 'blank'; text: string; /** Which claim (in screen order) the line belongs to. */ item?: number};

const wrapped = (text: string, width: number, first: string, rest: string): string[] => {
	const flat = text.replaceAll('\n', ' ');
	return wrapText(flat, Math.max(1, width - first.length)).map((l, i) => (i === 0 ? first : rest) + flat.slice(l.start, l.end));
};

/** Lay out the corpus for `width` columns. */
export function corpusLines(groups: readonly CorpusGroup[], width: number): CorpusLine[] {
	const lines: CorpusLine[] = [];
	let items = 0;
	for (const group of groups) {
		if (lines.length > 0) {
			lines.push({kind: 'blank', text: ''});
		}

		lines.push({kind: 'topic', text: `${group.label} (${group.items.length} ${group.items.length === 1 ? 'claim' : 'claims'})`});
		for (const {article, claim, responses} of group.items) {
			const item = items++;
			lines.push({kind: 'source', item, text: `  ${formatDate(article.published)} · ${article.outlet ?? 'unknown outlet'} · ${article.title}`});
			const who = claim.speaker ?? 'unattributed';
			lines.push(...wrapped(`${who}: ${claim.text}`, width, '    C ', '      ').map(text => ({kind: 'claim' as const, item, text})));
			for (const r of responses) {
				lines.push(...wrapped(`${r.speaker ?? 'unattributed'}: ${r.text}`, width, '      R ', '        ').map(text => ({kind: 'response' as const, item, text})));
			}

			if (responses.length === 0) {
				lines.push({kind: 'none', item, text: '      ↳ no response in this article'});
			}
		}
	}

	return lines;
}

/** The claims of the corpus in screen order, each with the line it starts on (its source line). */
export function corpusTargets(groups: readonly CorpusGroup[], lines: readonly CorpusLine[]): CorpusTarget[] {
	const items = groups.flatMap(g => g.items);
	const targets: CorpusTarget[] = [];
	for (const [line, l] of lines.entries()) {
		const item = l.kind === 'source' && l.item !== undefined ? items[l.item] : undefined;
		if (item) {
			targets.push({articleId: item.article.id, claimId: item.claim.id, sentence: item.claim.sentence, line});
		}
	}

	return targets;
}
