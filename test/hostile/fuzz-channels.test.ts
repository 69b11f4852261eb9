// Property, over every channel by which text from outside reaches riposte: argv, file names,
// pasted keys, cache files and OS error messages. Whatever comes in, nothing throws and nothing
// a terminal would act on comes out. 2,000 generated inputs a channel (10,000 in all) in npm test;
// RIPOSTE_FUZZ_CASES=100000 runs a longer sweep, RIPOSTE_FUZZ_SEED replays one.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {Writable} from 'node:stream';
import {parseInvocation} from '../../source/cli/args.js';
import {writeAll} from '../../source/cli/output.js';
import {formatProblems} from '../../source/cli/problems.js';
import {isAnalysisOf} from '../../source/io/analysis-schema.js';
import {entryAt, type HeadIndex} from '../../source/io/head-index.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {describeFsError} from '../../source/io/problem-words.js';
import {reduce} from '../../source/state/reducer.js';
import {initialState, type State} from '../../source/state/state.js';
import {isTerminalSafe} from '../../source/text/sanitize.js';
import {hostileFile, memoryFs, seeded, text, type Random} from './generate.js';

const seed = Number(process.env['RIPOSTE_FUZZ_SEED'] ?? 20_241_202);
const cases = Number(process.env['RIPOSTE_FUZZ_CASES'] ?? 2000);

/** What writeAll puts on a stream (the one way the CLI writes). */
async function written(message: string): Promise<string> {
	let out = '';
	const sink = new Writable({
		write(chunk: Buffer, _encoding, done) {
			out += chunk.toString();
			done();
		},
	});
	await writeAll(sink, message);
	return out;
}

/** A command line: options, values and words, some of them hostile. */
function argv(random: Random): string[] {
	return Array.from({length: 1 + random.int(4)}, () => {
		const word = text(random, 1 + random.int(3)).slice(0, 200);
		return random.pick([word, `--${word}`, `-${word}`, 'export', '--format', '-o', `--format=${word}`]);
	});
}

describe(`fuzz over every channel (${cases} inputs each, seed ${seed})`, () => {
	test('argv: parsing never throws, and every usage error is written inert', async () => {
		const random = seeded(seed);
		for (let index = 0; index < cases; index++) {
			const args = argv(random);
			const invocation = parseInvocation(args);
			if (invocation.command !== 'usage-error') continue;
			// eslint-disable-next-line no-await-in-loop
			const out = await written(`riposte: ${invocation.message}\n`);
			assert.ok(isTerminalSafe(out), JSON.stringify(args));
		}
	});

	test('file names: every article path, id and problem is inert, and a good file always loads', async () => {
		const random = seeded(seed + 1);
		for (let start = 0; start < cases; start += 100) {
			const files = new Map<string, Uint8Array>([['good.md', Buffer.from('---\ntitle: Good\n---\nChina denied it.')]]);
			for (let index = 0; index < 100; index++) {
				const name = `${start + index}${text(random, 1 + random.int(3)).replaceAll('/', '').slice(0, 120)}${random.pick(['.md', '.txt', ''])}`;
				files.set(name, hostileFile(random).bytes);
			}

			// eslint-disable-next-line no-await-in-loop
			const {articles, problems} = await loadArticles([...files.keys(), `missing-${text(random, 2)}`], {fs: memoryFs(files)});
			assert.ok(articles.some(article => article.path === 'good.md'));
			for (const article of articles) assert.ok(isTerminalSafe(article.path + article.id + article.title), JSON.stringify(article.path));
			// eslint-disable-next-line no-await-in-loop
			assert.ok(isTerminalSafe(await written(formatProblems(problems))));
		}
	});

	test('pasted keys: the search draft never holds a control, bidi or invisible character', () => {
		const random = seeded(seed + 2);
		let state: State = {...initialState({listIds: ['a'], hasProblems: false}), search: {editing: true, draft: '', query: '', matches: [], current: -1}};
		for (let index = 0; index < cases; index++) {
			state = reduce(state, {type: 'type', text: text(random, 1 + random.int(4)).slice(0, 300)});
			assert.ok(isTerminalSafe(state.search.draft) && !/[\t\n]/.test(state.search.draft), JSON.stringify(state.search.draft.slice(-40)));
			if (state.search.draft.length > 2000) state = {...state, search: {...state.search, draft: ''}};
		}
	});

	test('cache files: a mangled analysis or head index line is never taken, never throws, never yields a control', () => {
		const random = seeded(seed + 3);
		const body = 'NATO said China must stop. China said the claims are groundless.';
		const good = {articleId: 'a', sentences: [{start: 0, end: 26}], entities: [{start: 0, end: 4, text: 'NATO', canonical: 'NATO', type: 'organization'}], claims: [], responses: [], pairs: []};
		const hostile = () => random.pick<unknown>([null, {}, [], [null], [{}], -1, 1e308, Number.NaN, 'x', text(random, 2), {start: 5, end: 1}, {start: 0, end: 1e9}, true]);
		let taken = 0;
		for (let index = 0; index < cases; index++) {
			const data = structuredClone(good) as Record<string, unknown>;
			const key = random.pick(['articleId', 'sentences', 'entities', 'claims', 'responses', 'pairs', 'entities.0', 'entities.0.text', 'entities.0.end', 'entities.0.type']);
			const [top, item, field] = key.split('.');
			if (item === undefined) data[top!] = hostile();
			else if (field === undefined) (data[top!] as unknown[])[Number(item)] = hostile();
			else ((data[top!] as Array<Record<string, unknown>>)[Number(item)]!)[field] = hostile();
			if (isAnalysisOf(JSON.parse(JSON.stringify(data)) as unknown, 'a', body)) taken++;

			// A head index line: size, mtime, kind, then fields, any of them hostile.
			const fields = ['10', '1', random.pick(['h', 'p', 'x']), ...Array.from({length: random.int(9)}, () => text(random, 1 + random.int(2)).replaceAll('\n', ' ').replaceAll('\t', ' '))];
			const line = `/a.md\t${fields.join('\t')}\n`;
			const index_: HeadIndex = {text: line, lines: new Map([['/a.md', 6]]), bad: 0};
			const entry = entryAt(index_, 6, 10, 1);
			if (entry) {
				const strings = 'problem' in entry ? [entry.problem] : [entry.head.title, entry.head.outlet ?? '', entry.head.published ?? '', entry.head.source ?? '', ...entry.head.warnings];
				for (const value of strings) assert.ok(isTerminalSafe(value), JSON.stringify(value));
			}
		}

		// Some mutations leave a valid analysis (a number where any number goes): none may be unsafe, and most are refused.
		assert.ok(taken < cases / 2, `${taken} mangled analyses accepted`);
	});

	test('OS error messages: whatever the message repeats, the reason is inert', async () => {
		const random = seeded(seed + 4);
		for (let index = 0; index < cases; index++) {
			const code = random.pick(['ENXIO', 'EWHATEVER', 'EACCES', undefined]);
			const error = Object.assign(new Error(`${code ?? 'E'}: no such device, open '${text(random, 3)}'`), {code});
			const reason = describeFsError(error);
			assert.ok(isTerminalSafe(reason), JSON.stringify(reason));
			// eslint-disable-next-line no-await-in-loop
			assert.ok(isTerminalSafe(await written(formatProblems([{path: text(random, 2), reason}]))));
		}
	});
});
