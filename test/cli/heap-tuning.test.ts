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
	const untuned = youngGeneration('default');
	const tuned = youngGeneration('tuned');

	test('without them, objects that survive young collections grow the young generation', () => {
		assert.ok(untuned.after > 2 * untuned.before, `young generation ${untuned.before} → ${untuned.after} bytes`);
	});

	test('with them, the young generation stays near its initial size under the same allocations', () => {
		// V8 may still resize it a little (Node 24: 4 MB → 2 MB here, 4 MB → 4.5 MB on CI); what the
		// flags are for is that it does not double its way up as it does without them.
		const limit = Math.max(2 * tuned.before, untuned.after / 4);
		assert.ok(tuned.after <= limit, `young generation ${tuned.before} → ${tuned.after} bytes (untuned: → ${untuned.after}; limit ${limit})`);
		assert.ok(tuned.after < untuned.after, `tuned ${tuned.after} bytes, untuned ${untuned.after} bytes`);
	});
});
