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

/**
 * A value whose JSON text is already written, given out as it stands, in pieces (a long list
 * made elsewhere, e.g. read back from a file); its pieces must be what jsonChunks would write there.
 */
export class JsonText {
	readonly pieces: () => Iterable<string>;
	constructor(pieces: () => Iterable<string>) {
		this.pieces = pieces;
	}
}

/** The text jsonChunks writes for item `index` of an array that stands `depth` levels deep (its comma, line break and indent included). */
export const arrayItemText = (item: unknown, index: number, depth: number): string =>
	`${index === 0 ? '' : ','}\n${'  '.repeat(depth)}  ${indented(JSON.stringify(item, null, 2) ?? 'null', depth + 1)}`;

/** The text jsonChunks writes around the items of an array that stands `depth` levels deep: open and close, or the whole of an empty one. */
export const arrayEnds = (count: number, depth: number): {open: string; close: string} =>
	(count === 0 ? {open: '[]', close: ''} : {open: '[', close: `\n${'  '.repeat(depth)}]`});

/** The chunks of JSON.stringify(value, null, 2) for plain data (no toJSON but Date's, no replacer, no cycles; a JsonText stands for its text). */
export function* jsonChunks(value: unknown): Generator<string> {
	let pending: string[] = [];
	let size = 0;
	// Pieces are gathered into `pending`; `add` says when they make a chunk, which `take` gives out.
	const add = (piece: string): boolean => {
		pending.push(piece);
		size += piece.length;
		return size >= chunkChars;
	};

	const take = (): string => {
		const chunk = pending.join('');
		pending = [];
		size = 0;
		return chunk;
	};

	// `yield* put(x)` would make a generator for each of a million pieces; `if (add(x)) yield take()` makes none.
	function* longString(text: string): Generator<string> {
		if (add('"')) yield take();
		for (let start = 0; start < text.length;) {
			let end = Math.min(text.length, start + chunkChars);
			// Never between the halves of a surrogate pair: escaped apart, each half would be \udXXX.
			if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
			if (add(JSON.stringify(text.slice(start, end)).slice(1, -1))) yield take();
			start = end;
		}

		if (add('"')) yield take();
	}

	function* walk(item: unknown, depth: number): Generator<string> {
		if (item instanceof JsonText) {
			for (const piece of item.pieces()) if (add(piece)) yield take();
			return;
		}

		if (typeof item === 'string' && item.length > chunkChars) {
			yield* longString(item);
			return;
		}

		if (depth >= walkDepth || item === null || typeof item !== 'object' || item instanceof Date) {
			if (add(indented(JSON.stringify(item, null, 2) ?? 'null', depth))) yield take();
			return;
		}

		const pad = '  '.repeat(depth);
		// Arrays are walked by index: a list of entries for 150,000 entities would be garbage for nothing.
		const array = Array.isArray(item);
		const keys = array ? null : Object.keys(item).filter(key => !omitted((item as Record<string, unknown>)[key]));
		const count = keys ? keys.length : (item as unknown[]).length;
		const [open, close] = array ? ['[', ']'] : ['{', '}'];
		if (count === 0) {
			if (add(`${open}${close}`)) yield take();
			return;
		}

		if (add(open)) yield take();
		for (let index = 0; index < count; index++) {
			const key = keys?.[index];
			const field = key === undefined ? (item as unknown[])[index] : (item as Record<string, unknown>)[key];
			if (add(`${index === 0 ? '' : ','}\n${pad}  ${key === undefined ? '' : `${JSON.stringify(key)}: `}`)) yield take();
			yield* walk(key === undefined && omitted(field) ? null : field, depth + 1);
		}

		if (add(`\n${pad}${close}`)) yield take();
	}

	yield* walk(value, 0);
	if (pending.length > 0) yield pending.join('');
}
