// A user opens an address: riposte fetches it from a local server, shows it, `o` hands its
// address to the browser, and on the next start (server gone) it is still in the list.
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {newsPage} from '../formats/documents.js';
import {tempFolder} from '../io/temp-folder.js';
import {serve, startServer} from '../web/server.js';
import {bundled, showsTitles, skipReason, startReader} from './riposte.js';
import {readTerminalReport} from './terminal-report.js';
import type {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
after(() => {
	for (const session of sessions) session.close();
});

/** Resolves once `file` exists (what the browser stand-in writes), or fails after `timeoutMs`. */
async function fileAppears(file: string, timeoutMs = 10_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	while (!existsSync(file)) {
		if (Date.now() > deadline) throw new Error(`${file} never appeared`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}

	return readFileSync(file, 'utf8');
}

describe('an address opened in the reader', {skip: skipReason, concurrency: 1}, () => {
	test('is fetched and shown, o opens its address, and the next start finds it offline', async () => {
		const server = await startServer({'/nato': serve('text/html; charset=utf-8', newsPage)});
		const home = tempFolder();
		const opened = path.join(home, 'opened.txt');
		const browser = path.join(home, 'browser.sh');
		writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
		chmodSync(browser, 0o755);
		const env = {XDG_DATA_HOME: path.join(home, 'data'), BROWSER: browser};
		const title = 'NATO calls China a “decisive enabler”';

		const first = await startReader({cols: 160, rows: 45}, [`${server.base}/nato`], env);
		sessions.push(first);
		const screen = await first.waitFor(new RegExp(`${title}[\\s\\S]*WASHINGTON`));
		assert.match(screen, /o https:\/\/wire\.example\/2024\/07\/nato-china/, 'the side pane shows the address');
		first.sendKeys('o');
		await first.waitFor('Opening https://wire.example/2024/07/nato-china in the browser');
		assert.equal(await fileAppears(opened), 'https://wire.example/2024/07/nato-china');
		first.sendKeys('q');
		assert.equal((await readTerminalReport(first)).exitCode, 0);

		await server.close();
		const second = await startReader({cols: 160, rows: 45}, [], env);
		sessions.push(second);
		await second.waitFor(showsTitles([...bundled.map(article => article.title), title]));
	});
});
