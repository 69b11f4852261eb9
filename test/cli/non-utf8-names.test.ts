// File names that are not valid UTF-8 (Latin-1 names from an old disk, a broken archive) are read
// and shown with U+FFFD stand-ins, not reported as missing; two such names that look alike are
// still two articles.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {openReaderLibrary} from '../../source/cli/reader-library.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {tempFolder} from '../io/temp-folder.js';
import {runCli, skipReason} from './run-cli.js';

const article = (title: string) => `---\ntitle: ${title}\n---\nNATO said China must stop. The text of ${title}.\n`;

/** A folder with two Latin-1 names that decode alike (caf\xe9, caf\xe8) and one UTF-8 name. */
function folder() {
	const dir = tempFolder({'plain.md': article('Plain Name')});
	const raw = (name: Buffer) => Buffer.concat([Buffer.from(`${dir}/`), name]);
	writeFileSync(raw(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64])), article('Latin One'));
	writeFileSync(raw(Buffer.from([0x63, 0x61, 0x66, 0xe8, 0x2e, 0x6d, 0x64])), article('Latin Two'));
	return dir;
}

describe('names that are not valid UTF-8', () => {
	test('the loader reads them and shows them with stand-ins', async () => {
		const dir = folder();
		const {articles, problems} = await loadArticles([dir]);
		assert.deepEqual(problems, []);
		assert.deepEqual(articles.map(a => a.title).sort(), ['Latin One', 'Latin Two', 'Plain Name']);
		for (const listed of articles.filter(a => a.title.startsWith('Latin'))) {
			assert.equal(path.basename(listed.path), 'caf\uFFFD.md');
			assert.ok(isTerminalSafe(listed.path));
			assert.match(listed.body, /The text of Latin/);
		}
	});

	test('the reader lists them from their heads and reads their bodies when opened', async () => {
		const dir = folder();
		const library = openReaderLibrary([dir], {version: 'test', cacheDir: tempFolder(), cwd: '/'});
		await library.first;
		library.started();
		const done = await library.done;
		assert.deepEqual(done.problems, []);
		assert.deepEqual(done.articles.map(a => a.title).sort(), ['Latin One', 'Latin Two', 'Plain Name']);
		for (const listed of done.articles) assert.match(listed.body, new RegExp(`The text of ${listed.title}`));
		assert.deepEqual(library.late, []);
		library.save();
	});

	test('export lists them; one named on the command line gets a message saying why it cannot be opened', {skip: skipReason}, () => {
		const dir = folder();
		const run = runCli(['export', dir, '--format', 'markdown']);
		assert.equal(run.status, 0, run.stderr);
		for (const title of ['Latin One', 'Latin Two', 'Plain Name']) assert.match(run.stdout, new RegExp(title));
		const named = runCli(['export', `${dir}/caf\uFFFD.md`]);
		assert.equal(named.status, 1);
		assert.match(named.stderr, /has a name that is not valid UTF-8, which riposte cannot open by name; name the folder that holds it instead/);
	});
});
