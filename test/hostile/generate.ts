// Seeded generators of hostile article files for the fuzz test: control characters, escape
// sequences, CJK, emoji, combining marks, bidi controls, huge words, broken encodings and front
// matter. Seeded (mulberry32) so a failing case can be replayed from its seed.
import type {Dirent, Stats} from 'node:fs';
import type {LoaderFs} from '../../source/io/loader-fs.js';

/** A seeded random source: next() in [0, 1), and helpers. */
export type Random = {next(): number; int(max: number): number; pick<T>(items: readonly T[]): T};

/** mulberry32: tiny, fast, good enough to spread test cases. */
export function seeded(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};

	const int = (max: number) => Math.floor(next() * max);
	return {next, int, pick: items => items[int(items.length)]!};
}

const escapes = [
	'\u001B[31m', '\u001B[2J', '\u001B[H', '\u001B]0;pwned\u0007', '\u001B]52;c;aGVsbG8=\u0007', '\u001B]8;;http://evil\u001B\\link\u001B]8;;\u001B\\',
	'\u009B2J', '\u009D0;t\u009C', '\u001BP+q\u001B\\', '\u001B[6n', '\u001Bc', '\u0007', '\b\b\b', '\r', '\u007F', '\u0000', '\t', '\u000C',
];
const unicode = ['中国外交部', '北约', '😀', '👨‍👩‍👧', '🇨🇳', 'é', 'e\u0301\u0302\u0303', 'Z̷̢͉a̶l̵g̸o', '\u202Eevil\u202C', '\u2066iso\u2069', '\u200B', '\uFEFF', '\u00AD', '\u2028', 'ﷺ', '𝕏', '\uD800', '\u{E0041}'];
const words = ['China', 'NATO', 'said', 'Beijing', 'denied', 'the', 'accusation', '“quoted words”', 'Lin Jian', 'Stoltenberg', 'warned', 'support', '—', '…', 'Russia’s', 'war', '.', ',', '\n', '\n\n', '"', '# heading'];

/** One piece of text: a word, an escape, an odd character or a huge word. */
function piece(random: Random): string {
	const roll = random.next();
	if (roll < 0.55) return random.pick(words);
	if (roll < 0.72) return random.pick(escapes);
	if (roll < 0.92) return random.pick(unicode);
	if (roll < 0.97) return String.fromCharCode(random.int(0x1_00_00));
	return random.pick(['x', '中', '😀', '\u001B']).repeat(1 + random.int(6000));
}

/** Hostile text of about `pieces` pieces: words, escapes, odd characters, now and then a huge word. */
export function text(random: Random, pieces: number): string {
	let out = '';
	for (let index = 0; index < pieces; index++) out += piece(random) + (random.next() < 0.8 ? ' ' : '');
	return out;
}

const frontMatters = [
	(r: Random) => `---\ntitle: "${text(r, 4).replace(/["\n\\]/g, '')}"\noutlet: ${text(r, 2).replace(/\n/g, '')}\npublished: 2024-0${1 + r.int(9)}-1${r.int(9)}\n---\n`,
	(r: Random) => `---\ntitle: ${text(r, 3).replace(/\n/g, '')}\npublished: ${text(r, 1).replace(/\n/g, '')}\n---\n`,
	() => '---\ntitle: [a, b]\n<<: *x\n!!tag: &a b\n---\n',
	() => '---\ntitle: "never closed\n',
	() => '',
	() => '',
];

/** A whole file: maybe front matter, a body, maybe a BOM, maybe byte-level damage. */
export function hostileFile(random: Random): {name: string; bytes: Uint8Array} {
	const name = `f${random.int(1e9)}${random.pick(['.md', '.txt', '.markdown'])}`;
	const source = random.pick(frontMatters)(random) + text(random, 5 + random.int(120));
	const roll = random.next();
	let bytes: Uint8Array;
	if (roll < 0.05) bytes = Buffer.from(`\uFEFF${source}`, 'utf16le');
	else if (roll < 0.1) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(source)]);
	else bytes = Buffer.from(roll < 0.2 ? source.replace(/\n/g, '\r\n') : source);
	if (random.next() < 0.2) {
		// Byte damage: invalid UTF-8, stray NULs, truncated sequences.
		const damaged = Buffer.from(bytes);
		for (let count = 1 + random.int(4); count > 0 && damaged.length > 0; count--) damaged[random.int(damaged.length)] = random.int(256);
		bytes = damaged;
	}

	return {name, bytes};
}

/** An in-memory LoaderFs holding the given files (path → bytes), so thousands of cases need no disk. */
export function memoryFs(files: ReadonlyMap<string, Uint8Array>): LoaderFs {
	const missing = (file: string) => Object.assign(new Error(`ENOENT: ${file}`), {code: 'ENOENT'});
	const stat = async (file: string) => {
		const bytes = files.get(file);
		if (!bytes) throw missing(file);
		return {isFile: () => true, isDirectory: () => false, size: bytes.length} as unknown as Stats;
	};

	return {
		stat,
		readdir: async () => [] as Dirent[],
		realpath: async file => file,
		readFile: async file => files.get(String(file)) ?? Promise.reject(missing(String(file))),
		readStream: async file => files.get(String(file)) ?? Promise.reject(missing(String(file))),
	};
}
