// JSON.stringify(value, null, 2), in pieces: the same text, given out a chunk at a time, so a
// large export is written as it is made instead of held whole (for an 8 MB article the document
// was a 68 MB string, built, flattened and sanitised in copies that took most of the export's
// peak memory). Objects and arrays near the top are walked; below `walkDepth` each value is
// stringified whole (an entity, a statement, a pair: small), and a long string is escaped in slices.

/** About how many characters a chunk holds. */
const chunkChars = 1 << 16;

/** How deep objects and arrays are walked (document → articles → article → its arrays → items). */
const walkDepth = 4;

/** JSON.stringify's indentation of `text` when it stands `depth` levels deep. */
const indented = (text: string, depth: number) => (depth === 0 || !text.includes('\n') ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`));

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The chunks of JSON.stringify(value, null, 2) for plain data (no toJSON but Date's, no replacer, no cycles). */
export function* jsonChunks(value: unknown): Generator<string> {
	let pending: string[] = [];
	let size = 0;
	// Pieces are gathered into `pending` and given out once they add up to a chunk.
	function* put(piece: string): Generator<string> {
		pending.push(piece);
		size += piece.length;
		if (size >= chunkChars) {
			yield pending.join('');
			pending = [];
			size = 0;
		}
	}

	function* longString(text: string): Generator<string> {
		yield* put('"');
		for (let start = 0; start < text.length;) {
			let end = Math.min(text.length, start + chunkChars);
			// Never between the halves of a surrogate pair: escaped apart, each half would be \udXXX.
			if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
			yield* put(JSON.stringify(text.slice(start, end)).slice(1, -1));
			start = end;
		}

		yield* put('"');
	}

	function* walk(item: unknown, depth: number): Generator<string> {
		if (typeof item === 'string' && item.length > chunkChars) {
			yield* longString(item);
			return;
		}

		if (depth >= walkDepth || item === null || typeof item !== 'object' || item instanceof Date) {
			yield* put(indented(JSON.stringify(item, null, 2) ?? 'null', depth));
			return;
		}

		const pad = '  '.repeat(depth);
		const entries: Array<[string | null, unknown]> = Array.isArray(item)
			? item.map(element => [null, omitted(element) ? null : element])
			: Object.entries(item).filter(([, field]) => !omitted(field));
		const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
		if (entries.length === 0) {
			yield* put(`${open}${close}`);
			return;
		}

		yield* put(open);
		for (const [index, [key, field]] of entries.entries()) {
			yield* put(`${index === 0 ? '' : ','}\n${pad}  ${key === null ? '' : `${JSON.stringify(key)}: `}`);
			yield* walk(field, depth + 1);
		}

		yield* put(`\n${pad}${close}`);
	}

	yield* walk(value, 0);
	if (pending.length > 0) yield pending.join('');
}
