// Drop-in for the `widest-line` package inside Ink's renderer, which measures every text node
// on every frame: the same texts come back frame after frame, so their widths are remembered
// (bundle-time substitution: scripts/build.mjs).
import {lineWidth} from './cell-width.js';
import {GenerationCache} from './generation-cache.js';

const widths = new GenerationCache<number>(1024);

const measure = (text: string): number => {
	let widest = 0;
	for (const line of text.split('\n')) widest = Math.max(widest, lineWidth(line));
	return widest;
};

/** The display width of the widest line of `text`, as `widest-line` computes it. */
export default function widestLine(text: string): number {
	return widths.get(text, measure);
}
