// Writing to stdout and stderr so that exiting right after never cuts output short.

/** Where output goes. */
export type Output = {
	stdout: NodeJS.WritableStream;
	stderr: NodeJS.WritableStream;
};

/** Writes and waits until the stream has taken it, so exiting right after cannot cut a pipe short. */
export async function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		// EPIPE: the reader closed the pipe (riposte export | head); there is no one left to write to.
		stream.write(text, error => (error && (error as {code?: unknown}).code !== 'EPIPE' ? reject(error) : resolve()));
	});
}
