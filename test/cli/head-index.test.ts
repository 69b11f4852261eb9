// The reader lists from article heads and keeps them in a head index in the cache folder; bodies
// are read when opened. Through the real program in a real terminal (tmux, the e2e harness): the
// index is written, and a file deleted after start-up gives a notice in its place, not a crash.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, readFileSync, rmSync} from 'node:fs';
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

describe('the head index and lazily read bodies', {skip: skipReason, concurrency: 1}, () => {
	const folder = tempFolder();
	for (const article of bundled.slice(0, 3)) copyFileSync(article.file, path.join(folder, path.basename(article.file)));
	const home = tempFolder();
	const env = {RIPOSTE_STATE_DIR: path.join(home, 'state'), RIPOSTE_CACHE_DIR: path.join(home, 'cache')};
	const titles = bundled.slice(0, 3).map(article => article.title);

	test('the first start writes every listed file into heads.tsv in the cache folder', async () => {
		const reader = await startReader({cols: 140, rows: 40}, [folder], env);
		sessions.push(reader);
		await reader.waitFor(showsTitles(titles));
		await reader.press('q');
		assert.equal((await readTerminalReport(reader)).exitCode, 0);
		// One line a file after the header: path, size, mtime, h (a head), title, …
		const lines = readFileSync(path.join(env.RIPOSTE_CACHE_DIR, 'heads.tsv'), 'utf8').split('\n').slice(1, -1);
		const listed = lines.map(line => line.split('\t')).map(([file, , , , title]) => [path.basename(file!), title]);
		assert.deepEqual(listed.sort(), bundled.slice(0, 3).map(article => [path.basename(article.file), article.title]).sort());
	});

	test('an article deleted after start-up opens as a notice, and the problem is printed after quitting', async () => {
		const {articles} = await loadArticles([folder]);
		const second = articles[1]!;
		// A fresh cache: no list from the last start, so the list on screen is the checked one (a file
		// deleted while a list from the last start is being checked leaves the list; reader-library tests that).
		const fresh = tempFolder();
		const reader = await startReader({cols: 140, rows: 40}, [folder], {RIPOSTE_STATE_DIR: path.join(fresh, 'state'), RIPOSTE_CACHE_DIR: path.join(fresh, 'cache')});
		sessions.push(reader);
		await reader.waitFor(showsTitles(titles));
		rmSync(second.path);
		await reader.press('j', 'Enter');
		await reader.waitFor('could not be read');
		await reader.press('q');
		const report = await readTerminalReport(reader);
		// A file that could not be read: status 1, as in export (README, Exit status).
		assert.equal(report.exitCode, 1, report.screen);
		assert.match(report.screen.replaceAll('\n', ''), new RegExp(`skipped .*${path.basename(second.path)}: does not exist`));
	});
});
