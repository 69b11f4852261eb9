import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {formatKeyHelp} from '../../source/state/key-help.js';

test('the README’s key table is the key table', () => {
	const readme = readFileSync('README.md', 'utf8');
	assert.ok(readme.includes(`\`\`\`\n${formatKeyHelp()}\n\`\`\``), 'README.md: paste the output of formatKeyHelp() (riposte --help) into the Keys section');
});
