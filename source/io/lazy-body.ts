// An article listed from its head, whose body is read the first time something reads
// `article.body`: the same decode, sanitise and furniture removal as the full loader, once.
// A file that changed, broke or vanished after start-up gives a body that says so, and a
// problem, never a throw: the getter runs inside a render.
import type {LoadProblem} from '../core/types.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Unnamed} from './article-order.js';
import type {Candidate} from './find-articles.js';
import {maxFileBytes, readFailure, toArticle} from './load-articles.js';
import type {ReaderFs} from './loader-fs.js';

/** Where a lazy body comes from and where its problems go. */
export type BodySource = {
	candidate: Candidate;
	/** The path as shown to the user (display-safe). */
	shown: string;
	fs: ReaderFs;
	/** Notices already given at start-up for this file (from its head), not repeated. */
	known: readonly string[];
	report: (problem: LoadProblem) => void;
};

/** The body shown in place of an article that could not be read after it was listed. */
export function unreadableBody(shown: string, reason: string): string {
	return `This article could not be read: ${shown} ${sanitizeLine(reason)}.\n\nIt was listed when riposte started; the file has changed or gone since then.`;
}

/** Reads, decodes and parses the whole file and returns its body; never throws. */
function readBody(source: BodySource): string {
	const {candidate, shown} = source;
	let problem: LoadProblem;
	try {
		const bytes = source.fs.readFileSync(candidate.path);
		if (bytes.length > maxFileBytes) {
			problem = {path: shown, reason: `is ${Math.ceil(bytes.length / 1024 / 1024)} MB; riposte reads files up to ${maxFileBytes / 1024 / 1024} MB`};
		} else {
			const read = toArticle(bytes, shown, '', candidate.format);
			if ('article' in read) {
				for (const notice of read.problems) if (!source.known.includes(notice.reason)) source.report(notice);
				return read.article.body;
			}

			problem = read.problem;
		}
	} catch (error) {
		const failed = readFailure(shown, error);
		problem = 'problem' in failed ? failed.problem : {path: shown, reason: 'could not be read'};
	}

	source.report(problem);
	return unreadableBody(shown, problem.reason);
}

/** The article's list fields plus a `body` read from the file on first access and then kept. */
export function withLazyBody(fields: Omit<Unnamed, 'body'>, source: BodySource): Unnamed {
	let body: string | undefined;
	// An object literal with a getter keeps V8's fast property layout (defineProperty would not).
	const {path, title, outlet, published, source: origin, base} = fields;
	return {
		path, title, outlet, published, source: origin, base,
		get body() {
			return (body ??= readBody(source));
		},
	};
}
