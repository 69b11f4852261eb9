// Bundles the CLI into one ESM file: one file to read and parse at start-up is the cheapest
// start we measured for an Ink app (see README, Performance).
import {build} from 'esbuild';

await build({
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	// React's production build: smaller and faster than the development one.
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink loads the devtools only when DEV=true; it is not a dependency of ours.
	external: ['react-devtools-core'],
	banner: {
		// Bundled CommonJS dependencies call require() for Node built-ins.
		js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	logLevel: 'warning',
});
