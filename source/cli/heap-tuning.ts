// The reader lives long and keeps little (its live heap is ~15-20 MB) but allocates a new frame on
// every key. With V8's defaults that churn grew the young generation to 32 MB and let the old one
// grow to ~3× what was live, so its peak RSS was twice an empty Ink app's. V8 reads both flags
// below whenever it sizes the heap, so setting them at run time works (bench key session, peak RSS
// 128 → 95 MB, 3 runs each); node flags on a command line would not reach a user's `riposte`.
import v8 from 'node:v8';

/** V8 flags that keep the reader's heap near its live size. */
export const readerHeapFlags = [
	// The young generation stays at its initial size instead of doubling up to 16 MB a semi-space.
	'--semi-space-growth-factor=1',
	// After a full collection the old generation may grow by 30% of what is live, not up to 4×.
	'--heap-growing-percent=30',
] as const;

/** Applies `readerHeapFlags` to this process. */
export function tuneHeapForReader(): void {
	for (const flag of readerHeapFlags) v8.setFlagsFromString(flag);
}
