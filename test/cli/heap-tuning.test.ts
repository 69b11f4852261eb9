import {spawnSync} from 'node:child_process';
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const modulePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'source', 'cli', 'heap-tuning.ts');

// A child process (flags are process-wide) that keeps batches of objects alive across several young
// collections, which is what makes V8 grow its young generation, and reports its size before and after.
const script = `
import v8 from 'node:v8';
import {tuneHeapForReader} from ${JSON.stringify(modulePath)};
if (process.argv[1] === 'tuned') tuneHeapForReader();
const newSpace = () => v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space').space_size;
const before = newSpace();
const kept = [];
for (let round = 0; round < 300; round++) {
	kept.push(Array.from({length: 2000}, (_, i) => ({i, text: 'item ' + i})));
	if (kept.length > 20) kept.shift();
}
console.log(JSON.stringify({before, after: newSpace(), kept: kept.length}));
`;

function youngGeneration(mode: 'tuned' | 'default') {
	const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, mode], {encoding: 'utf8'});
	assert.equal(run.status, 0, run.stderr);
	assert.equal(run.stderr, '', 'V8 accepts every flag without a warning');
	return JSON.parse(run.stdout) as {before: number; after: number};
}

describe('the reader\'s heap settings', () => {
	test('without them, objects that survive young collections grow the young generation', () => {
		const {before, after} = youngGeneration('default');
		assert.ok(after > before, `young generation ${before} → ${after} bytes`);
	});

	test('with them, the young generation does not grow under the same allocations', () => {
		// Node 24's V8 may even shrink it (4 MB → 2 MB seen); what matters is that it never grows.
		const {before, after} = youngGeneration('tuned');
		assert.ok(after <= before, `young generation ${before} → ${after} bytes`);
	});
});
