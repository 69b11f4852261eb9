// `riposte URL` and `riposte export URL` as a user runs them: against a local server, into a
// library in a temporary data folder, found again offline by `riposte` with no arguments.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {newsPage, rssFeed} from '../formats/documents.js';
import {tempFolder} from '../io/temp-folder.js';
import {serve, startServer} from '../web/server.js';
import {cliPath, root, runEnv, skipReason} from './run-cli.js';

const run = promisify(execFile);

/** Runs the CLI without blocking this process (the server answers from it). */
async function riposte(args: string[], env: Record<string, string>): Promise<{status: number; stdout: string; stderr: string}> {
	try {
		const {stdout, stderr} = await run(process.execPath, [cliPath, ...args], {cwd: root, env: {...runEnv, ...env}, timeout: 30_000});
		return {status: 0, stdout, stderr};
	} catch (error) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {status: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

describe('riposte with addresses', {skip: skipReason}, async () => {
	const server = await startServer({'/nato': serve('text/html; charset=utf-8', newsPage), '/feed': serve('application/rss+xml', rssFeed)});
	const data = tempFolder();
	const env = {XDG_DATA_HOME: data};

	test('export URL writes the analysis with the page’s address; the page is kept in the library', async () => {
		const result = await riposte(['export', `${server.base}/nato`], env);
		assert.equal(result.status, 0, result.stderr);
		const exported = JSON.parse(result.stdout) as {articles: Array<{title: string; url: string | null; author: string | null; claims: unknown[]}>};
		assert.equal(exported.articles.length, 1);
		assert.equal(exported.articles[0]?.url, 'https://wire.example/2024/07/nato-china');
		assert.equal(exported.articles[0]?.author, 'Jane Roe');
		assert.ok(exported.articles[0]!.claims.length > 0);
		assert.equal(readdirSync(path.join(data, 'riposte', 'library')).length, 1);
	});

	test('a failed address is named with its reason; the other inputs are still read', async () => {
		const inputs = [`${server.base}/gone`, `${server.base}/feed`, path.join(root, 'articles', '2024-07-10-nato-decisive-enabler-rfa.md')];
		const exported = await riposte(['export', ...inputs], env);
		assert.equal(exported.status, 1, 'export says some input failed');
		assert.equal((JSON.parse(exported.stdout) as {articles: unknown[]}).articles.length, 3);
		const result = await riposte(inputs, env);
		assert.equal(result.status, 0, 'the listing lists what it could, as for files');
		assert.match(result.stderr, new RegExp(`${server.base}/gone: answered 404 Not Found`));
		assert.match(result.stdout, /NATO says China enables Russia’s war · Wire World/);
		assert.match(result.stdout, /China is a “decisive enabler”/);
	});

	test('offline, riposte with no arguments lists the bundled articles and the library', async () => {
		await server.close();
		const result = await riposte([], env);
		assert.equal(result.status, 0, result.stderr);
		assert.match(result.stdout, /NATO calls China a “decisive enabler” of Russia’s war · The Wire · 2024-07-10/);
		assert.match(result.stdout, /Beijing answers/);
		assert.match(result.stdout, /Radio Free Asia/);
		assert.equal(result.stdout.split('\n').filter(line => / — \d+ claims?, /.test(line)).length, 5 + 3);
	});

	test('an address that cannot be reached, alone, reads nothing and says why', async () => {
		const result = await riposte(['export', `${server.base}/nato`], env);
		assert.equal(result.status, 1);
		assert.match(result.stderr, /refused the connection|could not be fetched/);
		assert.match(result.stderr, /no article could be read/);
		assert.equal(result.stdout, '');
	});
});
