// The corpus view in a real terminal: `c` from the first screen shows every claim of the bundled
// articles by topic (one row for a claim several outlets reported, so fewer rows than reports), `/` filters
// the topics as you type, and `esc` closes it back to the list.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {topicLabel} from '../../source/core/lexicon/topics.js';
import {corpusCounts, corpusGroups, filterGroups} from '../../source/state/corpus.js';
import {showsTitles, skipReason, useReaderSessions} from './riposte.js';

const {analysed, titles, start} = useReaderSessions();

describe('the corpus view', {skip: skipReason, concurrency: 1}, () => {
	test('at 200×50: c shows the claims of every article by topic, / filters the topics, esc goes back', async () => {
		const {session} = await start({cols: 200, rows: 50});
		const byId = new Map(analysed.map(a => [a.article.id, a.analysis]));
		const groups = corpusGroups(analysed.map(a => a.article), id => byId.get(id)!, topicLabel);
		const {claims, reports, topics} = corpusCounts(groups);
		assert.ok(claims < reports, 'the bundled articles report some claims more than once');

		await session.press('c');
		const header = `${claims} claims (${reports} reports) in ${topics} topics`;
		const screen = await session.waitFor(s => s.includes(header));
		// The first topic's label is on screen.
		assert.ok(screen.includes(groups[0]!.label), `no topic "${groups[0]!.label}":\n${screen}`);

		// Filtering by the first topic's first word keeps that topic and says how many claims remain.
		const word = groups[0]!.label.split(/\s+/)[0]!.toLowerCase();
		await session.press('/');
		await session.waitFor(s => s.includes('Topics matching:'));
		session.type(word);
		await session.press('Enter');
		const kept = corpusCounts(filterGroups(groups, word));
		await session.waitFor(s => s.includes(`topics matching “${word}”`) && s.includes(`${kept.claims} claims (${kept.reports} reports)`));

		// esc clears the filter, esc again closes the view: the list is back.
		await session.press('Escape');
		await session.press('Escape');
		await session.waitFor(s => showsTitles(titles)(s) && !s.includes('Corpus'));
	});
});
