// A cache that keeps what the last two frames used: a frame mostly repeats the one before it
// (a key moves one cursor, scrolls one line), so that is where the hits are, and memory stays
// bounded by two frames' worth of entries however long the reader runs.

/** Memoises `make` for keys seen in the current or the previous frame; `nextFrame()` ages them. */
export class TwoFrameCache<V> {
	private current = new Map<string, V>();
	private previous = new Map<string, V>();
	private readonly make: (key: string) => V;

	constructor(make: (key: string) => V) {
		this.make = make;
	}

	/** The value for `key`, made (by `make`, or the cache's own) at most once while the key stays in use. */
	get(key: string, make: (key: string) => V = this.make): V {
		let value = this.current.get(key);
		if (value !== undefined) return value;
		value = this.previous.get(key);
		if (value === undefined) value = make(key);
		this.current.set(key, value);
		return value;
	}

	/** Ends a frame: entries not used in this one or the last are dropped. */
	nextFrame(): void {
		this.previous = this.current;
		this.current = new Map();
	}
}
