// "Why they pair" in a few words: the pair's reasons from the analysis, content first (shared or
// negated words, a denial, pointing back), nearness only when nothing else is recorded.
import type {Why} from '../../core/types.js';

const nearness = /sentences? away$|^in the same sentence$|^the first answer after it$/;

/** The first two telling reasons of a pair, joined with " · " (or "paired by nearness"). */
export function reasonOf(why: Why): string {
	const telling = why.filter(w => !nearness.test(w));
	const chosen = (telling.length > 0 ? telling : why).slice(0, 2);
	return chosen.length > 0 ? chosen.join(' · ') : 'paired by the analysis';
}
