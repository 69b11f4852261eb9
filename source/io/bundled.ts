// Files that ship with the program, found next to it rather than in the working directory, so
// `riposte` works from any folder and when installed (dist/cli.js → ../articles).
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** A path in the package root: ../name from the built dist/cli.js, ../../name from source/io when run from source. */
export function packagePath(name: string, moduleUrl: string = import.meta.url): string {
	const here = path.dirname(fileURLToPath(moduleUrl));
	const candidates = [path.resolve(here, '..', name), path.resolve(here, '..', '..', name)];
	return candidates.find(candidate => existsSync(candidate)) ?? candidates[0]!;
}

/** The bundled articles folder. */
export function bundledArticlesDir(moduleUrl: string = import.meta.url): string {
	return packagePath('articles', moduleUrl);
}

/** The version in the package's package.json (read at run time: only --version needs it). */
export function packageVersion(): string {
	const data = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as {version?: unknown};
	return typeof data.version === 'string' ? data.version : 'unknown';
}
