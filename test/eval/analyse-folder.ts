// Test helper: loads a folder of articles through the real loader, analyses each, and returns the
// `riposte/analysis@1` export the scorers read.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {readGolds} from '../../source/eval/read-golds.js';
import {score, summaryLine, type Gold, type ScoreResult} from '../../source/eval/score.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {analyse, type AnalyseOptions} from '../../source/core/analyse.js';
import {toAnalysisExport, type AnalysisExport} from '../../source/report/export-json.js';

/** The analysis export of every article in `dir` (analysed with `options`, the lexicon's by default). */
export async function exportFolder(dir: string, options: AnalyseOptions = {}): Promise<AnalysisExport> {
	const {articles} = await loadArticles([dir]);
	return toAnalysisExport(articles.map(article => ({article, analysis: analyse(article, options)})));
}

/** Scores a fixture folder (articles beside their `.expected.json` gold) with the project scorer. */
export async function scoreFixtureFolder(dir: string): Promise<{result: ScoreResult; line: string; golds: number}> {
	const golds: Gold[] = readdirSync(dir)
		.filter(f => f.endsWith('.expected.json'))
		.sort()
		.map(f => ({file: f, ...(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Omit<Gold, 'file'>)}));
	const {aliases} = readGolds('test/gold');
	const exported = await exportFolder(dir);
	const {result, details} = score(exported.articles, golds, aliases, true);
	return {result, line: `${summaryLine(result)}\n${details.join('\n')}`, golds: golds.length};
}

/** The least each figure of a fixture folder's score must reach. */
export type Bars = {claims: number; responses: number; speakers: number; pairing: number; entities: number};

/** Scores a fixture folder and checks every article was matched and every figure reaches its bar. */
export async function assertFixtureScores(dir: string, bars: Bars): Promise<void> {
	const {result, line, golds} = await scoreFixtureFolder(dir);
	assert.equal(result.articles, `${golds}/${golds}`, line);
	assert.ok(result.claims.f1 >= bars.claims, line);
	assert.ok(result.responses.f1 >= bars.responses, line);
	assert.ok(result.speakers >= bars.speakers, line);
	assert.ok(result.pairing >= bars.pairing, line);
	assert.ok(result.entities.f1 >= bars.entities, line);
}

/** Scores a set laid out as `<dir>/articles` and `<dir>/gold` and checks every article matched and every figure reaches its bar. */
export async function assertGoldSet(dir: string, bars: Bars): Promise<void> {
	const exported = await exportFolder(`${dir}/articles`);
	const {golds, aliases} = readGolds(`${dir}/gold`);
	const {result} = score(exported.articles, golds, aliases);
	const line = summaryLine(result);
	assert.equal(result.articles, `${golds.length}/${golds.length}`, line);
	assert.ok(result.claims.f1 >= bars.claims, `claims: ${line}`);
	assert.ok(result.responses.f1 >= bars.responses, `responses: ${line}`);
	assert.ok(result.speakers >= bars.speakers, `speakers: ${line}`);
	assert.ok(result.pairing >= bars.pairing, `pairing: ${line}`);
	assert.ok(result.entities.f1 >= bars.entities, `entities: ${line}`);
}
