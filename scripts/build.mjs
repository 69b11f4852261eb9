// Bundles the CLI into one ESM file: one file to read and parse at start-up is the cheapest
// start we measured for an Ink app (see README, Performance).
import {build} from 'esbuild';

/** Build options shared with the benchmark's Ink floor, so both are built the same way. */
export const options = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	minify: true,
	legalComments: 'none',
	// React's production build: smaller and faster than the development one.
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [
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
	// The reader's analysis worker (source/cli/background-analyse.ts starts it beside dist/cli.js).
	await build({...options, entryPoints: ['source/cli/analysis-worker.ts'], outfile: 'dist/analysis-worker.js'});
}
