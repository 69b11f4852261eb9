// Builds the Ink "hello" floor with riposte's own esbuild options into a temporary directory.
import {build} from 'esbuild';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {options} from '../scripts/build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles bench/floor/hello.tsx exactly as scripts/build.mjs bundles the CLI; returns the file. */
export async function buildFloor(dir = mkdtempSync(path.join(os.tmpdir(), 'riposte-floor-'))) {
	const outfile = path.join(dir, 'hello.js');
	await build({...options, entryPoints: [path.join(here, 'floor', 'hello.tsx')], outfile});
	return outfile;
}
