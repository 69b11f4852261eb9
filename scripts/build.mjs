// Bundles the CLI into one ESM file: one file to read and parse at start-up is the cheapest
// start we measured for an Ink app (see README, Performance).
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
