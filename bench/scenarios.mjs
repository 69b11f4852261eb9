// What the key-latency benchmark presses, as a user would: each scenario starts from where the
// previous one left focus. Keys are those of source/state/keymap.ts.
import {keyBytes as k} from './keys.mjs';

// A key pressed to get somewhere, whose frame is awaited but not counted.
const step = data => ({data, measure: false});

/** The scenarios run against riposte, `count` measured keys each. */
export const appScenarios = count => [
	// Focus starts in the list (a fresh state directory): the cursor moves, nothing opens.
	{name: 'list: move', cycle: [k.down, k.up], count},
	// Enter opens the article under the cursor and focuses it; shift-tab goes back to the list.
	{name: 'switch article (enter)', cycle: [step(k.down), k.enter, step(k.shiftTab), step(k.up), k.enter, step(k.shiftTab)], count},
	// The last measured key above was enter, so the article pane has focus.
	{name: 'article: scroll a line', cycle: [k.down, k.up], count},
	{name: 'claims: move', setup: [k.tab], cycle: [k.down, k.up], count},
	// From the first claim to its paired response and back.
	// A frame that only says there is nothing to jump to is not a jump: counted as a miss.
	{name: 'claim ⇄ response', setup: [k.nextClaim], cycle: [k.reply], count, reject: ['no answer in this article', 'a general response', 'no claims or responses']},
];

/** The floor's one scenario: any key bumps its counter. */
export const floorScenario = count => ({name: 'floor', cycle: ['x'], count});
