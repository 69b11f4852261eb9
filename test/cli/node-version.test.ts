// The installed command (bin/riposte.js) on a supported Node and on one that is too old: the old
// one gets a sentence naming the Node it found and what riposte needs, not a stack trace from Ink.
import {spawnSync} from 'node:child_process';
import {accessSync, constants, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {root, runEnv, skipReason} from './run-cli.js';

const bin = path.join(root, 'bin', 'riposte.js');
const majorOf = (version: string) => Number(/^v?(\d+)/.exec(version)?.[1]);

/** Node executables on PATH outside any node_modules (the system's own), with their versions. */
function systemNodes(): Array<{file: string; version: string}> {
	const found = new Map<string, string>();
	for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
		if (dir === '' || dir.includes('node_modules')) continue;
		const file = path.join(dir, 'node');
		try {
			accessSync(file, constants.X_OK);
		} catch {
			continue;
		}

		const run = spawnSync(file, ['--version'], {encoding: 'utf8'});
		if (run.status === 0) found.set(run.stdout.trim(), file);
	}

	return [...found].map(([version, file]) => ({file, version}));
}

describe('the Node riposte runs on', {skip: skipReason}, () => {
	test('the tests themselves run on Node 22 or newer (npm scripts use the Node in devDependencies)', () => {
		assert.ok(majorOf(process.version) >= 22, `running on ${process.version} (${process.execPath})`);
	});

	test('package.json asks users for Node 22 or newer', () => {
		const {engines} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {engines: {node: string}};
		assert.equal(engines.node, '>=22');
	});

	test('bin/riposte.js runs the program on a supported Node', () => {
		const run = spawnSync(process.execPath, [bin, '--version'], {encoding: 'utf8', env: runEnv});
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stdout, /^riposte \d+\.\d+\.\d+\n$/);
	});

	const old = systemNodes().filter(node => majorOf(node.version) < 22);
	test('on a Node older than 22, bin/riposte.js says which Node it found and what it needs', {skip: old.length === 0 && 'no Node older than 22 on PATH'}, () => {
		for (const node of old) {
			const run = spawnSync(node.file, [bin, '--version'], {encoding: 'utf8', env: runEnv});
			assert.equal(run.status, 1, `${node.file}: ${run.stdout}${run.stderr}`);
			assert.equal(run.stdout, '');
			assert.ok(run.stderr.startsWith(`riposte: needs Node.js 22 or newer; this is Node ${node.version} (`), run.stderr);
		}
	});
});
