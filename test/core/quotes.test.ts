import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {splitSentences} from '../../source/core/steps/01-sentences.js';
import {findQuotes} from '../../source/core/steps/03-quotes.js';

const quoted = (body: string) => findQuotes(body, splitSentences(body)).map(q => q.parts.map(p => body.slice(p.start, p.end)));

describe('quotations', () => {
	const rows: Array<[string, string, string[][]]> = [
		['pairs curly marks', '“China is the main enabler,” he said.', [['China is the main enabler,']]],
		['pairs straight marks', '"China is the main enabler," he said.', [['China is the main enabler,']]],
		['finds two quotations split by the frame', '"If China continues," she said, "it will pay."', [['If China continues,'], ['it will pay.']]],
		[
			'continues a quotation into the next paragraph that opens with a mark',
			'“For the most part, China helped.\n\n“There are kinds of lethal aid,” Blinken said.',
			[['For the most part, China helped.', 'There are kinds of lethal aid,']],
		],
		[
			'closes an unclosed quotation at the paragraph end when the next paragraph does not continue it',
			'He asked China to "live up to its duty.\n\nPutin went on.',
			[['live up to its duty.']],
		],
		['ignores apostrophes', 'China’s envoy said it wasn’t so.', []],
	];
	for (const [name, body, expected] of rows) test(name, () => assert.deepEqual(quoted(body), expected));
});
