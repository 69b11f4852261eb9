// The file-system calls the loader makes, gathered so tests can make one fail (a permission
// error cannot be produced for real when tests run as root).
import {createReadStream} from 'node:fs';
import {readdir, readFile, realpath, stat} from 'node:fs/promises';
import type {Dirent, Stats} from 'node:fs';

/** File-system operations used by the loader. */
export type LoaderFs = {
	stat(path: string): Promise<Stats>;
	readdir(path: string): Promise<Dirent[]>;
	realpath(path: string): Promise<string>;
	readFile(path: string): Promise<Uint8Array>;
	/** Reads a non-regular file (a pipe, /dev/stdin) up to `limit` bytes; more is an error. */
	readStream(path: string, limit: number): Promise<Uint8Array>;
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

/** The real file system. */
export const nodeFs: LoaderFs = {
	stat: async path => stat(path),
	readdir: async path => readdir(path, {withFileTypes: true}),
	realpath: async path => realpath(path),
	readFile: async path => readFile(path),
	async readStream(path, limit) {
		const stream = createReadStream(path);
		try {
			return await readLimited(stream, limit);
		} finally {
			stream.destroy();
		}
	},
};
