import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {cacheDir, stateDir} from '../../source/io/app-dirs.js';
import {readPosition, stateFile, writePosition} from '../../source/io/reader-state.js';
import {tempFolder} from './temp-folder.js';

const temporary = () => tempFolder();

describe('app folders', () => {
	// [env, state folder, cache folder]
	const table: Array<[Record<string, string>, string, string]> = [
		[{RIPOSTE_STATE_DIR: '/t/s', RIPOSTE_CACHE_DIR: '/t/c', XDG_STATE_HOME: '/x', XDG_CACHE_HOME: '/y'}, '/t/s', '/t/c'],
		[{XDG_STATE_HOME: '/x', XDG_CACHE_HOME: '/y'}, '/x/riposte', '/y/riposte'],
	];
	for (const [env, state, cache] of table) {
		test(`uses ${state} and ${cache} for ${JSON.stringify(env)}`, () => {
			assert.equal(stateDir(env), state);
			assert.equal(cacheDir(env), cache);
		});
	}

	test('falls back to ~/.local/state and ~/.cache when XDG variables are unset or relative', () => {
		assert.match(stateDir({XDG_STATE_HOME: 'relative'}), /\.local\/state\/riposte$/);
		assert.match(cacheDir({}), /\.cache\/riposte$/);
	});
});

describe('reader position', () => {
	test('a first run has no position and no notice', () => {
		assert.deepEqual(readPosition(stateFile(temporary())), {position: null, problem: null});
	});

	test('a written position reads back, and no temporary file is left behind', () => {
		const dir = temporary();
		assert.equal(writePosition({articleId: 'a', scroll: 12}, stateFile(path.join(dir, 'new'))), true);
		assert.deepEqual(readPosition(stateFile(path.join(dir, 'new'))), {position: {articleId: 'a', scroll: 12}, problem: null});
		assert.deepEqual(readdirSync(path.join(dir, 'new')), ['state.json']);
	});

	// [what, file content]
	const corrupt: Array<[string, string]> = [
		['truncated JSON', '{"articleId": "a", "scr'],
		['the wrong types', '{"articleId": 3, "scroll": "x"}'],
		['a negative scroll', '{"articleId": "a", "scroll": -1}'],
		['a JSON array', '[1, 2]'],
		['binary junk', '\u0000\u0001\u00FF'],
	];
	for (const [what, content] of corrupt) {
		test(`a state file with ${what} is ignored with a notice`, () => {
			const file = stateFile(temporary());
			writeFileSync(file, content);
			const saved = readPosition(file);
			assert.equal(saved.position, null);
			assert.equal(saved.problem?.path, file);
			assert.match(saved.problem?.reason ?? '', /corrupt/);
			assert.equal(saved.problem?.level, 'warning');
		});
	}

	test('an unwritable state folder makes writing return false instead of throwing', () => {
		const dir = temporary();
		writeFileSync(path.join(dir, 'file'), 'x');
		assert.equal(writePosition({articleId: 'a', scroll: 0}, stateFile(path.join(dir, 'file'))), false);
		assert.equal(existsSync(path.join(dir, 'file', 'state.json')), false);
		assert.equal(readFileSync(path.join(dir, 'file'), 'utf8'), 'x');
	});
});
