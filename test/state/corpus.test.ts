import assert from 'node:assert/strict';
import {test} from 'node:test';
import {corpusCounts, corpusGroups, filterGroups} from '../../source/state/corpus.js';
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
	assert.deepEqual(groups.map(group => [group.label, group.rows.length]), [['dual-use', 1], ['support', 1], ['weapons', 1]]);
	assert.deepEqual(corpusCounts(groups), {claims: 2, reports: 2, topics: 3});
});

test('the topic filter keeps the groups whose label holds the typed text, in any case', () => {
	const groups = corpusGroups([article], () => analysis, topic => topic);
	assert.deepEqual(filterGroups(groups, 'PO').map(g => g.label), ['support', 'weapons']);
	assert.deepEqual(filterGroups(groups, 'zzz'), []);
	assert.equal(filterGroups(groups, ' '), groups);
});

test('many articles reporting one claim: one row per week-apart date, each with its articles oldest first', () => {
	// 2000 articles, the same NATO claim, dated on 15 New Year's Days years apart: 15 claims of 2000 reports.
	const articles = Array.from({length: 2000}, (_, i) => makeArticle(`n${i}`, {body, published: `20${10 + (i % 15)}-01-01`}));
	const started = Date.now();
	const groups = corpusGroups(articles, id => makeAnalysis(articles.find(a => a.id === id) ?? article, {claims: [{id: 'c1', text: 'China sends chips.', speaker: 'NATO', topics: ['dual-use']}]}), topic => topic);
	assert.equal(groups.length, 1);
	const firsts = groups[0]!.rows.map(row => row.reports[0]!.article.published ?? '');
	assert.deepEqual(firsts, [...firsts].sort());
	assert.ok(groups[0]!.rows.every(row => row.reports.every(r => r.article.published === row.reports[0]!.article.published)));
	assert.deepEqual(corpusCounts(groups), {claims: 15, reports: 2000, topics: 1});
	assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('one article never gives a row two reports, and a claim no other article reports is a row of its own', () => {
	const twice = makeArticle('t', {body: 'China sends chips to Russia.\nChina sends chips to Russia again.'});
	const other = makeArticle('o', {body: 'China sends chips to Russia.'});
	const analyses = new Map([
		['t', makeAnalysis(twice, {claims: [{id: 'c1', text: 'China sends chips to Russia.', speaker: 'NATO'}, {id: 'c2', text: 'China sends chips to Russia again.', speaker: 'NATO'}]})],
		['o', makeAnalysis(other, {claims: [{id: 'c1', text: 'China sends chips to Russia.', speaker: 'NATO'}]})],
	]);
	const groups = corpusGroups([twice, other], id => analyses.get(id)!, topic => topic);
	assert.deepEqual(groups[0]!.rows.map(row => row.reports.map(r => `${r.article.id}/${r.statement.id}`)), [['o/c1', 't/c1'], ['t/c2']]);
});
