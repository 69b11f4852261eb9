// One shape for the UI's derived-text caches: a value kept per object (an article, an analysis,
// a list of entries) and a second key (a width, a filter), dropped with the object.

/** The value kept for (`owner`, `key`) in `cache`, made by `make` the first time. */
export function kept<O extends object, K, V>(cache: WeakMap<O, Map<K, V>>, owner: O, key: K, make: () => V): V {
	let byKey = cache.get(owner);
	if (!byKey) {
		byKey = new Map();
		cache.set(owner, byKey);
	}

	let value = byKey.get(key);
	if (value === undefined) {
		value = make();
		byKey.set(key, value);
	}

	return value;
}
