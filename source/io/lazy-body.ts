// An article listed from its head, whose body is read the first time something reads
// `article.body`: the same decode, sanitise and furniture removal as the full loader, once.
// A file that changed, broke or vanished after start-up gives a body that says so, and a
// problem, never a throw: the getter runs inside a render.
import type {Article, LoadProblem, Mark} from '../core/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Unnamed} from './article-order.js';
import {fileOf, type Candidate} from './find-articles.js';
import type {Head} from './head-parse.js';
import type {ReaderFs} from './loader-fs.js';
import {maxFileBytes, readFailure} from './read-file.js';
import {toArticle} from './to-article.js';

/** What every lazily read article of one library shares: the file system, and where problems found later go. */
export type BodyContext = {fs: ReaderFs; report: (problem: LoadProblem) => void};

/** The body shown in place of an article that could not be read after it was listed. */
export function unreadableBody(shown: string, reason: string): string {
	return `This article could not be read: ${shown} ${sanitizeLine(reason)}.\n\nIt was listed when riposte started; the file has changed or gone since then.`;
}

/** A body as read, with the display marks its markup put on it. */
type Read = {body: string; marks: Mark[] | undefined};

/** Reads, decodes and parses the whole file and returns its body and marks; never throws. */
function readBody(candidate: Candidate, shown: string, known: readonly string[], context: BodyContext): Read {
	let problem: LoadProblem;
	try {
		const bytes = context.fs.readFileSync(fileOf(candidate));
		if (bytes.length > maxFileBytes) {
			problem = {path: shown, reason: `is ${Math.ceil(bytes.length / 1024 / 1024)} MB; riposte reads files up to ${maxFileBytes / 1024 / 1024} MB`};
		} else {
			const read = toArticle(bytes, shown, '', candidate.format);
			if ('article' in read) {
				for (const notice of read.problems) if (!known.includes(notice.reason)) context.report(notice);
				return {body: read.article.body, marks: read.article.marks};
			}

			problem = read.problem;
		}
	} catch (error) {
		const failed = readFailure(shown, error);
		problem = 'problem' in failed ? failed.problem : {path: shown, reason: 'could not be read'};
	}

	context.report(problem);
	return {body: unreadableBody(shown, problem.reason), marks: undefined};
}

/**
 * An article listed from its head: the list fields now, `body` read from the file on first access
 * and then kept. One object a file (ten thousand are made at start-up): the id is set in place by
 * `named`, and the body and base are getters on the class, so spreading one gives the list fields.
 */
export class LazyArticle implements Unnamed {
	id = '';
	readonly path: string;
	readonly title: string;
	readonly outlet: string | null;
	readonly published: string | null;
	readonly source: string | null;
	readonly #base: string;
	readonly #candidate: Candidate;
	/** Notices already given at start-up for this file (from its head), not repeated when the body is read. */
	readonly #known: readonly string[];
	readonly #context: BodyContext;
	#read: Read | undefined;

	/** `shown` is the path as shown (display-safe), `candidate.path` the file read; the head's warnings are the notices already given. */
	constructor(shown: string, base: string, head: Head, candidate: Candidate, context: BodyContext) {
		this.path = shown;
		this.title = head.title;
		this.outlet = head.outlet;
		this.published = head.published;
		this.source = head.source;
		this.#base = base;
		this.#candidate = candidate;
		this.#known = head.warnings;
		this.#context = context;
	}

	/** The file the body is read from, and how (what a list snapshot records). */
	get file(): Candidate {
		return this.#candidate;
	}

	/** The notices given for this file when it was listed. */
	get notices(): readonly string[] {
		return this.#known;
	}

	/** The file name without extension, the id before duplicates are numbered. */
	get base(): string {
		return this.#base;
	}

	/** The body, read and parsed the first time it is asked for. */
	get body(): string {
		return this.#readOnce().body;
	}

	/** The display marks on the body (read with it). */
	get marks(): Mark[] | undefined {
		return this.#readOnce().marks;
	}

	#readOnce(): Read {
		return (this.#read ??= readBody(this.#candidate, this.path, this.#known, this.#context));
	}

	/** This article with its final id. */
	named(id: string): Article {
		this.id = id;
		return this;
	}
}
