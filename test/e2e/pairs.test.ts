// The core journey from the first screen, in a real terminal at 200×50 and 80×24: with the list
// focused (as the reader starts), `]` selects the first claim of the highlighted article and `r`
// jumps to its answer; `esc` goes back a step; the status line is whole hints only, never cut.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {bindings} from '../../source/state/keymap.js';
import {sideEntries} from '../../source/state/side-entries.js';
import {textOf} from './expectations.js';
import {showsTitles, skipReason, titleProbe, useReaderSessions} from './riposte.js';
import {probe, reverseText} from './screen.js';

const {analysed, titles, start} = useReaderSessions();
const labels = new Set(bindings.map(b => b.short));

/** The status line (the last non-empty row) holds only whole "key label" hints after any message, none cut. */
function assertWholeStatus(screen: string, cols: number): void {
	const line = screen.split('\n').filter(l => l.trim() !== '').at(-1) ?? '';
	assert.ok(!line.includes('…'), `the status line is cut: ${line}`);
	const hints = line.slice(line.indexOf('? help')).trimEnd().split('  ');
	assert.ok(line.includes('? help') && line.length <= cols, `no help hint on the status line: ${line}`);
	for (const hint of hints) {
		const label = hint.slice(hint.lastIndexOf(' ') + 1);
		assert.ok(labels.has(label), `"${hint}" is not a whole hint: ${line}`);
	}
}

describe('the pair journey from the first screen', {skip: skipReason, concurrency: 1}, () => {
	for (const size of [{cols: 200, rows: 50}, {cols: 80, rows: 24}]) {
		test(`at ${size.cols}×${size.rows}: ] then r with the list focused, esc back, the status line whole`, async () => {
			const {session, screen} = await start(size);
			assertWholeStatus(screen, size.cols);
			// The first article of the list is the one highlighted (the loader's order is the list's).
			const rows = screen.split('\n');
			const first = [...analysed].sort((a, b) => rows.findIndex(l => l.includes(titleProbe(a.article.title))) - rows.findIndex(l => l.includes(titleProbe(b.article.title))))[0];
			assert.ok(first);
			const entries = sideEntries(first.analysis);
			const claim = entries.find(e => e.claim)?.claim;
			assert.ok(claim, `the first article has no claim: ${first.article.title}`);
			const claimProbe = probe(textOf(first.article, claim.sentence), 20);
			await session.press(']');
			await session.waitFor(() => reverseText(session.capture(true)).includes(claimProbe));
			assertWholeStatus(session.capture(), size.cols);

			await session.press('r');
			const answer = entries.find(e => e.claim === claim)?.responses[0];
			if (answer) {
				const answerProbe = probe(textOf(first.article, answer.sentence), 20);
				await session.waitFor(() => reverseText(session.capture(true)).includes(answerProbe));
			} else {
				await session.waitFor('claim 1 has no answer in this article');
			}

			assertWholeStatus(session.capture(), size.cols);
			await session.press('Escape');
			if (size.cols < 120) {
				// The article had taken the list's place: esc brings the list back.
				await session.waitFor(showsTitles(titles));
			} else {
				await session.waitFor(() => !reverseText(session.capture(true)).includes(probe(textOf(first.article, (answer ?? claim).sentence), 20)));
			}

			assertWholeStatus(session.capture(), size.cols);
		});
	}
});
