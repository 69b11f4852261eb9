// A folder mixing good articles with hostile and broken files: the good ones open, a notice
// names the bad ones, and nothing in any file reaches the terminal as a control sequence.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {bundled, showsTitles, skipReason, startReader, titleProbe} from './riposte.js';
import {readTerminalReport} from './terminal-report.js';
import type {TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
let folder = '';
const good = bundled.slice(0, 2);
const broken = ['empty.md', 'binary.md', 'unclosed-front-matter.md'];
const hostileTitle = 'Hostile title';

before(() => {
	folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-e2e-hostile-'));
	for (const article of good) copyFileSync(article.file, path.join(folder, path.basename(article.file)));
	// OSC 0 would retitle the terminal; ED 2 would wipe the screen.
	writeFileSync(path.join(folder, 'escapes.md'), [
		'---',
		`title: "${hostileTitle} \u001B]0;pwned\u0007 with \u001B[2J a clear"`,
		'outlet: "Nowhere"',
		'published: 2024-01-02',
		'---',
		'NATO said China must stop. \u001B]0;pwned\u0007 The body \u001B[2J goes on \u001B[31m in red.',
		'',
	].join('\n'));
	writeFileSync(path.join(folder, 'empty.md'), '');
	writeFileSync(path.join(folder, 'binary.md'), Buffer.from(Array.from({length: 4096}, (_, i) => (i * 73 + 11) % 256)));
	writeFileSync(path.join(folder, 'unclosed-front-matter.md'), '---\ntitle: "Never closed"\noutlet: Somewhere\nThe fence above is never closed.\n');
});

after(() => {
	for (const session of sessions) session.close();
	rmSync(folder, {recursive: true, force: true});
});

describe('a folder of good and hostile files', {skip: skipReason, concurrency: 1}, () => {
	test('opens the good articles, names the bad files, and the terminal title is untouched', async () => {
		const session = await startReader({cols: 160, rows: 45}, [folder]);
		sessions.push(session);
		// The list can show before the last file is read, so the wait is for the titles and the notice.
		const titled = showsTitles([...good.map(a => a.title), hostileTitle]);
		const screen = await session.waitFor(text => titled(text) && broken.every(name => text.includes(name)));
		for (const name of broken) assert.ok(screen.includes(name), `the notice should name ${name}:\n${screen}`);
		// The escape is shown inertly (as ^[ …), never obeyed.
		assert.equal(session.info('#{pane_title}'), 'e2e-sentinel');
		assert.doesNotMatch(session.info('#{pane_title}'), /pwned/);
		// Opening the hostile article itself must not obey its body either.
		const rows = screen.split('\n');
		const hostileRow = rows.findIndex(line => line.includes(titleProbe(hostileTitle)));
		const firstRow = Math.min(...good.map(a => rows.findIndex(line => line.includes(titleProbe(a.title)))), hostileRow);
		const moves = rows.slice(firstRow, hostileRow).filter(line => [...good.map(a => a.title), hostileTitle].some(t => line.includes(titleProbe(t)))).length;
		await session.press(...Array.from({length: moves}, () => 'j'), 'Enter');
		// Shown as inert text: had the terminal obeyed the OSC, "pwned" would be in no cell.
		const opened = await session.waitFor('The body');
		assert.match(opened, /pwned/);
		assert.equal(session.info('#{pane_title}'), 'e2e-sentinel');
		session.sendKeys('q');
		const report = await readTerminalReport(session);
		// Some files were skipped: status 1, as the README says.
		assert.equal(report.exitCode, 1, report.screen);
	});
});
