// The corpus view's model: every claim across the loaded articles, grouped by topic and in date
// order, each with its paired responses and where it was reported. Built only when asked for.
import {compareText} from '../core/article-order.js';
import type {Analysis, Article, Claim, Response} from '../core/types.js';
import {sideEntries} from './selectors.js';

/** One claim as reported by one article. */
export type CorpusItem = {article: Article; claim: Claim; responses: Response[]};

/** All claims on one topic, oldest first. */
export type CorpusGroup = {topic: string; label: string; items: CorpusItem[]};

/** Label used for claims the core gave no topic. */
export const noTopic = 'Other claims';

const byDate = (a: CorpusItem, b: CorpusItem): number => {
	const x = a.article.published ?? '9999';
	const y = b.article.published ?? '9999';
	return x === y ? compareText(a.article.title, b.article.title) || a.claim.start - b.claim.start : (x < y ? -1 : 1);
};

/** Group every claim by topic (a claim with several topics appears under each), groups in label order. */
export function corpusGroups(articles: readonly Article[], analysisOf: (id: string) => Analysis, label: (topic: string) => string): CorpusGroup[] {
	const groups = new Map<string, CorpusItem[]>();
	for (const article of articles) {
		for (const entry of sideEntries(analysisOf(article.id))) {
			if (!entry.claim) {
				continue;
			}

			const item = {article, claim: entry.claim, responses: entry.responses};
			for (const topic of entry.claim.topics.length > 0 ? entry.claim.topics : ['']) {
				// Push, not spread: a topic can gather tens of thousands of claims in a large corpus.
				const list = groups.get(topic);
				if (list) {
					list.push(item);
				} else {
					groups.set(topic, [item]);
				}
			}
		}
	}

	return [...groups.entries()]
		.map(([topic, items]) => ({topic, label: topic === '' ? noTopic : label(topic), items: items.sort(byDate)}))
		.sort((a, b) => (a.topic === '' ? 1 : (b.topic === '' ? -1 : compareText(a.label, b.label))));
}

/** How many distinct claims and topics the groups hold (a claim with several topics counts once). */
export function corpusCounts(groups: readonly CorpusGroup[]): {claims: number; topics: number} {
	const claims = new Set<Claim>();
	for (const group of groups) {
		for (const item of group.items) {
			claims.add(item.claim);
		}
	}

	return {claims: claims.size, topics: groups.length};
}
