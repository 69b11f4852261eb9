import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {computeLayout} from '../../source/ui/layout.js';

describe('computeLayout', () => {
	const rows: Array<[number, number, 'list' | 'article' | 'claims', string, string[]]> = [
		[160, 45, 'list', 'wide', ['list', 'article', 'claims']],
		[120, 30, 'claims', 'wide', ['list', 'article', 'claims']],
		[100, 30, 'list', 'medium', ['list', 'claims']],
		[80, 24, 'article', 'medium', ['article', 'claims']],
		[79, 24, 'claims', 'narrow', ['claims']],
		[40, 10, 'article', 'narrow', ['article']],
	];
	for (const [columns, height, focus, mode, visible] of rows) {
		test(`${columns}×${height} with ${focus} focused is ${mode}, showing ${visible.join(', ')}`, () => {
			const layout = computeLayout(columns, height, focus, 2);
			assert.equal(layout.kind, 'panes');
			if (layout.kind === 'panes') {
				assert.equal(layout.mode, mode);
				assert.deepEqual(layout.visible, visible);
				const used = layout.visible.reduce((sum, pane) => sum + layout[pane].width, 0);
				assert.equal(used, columns, 'the panes fill the width exactly');
			}
		});
	}

	const small: Array<[number, number]> = [[39, 30], [100, 9], [30, 8]];
	for (const [columns, height] of small) {
		test(`${columns}×${height} is too small`, () => {
			assert.equal(computeLayout(columns, height, 'list', 2).kind, 'too-small');
		});
	}
});
