// The reader's analyses off its thread: a large article is posted to a worker
// (dist/analysis-worker.js), which reads or fills the analysis cache, and its Analysis comes back as a promise, while keys, the screen and
// signals go on being answered. One request runs at a time; one no longer wanted is stopped by
// terminating the worker (analysis is synchronous, so nothing else can stop it), and the next
// request starts a new one. Small articles are analysed inline (see README, Performance).
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {Analysis, Article, LoadProblem} from '../core/types.js';
import type {BackgroundAnalyse, PendingAnalysis} from '../ui/use-open-analysis.js';
import type {WorkerReply, WorkerRequest, WorkerSetup} from './analysis-messages.js';

/** What the reader is given: which articles go to the worker, how to ask, and how to stop it all. */
export type WorkerAnalyse = BackgroundAnalyse & {close: () => void};

export type BackgroundOptions = {
	/** Where the worker finds the analysis cache (it reads and writes it, off the reader's thread). */
	setup: WorkerSetup;
	/** Told of a corrupt cache entry the worker found (and replaced). */
	report?: (problem: LoadProblem) => void;
	/** Bodies shorter than this (characters) are analysed inline. */
	inlineBelow: number;
	/** The worker's script; by default dist/analysis-worker.js beside the running bundle. */
	script?: string;
};

/** The default worker script: beside this bundle (dist/cli.js → dist/analysis-worker.js). */
export const workerScript = () => fileURLToPath(new URL('analysis-worker.js', import.meta.url));

/** A plain copy of an article (a lazily read body is a getter; the copy holds the text). */
const plain = (a: Article): Article => ({id: a.id, path: a.path, title: a.title, outlet: a.outlet, published: a.published, source: a.source, author: a.author ?? null, tags: a.tags ?? [], body: a.body});

/** Null when there is no worker script to run (running from source): the reader then analyses inline. */
export function createBackgroundAnalyse(options: BackgroundOptions): WorkerAnalyse | null {
	const script = options.script ?? workerScript();
	if (!existsSync(script)) return null;
	let worker: Worker | null = null;
	let jobs = 0;
	const waiting = new Map<number, {resolve: (a: Analysis) => void; reject: (e: Error) => void}>();

	// Requests still waiting are dropped, not failed: nobody wants their answer any more.
	const stop = () => {
		void worker?.terminate();
		worker = null;
		waiting.clear();
	};

	const start = () => {
		const w = new Worker(script, {workerData: options.setup});
		// The worker never keeps the program alive: quitting does not wait for an analysis.
		w.unref();
		w.on('message', (reply: WorkerReply) => {
			const job = waiting.get(reply.job);
			waiting.delete(reply.job);
			if (reply.problem) options.report?.(reply.problem);
			if ('analysis' in reply) job?.resolve(reply.analysis);
			else job?.reject(new Error(reply.error));
		});
		const fail = (error: Error) => {
			if (worker !== w) return;
			worker = null;
			for (const {reject} of waiting.values()) reject(error);
			waiting.clear();
		};

		w.on('error', fail);
		w.on('exit', code => {
			fail(new Error(`the analysis stopped (worker exit ${code})`));
		});
		return w;
	};

	const run = (article: Article): PendingAnalysis => {
		worker ??= start();
		const job = ++jobs;
		let wanted = true;
		const result = new Promise<Analysis>((resolve, reject) => {
			waiting.set(job, {resolve, reject});
		});
		const request: WorkerRequest = {job, article: plain(article)};
		worker.postMessage(request);
		return {
			result: result.then(analysis => (wanted ? analysis : new Promise<never>(() => undefined)), error => (wanted ? Promise.reject(error) : new Promise<never>(() => undefined))),
			cancel() {
				wanted = false;
				// Still running: nothing else can stop a synchronous analysis.
				if (waiting.has(job)) stop();
			},
		};
	};

	return {
		wants: article => article.body.length >= options.inlineBelow,
		run,
		close: stop,
	};
}
