// File-system errors in words a reader can act on, instead of "ENOENT: no such file…". An
// unknown error's own message repeats the path as the OS gave it, so it is sanitised here.
import {sanitizeLine} from '../text/sanitize.js';

const reasons: Record<string, string> = {
	ENOENT: 'does not exist (no such file or folder)',
	EACCES: 'cannot be read: permission denied',
	EPERM: 'cannot be read: operation not permitted',
	ELOOP: 'is a symbolic link that leads back to itself (a loop)',
	EISDIR: 'is a folder where a file was expected',
	ENOTDIR: 'is not a folder (a part of the path is a file)',
	ENAMETOOLONG: 'has a name that is too long',
	EMFILE: 'could not be opened: too many files are open',
	EIO: 'could not be read: input/output error',
	ENXIO: 'cannot be opened as a file (a socket, or a device with nothing behind it)',
};

/** A plain-words reason for a file-system error. */
export function describeFsError(error: unknown): string {
	const code = (error as {code?: unknown}).code;
	if (typeof code === 'string' && Object.hasOwn(reasons, code)) return reasons[code]!;
	return `could not be read (${sanitizeLine(error instanceof Error ? error.message : String(error))})`;
}

/** What kind of special file a stat describes, in words ("is a named pipe (FIFO)"), or null for files and folders. */
export function specialKind(info: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string | null {
	if (info.isFIFO()) return 'is a named pipe (FIFO)';
	if (info.isSocket()) return 'is a socket';
	if (info.isCharacterDevice()) return 'is a character device';
	if (info.isBlockDevice()) return 'is a block device';
	return null;
}
