// Small shared helpers for text positions and patterns.

/** Index of the last item (items in order of `start`, from index `from`) whose start is at or before `at`, or -1. A binary search. */
export function lastStartingAtOrBefore(items: readonly {start: number}[], at: number, from = 0): number {
	let lo = from;
	let hi = items.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (items[mid]!.start <= at) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

/** A literal string made safe inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
