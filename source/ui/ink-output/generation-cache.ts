// A bounded memo in two generations: new entries go into the young one; when it is full it
// becomes the old one and the old one is dropped; a hit in the old one moves back to the young.
// What the last few frames drew stays (frames mostly repeat: a key moves one cursor, scrolls one
// line, switches back to the article before), and memory stays bounded however long the reader runs.

/** Keeps values for recently used keys: at most 2 × `limit` entries. */
export class GenerationCache<V> {
	private young = new Map<string, V>();
	private old = new Map<string, V>();
	private readonly limit: number;

	constructor(limit: number) {
		this.limit = limit;
	}

	/** The value for `key`, made by `make` at most once while the key stays in use. */
	get(key: string, make: (key: string) => V): V {
		let value = this.young.get(key);
		if (value !== undefined) return value;
		value = this.old.get(key) ?? make(key);
		if (this.young.size >= this.limit) {
			this.old = this.young;
			this.young = new Map();
		}

		this.young.set(key, value);
		return value;
	}
}
