// Starting the built reader (dist/cli.js) in tmux, and what the tests know about the bundled
// articles: their titles and analyses, read from the files themselves rather than written into the tests.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before} from 'node:test';
import {fileURLToPath} from 'node:url';
import {analyse} from '../../source/core/analyse.js';
import type {Analysis, Article} from '../../source/core/types.js';
import {loadArticles} from '../../source/io/load-articles.js';
import {withTerminalReport} from './terminal-report.js';
import {skipReason as tmuxSkip, TmuxSession} from './tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built program the tests drive (npm test builds it first). */
export const cliPath = path.join(root, 'dist', 'cli.js');
/** The bundled articles folder. */
export const articlesDir = path.join(root, 'articles');

/** Why the riposte e2e tests cannot run here, or false. */
export const skipReason: string | false = tmuxSkip || (existsSync(cliPath) ? false : 'dist/cli.js is missing: run `npm run build` first');

/** The two terminal sizes every journey is run at. */
export const sizes = [
	{cols: 160, rows: 45},
	{cols: 80, rows: 24},
] as const;

/** The title in one bundled file's front matter. */
export function titleOf(file: string): string {
	const text = readFileSync(file, 'utf8');
	const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text.split(/^---$/m)[1] ?? '')?.[1];
	if (!title) throw new Error(`no title in ${file}`);
	return title;
}

/** The bundled articles' files and titles, in file-name order. */
export const bundled = readdirSync(articlesDir).filter(f => f.endsWith('.md')).sort().map(file => ({
	file: path.join(articlesDir, file),
	title: titleOf(path.join(articlesDir, file)),
}));

/** How much of a title is looked for on screen: a narrow list pane may cut the rest. */
export const titleProbe = (title: string) => title.slice(0, 14);

/** True when the start of every given title is on screen. */
export const showsTitles = (titles: string[]) => (screen: string) => titles.every(t => screen.includes(titleProbe(t)));

/** Starts riposte with these arguments; after it exits the pane reports the terminal's state. */
export async function startReader(size: {cols: number; rows: number}, args: string[] = [], env: Record<string, string> = {}): Promise<TmuxSession> {
	return TmuxSession.start({...size, command: withTerminalReport([process.execPath, cliPath, ...args]), cwd: root, env});
}

/** The pid of the node process running riposte inside the pane's shell. */
export function readerPid(session: TmuxSession): number {
	const [pid] = session.childPids(session.panePid());
	if (!pid) throw new Error('riposte is not running in the pane');
	return pid;
}

/** One bundled article with its analysis. */
export type Analysed = {article: Article; analysis: Analysis};

/** Loads and analyses the bundled articles, in the loader's order. */
export async function analysedBundled(): Promise<Analysed[]> {
	const {articles} = await loadArticles([articlesDir]);
	return articles.map(article => ({article, analysis: analyse(article)}));
}

/**
 * The hooks of a test file that drives readers on the bundled articles: before its tests the
 * bundled articles are analysed (unless the e2e tests are skipped) into `analysed`, which is empty
 * until then; after them every session `start` made is closed, whether its test passed or not.
 * Call it at the top of the file. `start` opens the reader at a size and waits for the bundled titles.
 */
export function useReaderSessions() {
	const sessions: TmuxSession[] = [];
	const analysed: Analysed[] = [];
	const titles = bundled.map(a => a.title);

	before(async () => {
		if (!skipReason) analysed.push(...await analysedBundled());
	});

	after(() => {
		for (const session of sessions) session.close();
	});

	/** Starts riposte on the bundled articles; resolves once every bundled title is on screen. */
	const start = async (size: {cols: number; rows: number}) => {
		const session = await startReader(size);
		sessions.push(session);
		return {session, screen: await session.waitFor(showsTitles(titles))};
	};

	return {analysed, titles, start};
}
