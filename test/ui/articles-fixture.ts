// Test data (not app code): three small articles for the reader's component tests.
import type {Analysis, Article} from '../../source/core/types.js';
import {makeAnalysis, makeArticle, sampleArticle} from '../state/fixture.js';

/** Two sample articles with claims and one without, in no particular order. */
export function threeArticles(): {articles: Article[]; analyses: Analysis[]} {
	const a = sampleArticle('a1', '2024-07-10');
	const b = sampleArticle('b2', '2023-02-21');
	const c = makeArticle('c3', {
		title: 'Drills near Moscow',
		outlet: 'Other Outlet',
		published: '2022-03-24',
		body: 'Troops trained near Moscow in March.\nNo one said anything about China.',
	});
	const cAnalysis = makeAnalysis(c, {entities: [['Moscow', 'place'], ['March', 'date']]});
	return {articles: [b.article, c, a.article], analyses: [a.analysis, b.analysis, cAnalysis]};
}

/** The lines of a frame that contain a text. */
export const linesWith = (frame: string, text: string): string[] => frame.split('\n').filter(line => line.includes(text));
