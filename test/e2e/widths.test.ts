// Emoji sequences in a real tmux: what riposte draws of them takes the columns riposte and Ink
// count, and a line holding them is neither cut nor pushed past the pane border.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {sanitizeText} from '../../source/text/sanitize.js';
import {displayWidth} from '../../source/ui/text/wrap.js';
import {emojiSamples} from '../ui/emoji-samples.js';
import {skipReason, startReader} from './riposte.js';
import {shellQuote, TmuxSession} from './tmux.js';

const sessions: TmuxSession[] = [];
let folder = '';

before(() => {
	folder = mkdtempSync(path.join(os.tmpdir(), 'riposte-e2e-widths-'));
	const raws = emojiSamples.map(sample => sample.raw);
	writeFileSync(path.join(folder, 'emoji.md'), [
		`# Emoji ${raws.slice(0, 3).join(' ')} title`,
		'',
		`NATO said ${raws.join(' and ')} in the middle of a sentence long enough to wrap in the pane.`,
		'',
		`Thumbs ${'👍🏽'.repeat(30)} end.`,
		'',
	].join('\n'));
});

after(() => {
	for (const session of sessions) session.close();
	rmSync(folder, {recursive: true, force: true});
});

/** The columns tmux moves the cursor by for each text, printed one after another in one pane. */
async function tmuxColumns(texts: string[]): Promise<number[]> {
	// Each text between a start and an end mark: the end mark on screen means the text is drawn.
	const script = texts.map((text, index) => `printf '\\r\\033[2KS${index}:%s:E' ${shellQuote(text)}; read x`).join('; ');
	const session = await TmuxSession.start({cols: 80, rows: 5, command: `${script}; exec sleep 600`});
	sessions.push(session);
	const columns: number[] = [];
	for (const index of texts.keys()) {
		await session.waitFor(screen => screen.split('\n').some(row => row.startsWith(`S${index}:`) && row.trimEnd().endsWith(':E')));
		columns.push(Number(session.info('#{cursor_x}')) - `S${index}::E`.length);
		session.sendKeys('Enter');
	}

	return columns;
}

describe('emoji widths in tmux', {skip: skipReason, concurrency: 1}, () => {
	test('each sequence as riposte shows it takes the columns riposte counts', async t => {
		const shown = emojiSamples.map(sample => sanitizeText(sample.raw));
		const [drawn, drawnRaw] = [await tmuxColumns(shown), await tmuxColumns(emojiSamples.map(sample => sample.raw))];
		for (const [index, sample] of emojiSamples.entries()) {
			t.diagnostic(`${sample.name}: tmux draws it in ${drawnRaw[index]} columns as written (string-width: ${displayWidth(sample.raw)}), ${drawn[index]} as shown`);
			assert.equal(drawn[index], displayWidth(shown[index]!), `${sample.name} as shown (${JSON.stringify(shown[index])})`);
		}
	});

	test('an article holding them draws every row of the frame whole', async () => {
		const cols = 100;
		const session = await startReader({cols, rows: 24}, [path.join(folder, 'emoji.md')]);
		sessions.push(session);
		await session.waitFor('Emoji');
		await session.press('Enter');
		const screen = await session.waitFor(text => text.includes('end.') && text.includes('in the pane'));
		const rows = screen.split('\n');
		const bottom = rows.findIndex(row => row.startsWith('╰'));
		assert.ok(bottom > 0, `a bottom border:\n${screen}`);
		for (const row of rows.slice(0, bottom + 1)) {
			assert.equal(displayWidth(row), cols, `a row ${cols} columns wide:\n${row}\nin\n${screen}`);
			assert.match(row, /^[│╭╰].*[│╮╯]$/u, `a row between the borders:\n${row}`);
		}

		const thumbs = rows.filter(row => row.includes('👍👍')).map(row => row.split('│').find(cell => cell.includes('👍👍'))!.trim());
		assert.equal(thumbs.join('').replaceAll(/[^👍]/gu, '').length / 2, 30, `all 30 thumbs drawn:\n${screen}`);
	});
});
