// A malformed analysis in the cache folder (a hand edit, a disk error) used to crash the reader
// with a TypeError at every start. Now the entry is named on the notice line, dropped, and the
// article analysed again; the next start reads the rebuilt entry without a word.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {bundled, showsTitles, skipReason, startReader} from './riposte.js';
import {readTerminalReport} from './terminal-report.js';
import type {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
const folders: string[] = [];
after(() => {
	for (const session of sessions) session.close();
	for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

const temporary = (prefix: string) => {
	const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
	folders.push(folder);
	return folder;
};

/** Every cached analysis file under the cache folder. */
const analyses = (cache: string) => readdirSync(cache).filter(name => name.startsWith('analysis-')).flatMap(folder => readdirSync(path.join(cache, folder)).map(name => path.join(cache, folder, name)));

describe('a malformed analysis cache entry', {skip: skipReason, concurrency: 1}, () => {
	for (const [what, breakIt] of [
		['"entities":[null]', (data: Record<string, unknown>) => ({...data, entities: [null]})],
		['"pairs":[null]', (data: Record<string, unknown>) => ({...data, pairs: [null]})],
		['"responses":[{}]', (data: Record<string, unknown>) => ({...data, responses: [{}]})],
	] as const) {
		test(`${what} is named, dropped and rebuilt; the article opens`, async () => {
			const folder = temporary('riposte-e2e-cache-articles-');
			const article = bundled[0]!;
			copyFileSync(article.file, path.join(folder, path.basename(article.file)));
			const cache = temporary('riposte-e2e-cache-');
			const env = {RIPOSTE_CACHE_DIR: cache};
			const first = await startReader({cols: 140, rows: 40}, [folder], env);
			sessions.push(first);
			await first.waitFor(showsTitles([article.title]));
			// The open article's analysis is written once it is shown.
			await first.waitFor(/claims?/);
			first.sendKeys('q');
			assert.equal((await readTerminalReport(first)).exitCode, 0);
			const files = analyses(cache);
			assert.ok(files.length > 0, 'the first start cached its analysis');
			for (const file of files) writeFileSync(file, JSON.stringify(breakIt(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)));

			const second = await startReader({cols: 140, rows: 40}, [folder], env);
			sessions.push(second);
			const screen = await second.waitFor('corrupt cached analysis');
			assert.ok(screen.includes(article.title.slice(0, 14)), screen);
			assert.doesNotMatch(screen, /TypeError/);
			second.sendKeys('q');
			const report = await readTerminalReport(second);
			assert.equal(report.exitCode, 0, report.screen);
			assert.doesNotMatch(report.screen, /TypeError|at .*cli\.js/);
			for (const file of analyses(cache)) assert.ok(Array.isArray((JSON.parse(readFileSync(file, 'utf8')) as {entities: unknown[]}).entities.filter(Boolean)));
		});
	}
});
