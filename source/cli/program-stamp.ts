// A cheap fingerprint of the running program for the analysis cache key: any rebuild (new size
// or time) gives new keys, so a changed analysis can never be served from an old cache.
import {statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** Size and modification time of the program file (dist/cli.js when built). */
export function programStamp(moduleUrl: string = import.meta.url): string {
	try {
		const info = statSync(fileURLToPath(moduleUrl));
		return `${info.size}:${info.mtimeMs}`;
	} catch {
		return 'unknown';
	}
}
