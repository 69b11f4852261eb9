// Bundles the CLI into one ESM file: one file to read and parse at start-up is the cheapest
// start we measured for an Ink app (see README, Performance).
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Ink's modules swapped for faster ones with the same behaviour (source/ui/ink-output, tested against Ink's). */
const inkSwaps = {
	'./output.js': 'source/ui/ink-output/output.ts',
	'widest-line': 'source/ui/ink-output/widest-line.ts',
};

/** Build options shared with the benchmark's Ink floor, so both are built the same way. */
export const options = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	// React's production build: smaller and faster than the development one.
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [
		{
			// Ink redraws a whole frame from scratch on every change; the swapped output stage redraws
			// only rows whose writes changed (measured in bench/: see README, Performance).
			name: 'ink-output',
			setup(b) {
				b.onResolve({filter: /^(\.\/output\.js|widest-line)$/}, args => (
					/[\\/]ink[\\/]build[\\/]/.test(args.importer) ? {path: path.join(root, inkSwaps[args.path])} : undefined
				));
			},
		},
		{
			// Ink 6.8's incremental log-update moves the cursor up one line too few when the frame ends
			// in a newline (as ours does), so every redraw landed one row low. Ink 7.1 fixed it
			// (cursorUp(previousLines.length - 1)); Ink 7 needs Node 22, so the fix is applied here.
			name: 'ink-incremental-fix',
			setup(b) {
				b.onLoad({filter: /[\\/]ink[\\/]build[\\/]log-update\.js$/}, async args => {
					const source = await readFile(args.path, 'utf8');
					const broken = 'ansiEscapes.cursorUp(previousVisible - 1)';
					if (!source.includes(broken)) throw new Error(`${args.path}: the line the incremental fix replaces is gone; check whether Ink fixed it`);
					return {contents: source.replace(broken, 'ansiEscapes.cursorUp(previousLines.length - 1)'), loader: 'js'};
				});
			},
		},
		{
			// Ink imports the React devtools only when DEV=true; we do not ship them, so the import
			// resolves to an inert module instead of a missing package.
			name: 'no-devtools',
			setup(b) {
				b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'stub'}));
				b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {initialize() {}, connectToDevTools() {}};'}));
			},
		},
	],
	banner: {
		// Bundled CommonJS dependencies call require() for Node built-ins.
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	logLevel: 'warning',
};

if (import.meta.url === `file://${process.argv[1]}`) {
	await build({...options, entryPoints: ['source/cli.tsx'], outfile: 'dist/cli.js'});
}
