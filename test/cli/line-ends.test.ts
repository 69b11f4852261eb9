// A CR-only file (an old Mac export) exports as the same text with LF does: its title, its
// paragraphs, and offsets that point into the body the export reports.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {tempFolder} from '../io/temp-folder.js';
import {runCli, skipReason} from './run-cli.js';

type Span = {text: string; start: number; end: number};
type Exported = {path: string; title: string; body: string; entities: Span[]; claims: Span[]; responses: Span[]};

const article = [
	'NATO Calls China a Decisive Enabler',
	'',
	'NATO leaders said on Wednesday that China had become a "decisive enabler" of Russia\'s war against Ukraine.',
	'',
	'Chinese Foreign Ministry spokesman Lin Jian said the accusation was "groundless" and that China had never provided lethal weapons.',
	'',
].join('\n');

function exported(file: string): Exported {
	const run = runCli(['export', file]);
	assert.equal(run.status, 0, run.stderr);
	return (JSON.parse(run.stdout) as {articles: Exported[]}).articles[0]!;
}

describe('riposte export of CR-only files', {skip: skipReason}, () => {
	test('reads the title, paragraphs and spans as with LF line ends, offsets into the reported body', () => {
		const dir = tempFolder({'lf/a.txt': article, 'cr/a.txt': article.replaceAll('\n', '\r')});
		const [lf, cr] = [exported(path.join(dir, 'lf', 'a.txt')), exported(path.join(dir, 'cr', 'a.txt'))];
		assert.equal(cr.title, 'NATO Calls China a Decisive Enabler');
		assert.deepEqual({...cr, path: ''}, {...lf, path: ''});
		assert.equal(cr.body.split('\n\n').length, 2);
		assert.ok(cr.claims.length > 0 && cr.responses.length > 0, 'a claim and a response are found');
		for (const span of [...cr.entities, ...cr.claims, ...cr.responses]) assert.equal(cr.body.slice(span.start, span.end), span.text);
	});
});
