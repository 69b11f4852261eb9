// Test helper (not app code): renders the App with ink-testing-library at a chosen terminal
// size, and sends keys after a tick.
import {setTimeout as delay} from 'node:timers/promises';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
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
	const frame = () => instance.lastFrame() ?? '';
	const fits = (columns: number, rows: number) => () => {
		const lines = frame().split('\n');
		// The frame for this size: one row short of the terminal, nothing wider than it.
		return lines.length === rows - 1 && lines.every(line => stringWidth(line) <= columns);
	};

	const resizeTo = async (columns: number, rows: number) => {
		resize(instance.stdout, columns, rows);
		await until(fits(columns, rows));
	};

	await delay(20);
	await resizeTo(options.columns ?? 140, options.rows ?? 40);
	/** Type keys one at a time, each after the frame of the one before (or a quiet moment). */
	const press = async (...sequence: string[]) => {
		for (const key of sequence) {
			const before = instance.frames.length;
			instance.stdin.write(key);
			// eslint-disable-next-line no-await-in-loop
			await until(() => instance.frames.length > before, 500);
			// Let passive effects run: ink-select-input re-subscribes its key handler after each frame.
			// eslint-disable-next-line no-await-in-loop
			await delay(10);
		}
	};

	return {...instance, analysed, press, resize: resizeTo, frame};
}

/** Poll until a condition holds or the time is up (keys that change nothing draw no frame). */
export async function until(condition: () => boolean, timeoutMs = 1000) {
	const end = Date.now() + timeoutMs;
	while (!condition() && Date.now() < end) {
		// eslint-disable-next-line no-await-in-loop
		await delay(5);
	}
}

/** ink-testing-library's stdout reports 100 columns and no rows; shadow both and announce a resize. */
function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number) {
	Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(stdout, 'rows', {value: rows, configurable: true});
	stdout.emit('resize');
}
