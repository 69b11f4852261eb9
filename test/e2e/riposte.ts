// Starting the built reader (dist/cli.js) in tmux, and what the tests know about the bundled
// articles: their titles, read from the files themselves rather than written into the tests.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
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
