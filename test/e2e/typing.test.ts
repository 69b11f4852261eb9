// Keys that reach the program together, in one read (typing ahead, key repeat on a busy machine,
// tmux or ssh batching), must each be obeyed, as if typed one by one.
import {after, describe, test} from 'node:test';
import {bundled, showsTitles, skipReason, startReader} from './riposte.js';
import type {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
after(() => {
	for (const session of sessions) session.close();
});

const titles = bundled.map(a => a.title);
const start = async () => {
	const session = await startReader({cols: 160, rows: 45});
	sessions.push(session);
	await session.waitFor(showsTitles(titles));
	return session;
};

describe('typing ahead', {skip: skipReason, concurrency: 1}, () => {
	test('one at a time, j moves the list cursor to the next article', async () => {
		const session = await start();
		await session.waitFor('Articles 1/5');
		await session.press('j');
		await session.waitFor('Articles 2/5');
	});

	test('two j keys arriving in one read move the list cursor two articles', async () => {
		const session = await start();
		await session.waitFor('Articles 1/5');
		session.type('jj');
		await session.waitFor('Articles 3/5', 5000);
	});

	test('tab and / arriving in one read focus the article and open the search prompt', async () => {
		const session = await start();
		session.sendKeys('Tab', '/');
		session.type('chin');
		await session.waitFor('/chin', 5000);
	});
});
