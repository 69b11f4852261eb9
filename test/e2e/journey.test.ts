// A reader's journey through the bundled articles in a real terminal, at a wide and a standard
// size: see the list, open an article, step to a claim, jump to China's response and back, and
// open and close the help.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {bindings} from '../../source/state/keymap.js';
import {distinctiveProbe, pairedProbes} from './expectations.js';
import {showsTitles, sizes, skipReason, titleProbe, useReaderSessions, type Analysed} from './riposte.js';
import {probe, reverseText} from './screen.js';
import type {TmuxSession} from './tmux.js';

const {analysed, titles, start} = useReaderSessions();

/** The list's order as drawn: titles sorted by the screen row they are on. */
const listOrder = (screen: string): string[] => {
	const rows = screen.split('\n');
	const rowOf = (title: string) => rows.findIndex(line => line.includes(titleProbe(title)));
	return [...titles].sort((a, b) => rowOf(a) - rowOf(b));
};

/** Moves the list cursor from the top to this article and opens it. */
const openFromList = async (session: TmuxSession, screen: string, target: Analysed) => {
	const index = listOrder(screen).findIndex(title => title === target.article.title);
	assert.ok(index >= 0, `${target.article.title} is not in the list:\n${screen}`);
	await session.press(...Array.from({length: index}, () => 'j'), 'Enter');
};

describe('reading the bundled articles', {skip: skipReason, concurrency: 1}, () => {
	for (const size of sizes) {
		describe(`at ${size.cols}×${size.rows}`, {concurrency: 1}, () => {
			test('the list shows the five bundled titles', async () => {
				const {screen} = await start(size);
				for (const title of titles) assert.ok(screen.includes(titleProbe(title)), `missing ${title}:\n${screen}`);
			});

			test('enter opens the article under the cursor', async () => {
				const {session, screen} = await start(size);
				// The second article in the list: the first may already be shown before any key.
				const second = listOrder(screen)[1];
				const target = analysed.find(a => a.article.title === second);
				assert.ok(target, `no loaded article titled ${second}`);
				const shows = distinctiveProbe(target, analysed);
				assert.ok(!screen.includes(shows), 'the second article is not shown before it is opened');
				await openFromList(session, screen, target);
				await session.waitFor(shows);
			});

			test('] selects a claim, r jumps to its paired response, r jumps back', async () => {
				const {session, screen} = await start(size);
				const target = analysed.find(a => a.analysis.pairs.length > 0);
				assert.ok(target, 'the core paired no claim with a response in any bundled article');
				const pairs = pairedProbes(target);
				await openFromList(session, screen, target);
				await session.waitFor(distinctiveProbe(target, analysed));
				// Step through the claims until one with a paired response is selected.
				let claim: string | undefined;
				for (let step = 0; step <= target.analysis.claims.length && !claim; step++) {
					await session.press(']');
					const shown = reverseText(session.capture(true));
					claim = [...pairs.keys()].find(key => shown.includes(key));
				}

				assert.ok(claim, `no claim with a paired response was highlighted after ] (pairs: ${JSON.stringify([...pairs.keys()])})`);
				await session.press('r');
				const onResponse = reverseText(session.capture(true));
				const responses = [...(pairs.get(claim) ?? [])];
				assert.ok(responses.some(r => onResponse.includes(r)), `after r, none of ${JSON.stringify(responses)} is highlighted: ${onResponse}`);
				await session.press('r');
				const back = reverseText(session.capture(true));
				assert.ok(back.includes(claim), `after r again, "${claim}" is not highlighted: ${back}`);
			});

			test('the frame stays whole while keys redraw it: one top border, one bottom border, one status line, the same screen as a full redraw', async () => {
				const {session, screen} = await start(size);
				const target = analysed.find(a => a.analysis.claims.length > 1);
				assert.ok(target, 'no bundled article has two claims');
				await openFromList(session, screen, target);
				await session.waitFor(distinctiveProbe(target, analysed));
				await session.press(']', ']', 'j', 'k');
				const lines = session.capture().split('\n');
				const count = (test: (line: string) => boolean) => lines.filter(line => test(line)).length;
				const whole = lines.join('\n');
				assert.equal(count(line => line.includes('╭')), 1, `torn frame (top borders):\n${whole}`);
				assert.equal(count(line => line.includes('╰')), 1, `torn frame (bottom borders):\n${whole}`);
				assert.equal(count(line => line.startsWith('? help')), 1, `torn frame (status lines):\n${whole}`);
				// Keys redraw only the rows that changed; the screen must equal a full redraw of the
				// same state (a narrower terminal and back makes Ink clear and draw everything).
				const {cols, rows} = size;
				session.resize(cols - 10, rows);
				await session.settle();
				session.resize(cols, rows);
				await session.settle();
				assert.equal(whole, session.capture(), 'the screen after keys differs from a full redraw');
			});

			test('? opens the help with the key table, and ? closes it', async () => {
				const {session} = await start(size);
				const first = probe(bindings[0]?.description ?? '', 20);
				session.sendKeys('?');
				await session.waitFor(first);
				session.sendKeys('?');
				const closed = await session.waitFor(showsTitles(titles));
				assert.ok(!closed.includes(first), `help still on screen:\n${closed}`);
			});
		});
	}
});
