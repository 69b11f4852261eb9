// An export is written in the pieces its formatter gives, each sanitised, to standard output or
// to --output, ending in one newline; nothing holds the whole document.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Writable} from 'node:stream';
import {runExport} from '../../source/cli/export.js';
import {tempFolder} from '../io/temp-folder.js';

const noAnalysis = (article: {id: string}) => ({articleId: article.id, sentences: [], entities: [], claims: [], responses: [], pairs: []});
const pieces = ['{"a": ', '"\u001B]0;x\u0007"', ', "b": [1, 2]}'];
const written = '{"a": "^[]0;x^G", "b": [1, 2]}\n';

/** A stream that keeps each write apart. */
function collector(writes: string[]): Writable {
	return new Writable({
		write(chunk: Buffer, _encoding, done) {
			writes.push(chunk.toString());
			done();
		},
	});
}

describe('export in chunks', () => {
	test('each piece reaches standard output as it is made, sanitised, with a final newline', async () => {
		const dir = tempFolder({'a.md': '# A\n\nNATO said China must stop.\n'});
		const writes: string[] = [];
		const status = await runExport({paths: [dir], format: 'json', output: null}, {analyse: noAnalysis, format: () => pieces}, {stdout: collector(writes), stderr: collector([])});
		assert.equal(status, 0);
		assert.deepEqual(writes, ['{"a": ', '"^[]0;x^G"', ', "b": [1, 2]}', '\n']);
	});

	test('--output gets the same text from the pieces', async () => {
		const dir = tempFolder({'a.md': '# A\n\nNATO said China must stop.\n'});
		const file = path.join(dir, 'out.json');
		const status = await runExport({paths: [path.join(dir, 'a.md')], format: 'json', output: file}, {analyse: noAnalysis, format: () => pieces}, {stdout: collector([]), stderr: collector([])});
		assert.equal(status, 0);
		assert.equal(readFileSync(file, 'utf8'), written);
	});
});
