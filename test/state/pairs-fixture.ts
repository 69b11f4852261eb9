// Hand-made test data (not app code) for the pair view: one response answering three claims best,
// a claim whose only pair scores under the analysis's bar, a lesser answer and a general denial.
import {minimumScore} from '../../source/core/dispute/pair.js';
import type {Analysis, Article} from '../../source/core/types.js';
import {makeAnalysis, makeArticle} from './fixture.js';

/** Four claims, three responses: r1 best answers c1, c2 and c4; c3 pairs only under the bar; r2 is a lesser answer to c2; r3 answers nothing. */
export function groupedArticle(id = 'grouped'): {article: Article; analysis: Analysis} {
	const body = [
		'Jens Stoltenberg said China is a decisive enabler of the war.',
		'NATO said Beijing supplies drone parts to Moscow.',
		'Lin Jian said the accusations are groundless smears.',
		'Joe Biden said China ships machine tools to Russia.',
		'Mao Ning said China never sells lethal weapons.',
		'Antony Blinken said Chinese firms help the Russian army.',
		'The embassy said China stands for peace talks.',
	].join('\n');
	const article = makeArticle(id, {body, title: 'Grouped pairs'});
	const analysis = makeAnalysis(article, {
		claims: [
			{id: 'c1', text: 'China is a decisive enabler of the war', speaker: 'Jens Stoltenberg'},
			{id: 'c2', text: 'Beijing supplies drone parts to Moscow', speaker: 'NATO'},
			{id: 'c3', text: 'China ships machine tools to Russia', speaker: 'Joe Biden'},
			{id: 'c4', text: 'Chinese firms help the Russian army', speaker: 'Antony Blinken'},
		],
		responses: [
			{id: 'r1', text: 'the accusations are groundless smears', speaker: 'Lin Jian'},
			{id: 'r2', text: 'China never sells lethal weapons', speaker: 'Mao Ning'},
			{id: 'r3', text: 'China stands for peace talks', speaker: 'China'},
		],
	});
	const pair = (claim: string, response: string, score: number, why: string[]) => ({claim, response, score, why});
	analysis.pairs = [
		pair('c1', 'r1', 0.6, ['denies or rejects', 'refers back to the accusations', '2 sentences away']),
		pair('c2', 'r1', 0.5, ['refers back to the accusations', '1 sentence away']),
		pair('c2', 'r2', 0.3, ['pushes back', '3 sentences away']),
		pair('c3', 'r2', minimumScore - 0.01, ['1 sentence away']),
		pair('c4', 'r1', 0.4, ['refers back to the accusations', '3 sentences away']),
	];
	return {article, analysis};
}
