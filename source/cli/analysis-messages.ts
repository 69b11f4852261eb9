// What the reader and its analysis worker say to each other.
import type {Analysis, Article, LoadProblem} from '../core/types.js';

/** How the worker reaches the analysis cache (its workerData). */
export type WorkerSetup = {version: string; cacheDir: string};

/** One article to analyse; `job` names the reply. */
export type WorkerRequest = {job: number; article: Article};

/** The analysis of a request, or the message of what it threw; and a bad cache entry it found, if any. */
export type WorkerReply = ({job: number; analysis: Analysis} | {job: number; error: string}) & {problem?: LoadProblem};
