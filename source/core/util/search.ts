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

/** How many of the ascending `sorted` numbers are at or below `value` (the upper bound). A binary search. */
export function countAtOrBelow(sorted: readonly number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]! <= value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A lower-case word as a pattern matching it with its first letter in either case ("[Ee]mbassy"). */
export function eitherCase(word: string): string {
	const escaped = escapeRegExp(word);
	return `[${escaped[0]!.toUpperCase()}${escaped[0]}]${escaped.slice(1)}`;
}

/** A literal string made safe inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
