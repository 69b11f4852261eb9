import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Analysis, Article} from '../../source/core/types.js';
import {createCachedAnalyse} from '../../source/io/analysis-cache.js';
import {tempFolder} from './temp-folder.js';

const temporary = () => tempFolder();

const article = (body: string): Article => ({id: 'a', path: 'a.md', title: 'T', outlet: null, published: null, source: null, body});

/** A stand-in analysis that counts its calls and records the body length as a sentence. */
function counting() {
	const calls: string[] = [];
	const analyse = (input: Article): Analysis => {
		calls.push(input.body);
		return {articleId: input.id, sentences: [{start: 0, end: input.body.length}], entities: [], claims: [], responses: [], pairs: []};
	};

	return {calls, analyse};
}

describe('cachedAnalyse', () => {
	test('analyses once, then reads the result from disk in a later run', () => {
		const dir = temporary();
		const first = counting();
		const result = createCachedAnalyse({analyse: first.analyse, version: '1', dir})(article('Body.'));
		const second = counting();
		assert.deepEqual(createCachedAnalyse({analyse: second.analyse, version: '1', dir})(article('Body.')), result);
		assert.deepEqual(first.calls, ['Body.']);
		assert.deepEqual(second.calls, []);
	});

	test('a changed body is a new key', () => {
		const dir = temporary();
		const run = counting();
		const cached = createCachedAnalyse({analyse: run.analyse, version: '1', dir});
		cached(article('One.'));
		cached(article('Two.'));
		assert.deepEqual(run.calls, ['One.', 'Two.']);
	});

	test('a new version re-analyses and removes the old version\'s folder', () => {
		const dir = temporary();
		createCachedAnalyse({analyse: counting().analyse, version: '1', dir})(article('Body.'));
		const later = counting();
		createCachedAnalyse({analyse: later.analyse, version: '2', dir})(article('Body.'));
		assert.deepEqual(later.calls, ['Body.']);
		assert.equal(readdirSync(dir).length, 1);
	});

	test('a corrupt cache entry is replaced by a fresh analysis', () => {
		const dir = temporary();
		createCachedAnalyse({analyse: counting().analyse, version: '1', dir})(article('Body.'));
		const [folder] = readdirSync(dir);
		const [entry] = readdirSync(path.join(dir, folder!));
		writeFileSync(path.join(dir, folder!, entry!), '{"articleId": "a", "sentences": nope');
		const again = counting();
		const result = createCachedAnalyse({analyse: again.analyse, version: '1', dir})(article('Body.'));
		assert.deepEqual(again.calls, ['Body.']);
		assert.equal(result.sentences[0]?.end, 5);
	});

	test('an unwritable cache folder still returns the analysis', () => {
		const dir = temporary();
		writeFileSync(path.join(dir, 'blocked'), 'x');
		const run = counting();
		const result = createCachedAnalyse({analyse: run.analyse, version: '1', dir: path.join(dir, 'blocked')})(article('Body.'));
		assert.equal(result.articleId, 'a');
	});

	test('the same article object is analysed once per run even without a disk', () => {
		const dir = temporary();
		writeFileSync(path.join(dir, 'blocked'), 'x');
		const run = counting();
		const cached = createCachedAnalyse({analyse: run.analyse, version: '1', dir: path.join(dir, 'blocked')});
		const one = article('Body.');
		cached(one);
		cached(one);
		assert.equal(run.calls.length, 1);
	});

	// A real analysis with a claim, a response and a pair, so each list has an element to break.
	const body = 'NATO said China must stop. China said the claims are groundless.';
	const full = (input: Article): Analysis => {
		const attribution = (start: number, end: number, side: 'accuser' | 'china') => ({start, end, text: body.slice(start, end), speaker: side === 'china' ? 'China' : 'NATO', role: null, cue: 'said', kind: 'indirect' as const, side, sentence: {start, end}, content: {start, end}, why: ['a rule']});
		return {
			articleId: input.id,
			sentences: [{start: 0, end: 26}, {start: 27, end: body.length}],
			entities: [{start: 0, end: 4, text: 'NATO', canonical: 'NATO', type: 'organization'}],
			claims: [{...attribution(0, 26, 'accuser'), id: 'c1', topics: ['support']}],
			responses: [{...attribution(27, body.length, 'china'), id: 'r1', topics: []}],
			pairs: [{claim: 'c1', response: 'r1', score: 0.5, why: ['answers it']}],
		};
	};

	// The stored JSON as the test breaks it: any shape at all.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	type Loose = any;
	// [what, how the stored analysis is broken]
	const breakages: Array<[string, (data: Loose) => void]> = [
		['"entities":[null]', data => { data.entities = [null]; }],
		['"pairs":[null]', data => { data.pairs = [null]; }],
		['"responses":[{}]', data => { data.responses = [{}]; }],
		['"claims":[null]', data => { data.claims = [null]; }],
		['a span past the end of the body', data => { data.entities[0].end = 10_000; }],
		['a span that ends before it starts', data => { data.sentences[0] = {start: 5, end: 2}; }],
		['a pair naming a claim that is not there', data => { data.pairs[0].claim = 'c9'; }],
		['an OSC 0 in a speaker', data => { data.claims[0].speaker = '\u001B]0;PWNED\u0007'; }],
		['an OSC 8 in an entity', data => { data.entities[0].canonical = '\u001B]8;;http://x\u001B\\NATO'; }],
		['a BEL in a topic', data => { data.claims[0].topics = ['\u0007']; }],
		['an 8-bit CSI in a cue', data => { data.responses[0].cue = '\u009B2J'; }],
		['a U+202E in the text', data => { data.claims[0].text = 'a\u202Eb'; }],
		['an unknown side', data => { data.claims[0].side = 'nobody'; }],
		['a score that is not a number', data => { data.pairs[0].score = 'high'; }],
		['no why', data => { delete data.pairs[0].why; }],
		['another article\'s analysis', data => { data.articleId = 'b'; }],
		['not an object', data => { data.entities = {}; }],
	];
	for (const [what, breakIt] of breakages) {
		test(`a cached analysis with ${what} is named once, dropped and rebuilt`, () => {
			const dir = temporary();
			const input = article(body);
			const good = createCachedAnalyse({analyse: full, version: '1', dir})(input);
			const [folder] = readdirSync(dir);
			const [entry] = readdirSync(path.join(dir, folder!));
			const file = path.join(dir, folder!, entry!);
			const data = JSON.parse(readFileSync(file, 'utf8')) as Loose;
			breakIt(data);
			writeFileSync(file, JSON.stringify(data));
			const reports: string[] = [];
			const again = counting();
			const cached = createCachedAnalyse({analyse: input => (again.analyse(input), full(input)), version: '1', dir, report: problem => reports.push(`${problem.path}: ${problem.reason}`)});
			assert.deepEqual(cached(article(body)), good);
			assert.equal(again.calls.length, 1);
			assert.equal(reports.length, 1);
			assert.match(reports[0]!, /^a\.md: had a corrupt cached analysis, dropped and analysed again \(.*\.json\)$/);
			// Rebuilt: the next run reads it back without a word.
			const later = counting();
			assert.deepEqual(createCachedAnalyse({analyse: later.analyse, version: '1', dir, report: problem => reports.push(problem.reason)})(article(body)), good);
			assert.equal(later.calls.length, 0);
			assert.equal(reports.length, 1);
		});
	}
});
