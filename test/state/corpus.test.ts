import assert from 'node:assert/strict';
import {test} from 'node:test';
import {corpusCounts, corpusGroups} from '../../source/state/corpus.js';
import {makeAnalysis, makeArticle} from './fixture.js';

const body = 'China supplies drones. China sends chips.';
const article = makeArticle('a', {body});
const analysis = makeAnalysis(article, {
	claims: [
		{id: 'c1', text: 'China supplies drones.', speaker: 'NATO', topics: ['weapons', 'support']},
		{id: 'c2', text: 'China sends chips.', speaker: 'NATO', topics: ['dual-use']},
	],
});

test('a claim with two topics is listed under both but counted once', () => {
	const groups = corpusGroups([article], () => analysis, topic => topic);
	assert.deepEqual(groups.map(group => [group.label, group.items.length]), [['dual-use', 1], ['support', 1], ['weapons', 1]]);
	assert.deepEqual(corpusCounts(groups), {claims: 2, topics: 3});
});

test('many articles on one topic are grouped in date order', () => {
	const articles = Array.from({length: 2000}, (_, i) => makeArticle(`n${i}`, {body, published: `20${10 + (i % 15)}-01-01`}));
	const groups = corpusGroups(articles, id => makeAnalysis(articles.find(a => a.id === id) ?? article, {claims: [{id: 'c1', text: 'China sends chips.', speaker: 'NATO', topics: ['dual-use']}]}), topic => topic);
	assert.equal(groups.length, 1);
	const dates = groups[0]!.items.map(item => item.article.published ?? '');
	assert.deepEqual(dates, [...dates].sort());
	assert.deepEqual(corpusCounts(groups), {claims: 2000, topics: 1});
});
