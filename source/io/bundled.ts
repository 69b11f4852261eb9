// Where the bundled articles are: next to the program, not the working directory, so
// `riposte` works from any folder and when installed (dist/cli.js → ../articles).
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The bundled articles folder: ../articles from the built file (../../articles from source/io when run from source). */
export function bundledArticlesDir(moduleUrl: string = import.meta.url): string {
	const here = path.dirname(fileURLToPath(moduleUrl));
	const candidates = [path.resolve(here, '..', 'articles'), path.resolve(here, '..', '..', 'articles')];
	return candidates.find(candidate => existsSync(candidate)) ?? candidates[0]!;
}
