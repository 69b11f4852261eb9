// The layout of a list snapshot (list-snapshot.ts keeps the files): a header that gives the
// program version and the sections' sizes in bytes, then three sections: the ids, one a line; then
// one tab-separated line an article with the rest of its fields, in the same order
// (snapshot-article.ts); then the problems. Decoding reads only the ids and the problems; a file
// whose sections do not add up, another program version's, or another layout decodes to null.
import type {Article, LoadProblem, LoadResult} from '../core/types.js';
import type {BodyContext, LazyArticle} from './lazy-body.js';
import {articleLine, LineReader, SnapshotArticle, type SnapshotScope} from './snapshot-article.js';
import {isTerminalSafe} from '../text/sanitize.js';
import {escapeField as escape, unescapeField as unescape} from './tsv.js';

/** First field of the header; a new layout gets a new tag. */
const tag = 'riposte-list-2';

/** Whether `bytes` are a snapshot of this layout written by another program version (expected after an upgrade, so not a corrupt file). */
export function otherVersion(bytes: Buffer, version: string): boolean {
	const header = bytes.toString('utf8', 0, Math.max(0, bytes.indexOf(0x0a))).split('\t');
	return header[0] === tag && header.length === 6 && unescape(header[1]!) !== version;
}

/** The list in `bytes`, written by `version`, its articles reading their bodies through `context`; null when the file is not one to trust. */
export function decodeSnapshot(bytes: Buffer, version: string, context: BodyContext, scope: SnapshotScope | undefined): LoadResult | null {
	const headerEnd = bytes.indexOf(0x0a);
	if (headerEnd === -1) return null;
	const header = bytes.toString('utf8', 0, headerEnd).split('\t');
	const [articleCount, problemCount, idBytes, lineBytes] = header.slice(2).map(Number) as [number, number, number, number];
	if (header.length !== 6 || header[0] !== tag || unescape(header[1]!) !== version || !(articleCount > 0) || !(problemCount >= 0)) return null;
	const idsStart = headerEnd + 1;
	const linesStart = idsStart + idBytes;
	const problemsStart = linesStart + lineBytes;
	if (!(idBytes > 0) || !(lineBytes > 0) || problemsStart > bytes.length || bytes[linesStart - 1] !== 0x0a || bytes[problemsStart - 1] !== 0x0a || bytes.at(-1) !== 0x0a) return null;
	const ids = bytes.toString('utf8', idsStart, linesStart - 1).split('\n');
	if (ids.length !== articleCount || !ids.every(id => isTerminalSafe(id))) return null;
	const lines = new LineReader(bytes, linesStart, problemsStart);
	const articles: Article[] = [];
	for (const [index, field] of ids.entries()) {
		const id = unescape(field);
		if (!id) return null;
		articles.push(new SnapshotArticle(id, lines, index, context, scope));
	}

	const problemLines = problemsStart === bytes.length ? [] : bytes.toString('utf8', problemsStart, bytes.length - 1).split('\n');
	if (problemLines.length !== problemCount) return null;
	const problems: LoadProblem[] = [];
	for (const line of problemLines) {
		const fields = line.split('\t');
		const [where, reason] = [unescape(fields[0] ?? ''), unescape(fields[1] ?? '')];
		if (fields.length !== 3 || where === null || reason === null || (fields[2] !== 'e' && fields[2] !== 'w') || !isTerminalSafe(line)) return null;
		problems.push(fields[2] === 'w' ? {path: where, reason, level: 'warning'} : {path: where, reason});
	}

	return {articles, problems};
}

/** The snapshot of a list of describable articles, as written to its file. */
export function encodeSnapshot(version: string, articles: readonly LazyArticle[], problems: readonly LoadProblem[]): string {
	const ids = `${articles.map(article => escape(article.id)).join('\n')}\n`;
	const lines = `${articles.map(article => articleLine(article)).join('\n')}\n`;
	const problemLines = problems.map(problem => `${escape(problem.path)}\t${escape(problem.reason)}\t${problem.level === 'warning' ? 'w' : 'e'}\n`).join('');
	const header = `${tag}\t${escape(version)}\t${articles.length}\t${problems.length}\t${Buffer.byteLength(ids)}\t${Buffer.byteLength(lines)}\n`;
	return header + ids + lines + problemLines;
}
