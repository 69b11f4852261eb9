// The reader's position survives a restart, through the real program in a real terminal (tmux,
// the e2e harness): quit on an article, start again, and that article is the one open. A
// corrupt state file is named in the reader's notice and replaced on the next save.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadArticles} from '../../source/io/load-articles.js';
import {bundled, showsTitles, skipReason, startReader} from '../e2e/riposte.js';
import {readTerminalReport} from '../e2e/terminal-report.js';
import type {TmuxSession} from '../e2e/tmux.js';
import {tempFolder} from '../io/temp-folder.js';

const sessions: TmuxSession[] = [];
after(() => {
	for (const session of sessions) session.close();
});

const titles = bundled.map(article => article.title);

/** Runs the reader with its own state and cache folders, presses keys, quits, and returns the saved state. */
async function session(env: Record<string, string>, keys: string[]): Promise<{screen: string; saved: unknown}> {
	const reader = await startReader({cols: 140, rows: 40}, [], env);
	sessions.push(reader);
	const screen = await reader.waitFor(showsTitles(titles));
	await reader.press(...keys, 'q');
	const report = await readTerminalReport(reader);
	assert.equal(report.exitCode, 0, report.screen);
	return {screen, saved: JSON.parse(readFileSync(path.join(env['RIPOSTE_STATE_DIR']!, 'state.json'), 'utf8'))};
}

describe('the reading position', {skip: skipReason, concurrency: 1}, () => {
	const home = tempFolder();
	const env = {RIPOSTE_STATE_DIR: path.join(home, 'state'), RIPOSTE_CACHE_DIR: path.join(home, 'cache')};

	test('is saved on quit and restored on the next start', async () => {
		const {articles} = await loadArticles([]);
		const second = articles[1]!.id;
		const first = await session(env, ['j', 'Enter']);
		assert.deepEqual(first.saved, {articleId: second, scroll: 0});
		// Quitting at once saves what was open at the start: the restored article.
		const again = await session(env, []);
		assert.deepEqual(again.saved, {articleId: second, scroll: 0});
	});

	test('a corrupt state file is named in the notice and replaced', async () => {
		writeFileSync(path.join(env.RIPOSTE_STATE_DIR, 'state.json'), '{"articleId": tru');
		const {screen, saved} = await session(env, []);
		assert.match(screen, /state\.json/);
		assert.equal(typeof (saved as {articleId?: unknown}).articleId, 'string');
	});

	test('a position that cannot be saved is said on quitting, not lost without a word', async () => {
		const blocked = tempFolder({'file': 'x'});
		// A folder under a regular file can never be made, even by root: every save fails.
		const reader = await startReader({cols: 140, rows: 40}, [], {RIPOSTE_STATE_DIR: path.join(blocked, 'file', 'state'), RIPOSTE_CACHE_DIR: path.join(home, 'cache')});
		sessions.push(reader);
		await reader.waitFor(showsTitles(titles));
		await reader.press('j', 'Enter', 'q');
		const report = await readTerminalReport(reader);
		assert.equal(report.exitCode, 0, report.screen);
		assert.match(report.screen.replaceAll('\n', ''), /could not save the reading position in .*state\.json/);
	});
});
