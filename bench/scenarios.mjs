// What the key-latency benchmark presses, as a user would: each scenario starts from where the
// previous one left focus. Keys are those of source/state/keymap.ts.
import {keyBytes as k} from './keys.mjs';

/** The scenarios run against riposte, `count` measured keys each. */
export const appScenarios = count => [
	// Focus starts in the list; moving the cursor there shows another article.
	{name: 'list: move', cycle: [k.down, k.up], count},
	{name: 'switch article (enter)', setup: [], cycle: [k.down, k.enter, k.shiftTab, k.up, k.enter, k.shiftTab], count},
	{name: 'article: scroll', setup: [k.tab], cycle: [k.down, k.up], count},
	{name: 'claims: move', setup: [k.tab], cycle: [k.down, k.up], count},
	{name: 'claim ⇄ response', setup: [], cycle: [k.reply], count},
];

/** The floor's one scenario: any key bumps its counter. */
export const floorScenario = count => ({name: 'floor', cycle: ['x'], count});
