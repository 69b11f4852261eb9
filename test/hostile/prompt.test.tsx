// Pasted text in the search prompt, and text drawn in the notice and list: nothing a terminal
// would act on reaches the frame, whatever the state or the problems hold.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {keys, renderApp} from '../ui/render-app.js';
import {threeArticles} from '../ui/articles-fixture.js';

// Ink's own colour codes are the only escapes a frame may hold.
const withoutColour = (frame: string) => frame.replaceAll(/\u001B\[[\d;]*m/g, '');

describe('the search prompt', () => {
	test('drops pasted BEL, ESC, 8-bit CSI and U+202E; a pasted backspace acts as the key', async () => {
		const app = await renderApp({...threeArticles(), color: false});
		await app.press(keys.enter, '/');
		// One paste: the terminal hands it over as a single read.
		await app.press('NA\u0007T\u009B2J\u202EO\u0008\u007F\u001B]0;x\u0007');
		const prompt = app.frame().split('\n').at(-1)!;
		assert.ok(isTerminalSafe(withoutColour(app.frame())), JSON.stringify(prompt));
		// Ink 8 splits one read into keys: BEL, the 8-bit CSI byte and U+202E are dropped; the
		// backspace and delete act as keys (deleting O and J), and ESC ] is alt-], not text.
		assert.match(prompt, /^\/NAT20;x▏/);
		await app.press(keys.enter);
		assert.ok(isTerminalSafe(withoutColour(app.frame())));
	});
});

describe('the notice line', () => {
	test('an OS message repeating a hostile path is drawn inert', async () => {
		const problems = [{path: 'sock', reason: "could not be read (ENXIO: no such device or address, open '\u001B]0;PWNED\u0007.sock')"}];
		const app = await renderApp({...threeArticles(), problems, color: false});
		const frame = app.frame();
		assert.ok(isTerminalSafe(withoutColour(frame)), JSON.stringify(frame.split('\n').slice(0, 3)));
		assert.match(frame, /\^\[\]0;PWNED\^G\.sock/);
	});
});
