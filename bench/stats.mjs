// Small statistics for benchmark samples.

/** The q-quantile (0..1) of a sample, by the nearest-rank method. */
export function quantile(values, q) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
	return sorted[rank];
}

/** The median of a sample. */
export const median = values => quantile(values, 0.5);
