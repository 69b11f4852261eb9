#!/usr/bin/env node
// The installed command. It checks the Node version before loading the bundle, so a Node that is
// too old says so instead of failing somewhere inside Ink. Written for any Node: no syntax or API
// newer than the oldest one that might run it.
var major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
	process.stderr.write('riposte: needs Node.js 22 or newer; this is Node ' + process.version + ' (' + process.execPath + ').\n'
		+ 'Install a current Node (https://nodejs.org), or run riposte from its folder with `npm start`, which uses the Node it installs.\n');
	process.exit(1);
} else {
	import('../dist/cli.js');
}
