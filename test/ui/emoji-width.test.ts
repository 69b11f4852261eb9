// What riposte draws of an emoji sequence is as wide as riposte and Ink count it: the sanitiser
// leaves only sequences whose string-width is what tmux draws (emoji-samples.ts has the
// measurements; test/e2e/widths.test.ts repeats them in a live tmux).
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';
import {displayWidth, graphemeWidth, truncate, wrapText} from '../../source/ui/text/wrap.js';
import {emojiSamples} from './emoji-samples.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const graphemeSum = (text: string) => [...segmenter.segment(text)].reduce((sum, {segment}) => sum + graphemeWidth(segment), 0);

describe('emoji sequences are measured as tmux draws them', () => {
	for (const sample of emojiSamples) {
		test(`${sample.name}: shown as ${sample.columns} columns, counted as ${sample.columns}`, () => {
			assert.equal(sanitizeText(sample.raw), sample.shown);
			assert.equal(sanitizeLine(sample.raw), sample.shown);
			assert.equal(displayWidth(sample.shown), sample.columns, 'riposte');
			assert.equal(graphemeSum(sample.shown), sample.columns, 'riposte, grapheme by grapheme (wrap, truncate)');
			assert.equal(stringWidth(sample.shown), sample.columns, 'Ink (string-width)');
		});
	}

	test('a line of them wraps and truncates to the columns tmux gives it', () => {
		const shown = sanitizeText(emojiSamples.map(sample => sample.raw).join(' '));
		const columns = emojiSamples.reduce((sum, sample) => sum + sample.columns, emojiSamples.length - 1);
		assert.equal(displayWidth(shown), columns);
		for (const width of [3, 7, 12, columns - 1]) {
			for (const {start, end} of wrapText(shown, width)) assert.ok(graphemeSum(shown.slice(start, end)) <= width);
			assert.ok(graphemeSum(truncate(shown, width)) <= width);
		}

		assert.equal(truncate(shown, columns), shown);
	});
});
