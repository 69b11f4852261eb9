// Across starts, through the real program in a real terminal (tmux): a second start draws the list
// it ended with last time, then checks the files, so a title changed and a file deleted in
// between are put right on screen; a first start on many files ends with all of them listed.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {skipReason, startReader} from '../e2e/riposte.js';
import {readTerminalReport} from '../e2e/terminal-report.js';
import type {TmuxSession} from '../e2e/tmux.js';
import {tempFolder} from '../io/temp-folder.js';

const sessions: TmuxSession[] = [];
after(() => {
	for (const session of sessions) session.close();
});

const article = (title: string, date: string) => `---\ntitle: ${title}\noutlet: Wire\npublished: ${date}\n---\nThe text of ${title}, which China's foreign ministry answered.\n`;

/** Runs the reader on `folder` until `ready` shows, quits, and checks it ended well; returns the last screen. */
async function session(folder: string, env: Record<string, string>, ready: (screen: string) => boolean): Promise<string> {
	const reader = await startReader({cols: 140, rows: 30}, [folder], env);
	sessions.push(reader);
	const screen = await reader.waitFor(ready);
	await reader.press('q');
	const report = await readTerminalReport(reader);
	assert.equal(report.exitCode, 0, report.screen);
	return screen;
}

describe('the list across starts', {skip: skipReason, concurrency: 1}, () => {
	const home = tempFolder();
	const env = {RIPOSTE_STATE_DIR: path.join(home, 'state'), RIPOSTE_CACHE_DIR: path.join(home, 'cache')};

	test('a title changed and a file deleted between two starts are put right on screen by the check', async () => {
		const folder = tempFolder({
			'one.md': article('First story', '2024-03-01'),
			'two.md': article('Second story', '2024-02-01'),
			'three.md': article('Third story', '2024-01-01'),
		});
		await session(folder, env, screen => screen.includes('Articles 1/3'));
		assert.equal(readdirSync(env.RIPOSTE_CACHE_DIR).filter(name => name.startsWith('list-')).length, 1, 'the list was kept');
		writeFileSync(path.join(folder, 'two.md'), article('Second story, revised', '2024-02-01'));
		utimesSync(path.join(folder, 'two.md'), 2_000_000_000, 2_000_000_000);
		rmSync(path.join(folder, 'three.md'));
		const screen = await session(folder, env, now => now.includes('Articles 1/2') && now.includes('Second story, revised'));
		assert.doesNotMatch(screen, /Third story/);
	});

	test('a first start on 2,000 files ends with every one listed and the newest open', async () => {
		const files = Object.fromEntries(Array.from({length: 2000}, (_, index) => [`n${String(index).padStart(4, '0')}.md`, article(`Story ${index}`, `20${10 + (index % 15)}-01-${String(1 + (index % 28)).padStart(2, '0')}`)]));
		const folder = tempFolder(files);
		const fresh = tempFolder();
		const cacheEnv = {RIPOSTE_STATE_DIR: path.join(fresh, 'state'), RIPOSTE_CACHE_DIR: path.join(fresh, 'cache')};
		// The newest date is 2024-01-28, held by the story numbers ≡ 14 (mod 15) and ≡ 27 (mod 28).
		const screen = await session(folder, cacheEnv, now => /Articles 1\/2000 /.test(now) && now.includes('The text of Story'));
		assert.match(screen, /› • Story \d+/);
		assert.match(screen, /28 Jan 2024/);
		assert.doesNotMatch(screen, /reading \d+%/);
		assert.ok(existsSync(path.join(cacheEnv.RIPOSTE_CACHE_DIR, 'heads.tsv')));
	});
});
