// The analysis worker (dist/analysis-worker.js): for each article the reader posts, reads the
// analysis cache, else analyses and writes the cache, all off the reader's thread (a large
// article's cache file is tens of MB of JSON), and posts the Analysis back (or why it failed).
// The reader stops a request it no longer wants by terminating this worker.
import {parentPort, workerData} from 'node:worker_threads';
import {analyse} from '../core/analyse.js';
import type {LoadProblem} from '../core/types.js';
import {createAnalysisStore} from '../io/analysis-cache.js';
import type {WorkerReply, WorkerRequest, WorkerSetup} from './analysis-messages.js';

const port = parentPort;
if (port) {
	const setup = workerData as WorkerSetup;
	let problem: LoadProblem | undefined;
	const store = createAnalysisStore({version: setup.version, dir: setup.cacheDir, report(found) {
		problem = found;
	}});
	port.on('message', ({job, article}: WorkerRequest) => {
		let reply: WorkerReply;
		problem = undefined;
		try {
			let analysis = store.lookup(article);
			if (!analysis) {
				analysis = analyse(article);
				store.save(article, analysis);
			}

			reply = {job, analysis};
		} catch (error) {
			reply = {job, error: error instanceof Error ? error.message : String(error)};
		}

		port.postMessage(problem ? {...reply, problem} : reply);
	});
}
