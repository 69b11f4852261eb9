// The `?` overlay at 80 columns: long rows wrap under themselves instead of being cut.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {describeKeys} from '../../source/state/key-help.js';
import {helpLines} from '../../source/ui/help-overlay.js';
import {themeFor} from '../../source/ui/theme.js';

describe('help at 80 columns', () => {
	const lines = helpLines(themeFor(false), 80);
	test('no line is wider than the screen', () => {
		for (const line of lines) assert.ok(stringWidth(line) <= 80, line);
	});

	test('every description and where it applies is there in full, continuation lines indented', () => {
		const text = lines.join(' ').replaceAll(/\s+/g, ' ');
		for (const row of describeKeys()) assert.ok(text.includes(`${row.description} — ${row.where}`), row.description);
		assert.ok(lines.length > helpLines(themeFor(false)).length, 'some rows wrapped');
		assert.ok(lines.filter(l => l.startsWith('              ')).length > 0);
	});
});
