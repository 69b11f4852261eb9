// Test helper (not app code): renders the App with ink-testing-library at a chosen terminal
// size, and sends keys after a tick.
import {setTimeout as delay} from 'node:timers/promises';
import {render} from 'ink-testing-library';
import type {Analysis, Article, LoadProblem} from '../../source/core/types.js';
import {App, type AppProps} from '../../source/ui/app.js';

/** The date the fixtures' ages are counted from. */
export const now = new Date('2026-11-23T12:00:00Z');

/** Key sequences as a terminal sends them. */
export const keys = {
	up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', enter: '\r', tab: '\t', shiftTab: '\u001B[Z', escape: '\u001B', backspace: '\u007F', ctrlC: '\u0003',
} as const;

type Options = Partial<AppProps> & {articles: Article[]; analyses?: Analysis[]; problems?: LoadProblem[]; columns?: number; rows?: number};

/** Render the reader at `columns`×`rows`; analyse looks fixtures up by id and counts calls. */
export async function renderApp(options: Options) {
	const analysed: string[] = [];
	const byId = new Map((options.analyses ?? []).map(a => [a.articleId, a]));
	const analyse = options.analyse ?? ((article: Article): Analysis => {
		analysed.push(article.id);
		return byId.get(article.id) ?? {articleId: article.id, sentences: [], entities: [], claims: [], responses: [], pairs: []};
	});
	const instance = render(<App now={now} problems={[]} {...options} analyse={analyse}/>);
	resize(instance.stdout, options.columns ?? 140, options.rows ?? 40);
	await delay(30);
	const press = async (...sequence: string[]) => {
		for (const key of sequence) {
			instance.stdin.write(key);
			// eslint-disable-next-line no-await-in-loop
			await delay(15);
		}
	};

	return {...instance, analysed, press, resize: async (columns: number, rows: number) => {
		resize(instance.stdout, columns, rows);
		await delay(30);
	}, frame: () => instance.lastFrame() ?? ''};
}

/** ink-testing-library's stdout reports 100 columns and no rows; shadow both and announce a resize. */
function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number) {
	Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(stdout, 'rows', {value: rows, configurable: true});
	stdout.emit('resize');
}
