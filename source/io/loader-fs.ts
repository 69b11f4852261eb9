// The file-system calls the loader makes, gathered so tests can make one fail (a permission
// error cannot be produced for real when tests run as root).
import {closeSync, createReadStream, openSync, readFileSync, readSync, statSync} from 'node:fs';
import {readdir, readFile, realpath, stat} from 'node:fs/promises';
import type {Dirent, Stats} from 'node:fs';

/** File-system operations used by the loader. */
export type LoaderFs = {
	/** Stat (a path that is not UTF-8 is given as its bytes). */
	stat(path: string | Buffer): Promise<Stats>;
	readdir(path: string): Promise<Dirent[]>;
	/** A folder's names as bytes, for names that are not valid UTF-8. */
	readdirBytes?(path: string): Promise<Buffer[]>;
	realpath(path: string): Promise<string>;
	readFile(path: string | Buffer): Promise<Uint8Array>;
	/** Reads a non-regular file (a pipe, /dev/stdin) up to `limit` bytes; more is an error. */
	readStream(path: string | Buffer, limit: number): Promise<Uint8Array>;
};

/**
 * The loader's calls plus the synchronous ones the reader's loader makes: for thousands of small
 * files they are several times faster than the thread pool, and a body is needed the moment it is drawn.
 */
export type ReaderFs = LoaderFs & {
	/** Stat, synchronously. */
	statSync(path: string | Buffer): Stats;
	/** The first `limit` bytes of a regular file (fewer when it is shorter), synchronously; the bytes may be overwritten by the next call. */
	readHeadSync(path: string | Buffer, limit: number): Uint8Array;
	/** The whole file, synchronously. */
	readFileSync(path: string | Buffer): Uint8Array;
};

/** Reads a stream to its end, failing once it passes `limit` bytes (so /dev/zero cannot fill memory). */
export async function readLimited(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		size += bytes.length;
		if (size > limit) throw Object.assign(new Error('too large'), {code: 'EFBIG'});
		chunks.push(bytes);
	}

	return Buffer.concat(chunks);
}

let scratch = Buffer.alloc(0);

/** The real file system. */
export const nodeFs: ReaderFs = {
	stat: async path => stat(path),
	readdir: async path => readdir(path, {withFileTypes: true}),
	readdirBytes: async path => readdir(path, {encoding: 'buffer'}),
	realpath: async path => realpath(path),
	readFile: async path => readFile(path),
	statSync: path => statSync(path),
	readHeadSync(path, limit) {
		const descriptor = openSync(path, 'r');
		try {
			// One buffer for every head: a new 16 KB buffer for each of 10,000 files showed in the profile.
			if (scratch.length < limit) scratch = Buffer.allocUnsafe(limit);
			return scratch.subarray(0, readSync(descriptor, scratch, 0, limit, 0));
		} finally {
			closeSync(descriptor);
		}
	},
	readFileSync: path => readFileSync(path),
	async readStream(path, limit) {
		const stream = createReadStream(path);
		try {
			return await readLimited(stream, limit);
		} finally {
			stream.destroy();
		}
	},
};
