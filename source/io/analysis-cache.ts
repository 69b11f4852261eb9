// Analyses cached on disk by content hash, so reopening an article is a file read. The key
// includes a version string: a new analysis (or a new build) gets new keys, and the folder of
// the old version is removed the first time the new one writes.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {Analysis, Article} from '../core/types.js';
import {cacheDir} from './app-dirs.js';
import {writeFileAtomic} from './atomic-write.js';

/** What the cache needs: the real analysis, a version that changes when its output may, and a folder. */
export type CacheOptions = {
	analyse: (article: Article) => Analysis;
	version: string;
	dir?: string;
};

const hash = (...parts: string[]) => {
	const digest = createHash('sha256');
	for (const part of parts) digest.update(part).update('\0');
	return digest.digest('hex');
};

/** A cached entry is only trusted when it has the shape of an Analysis of this article. */
function isAnalysisOf(data: unknown, article: Article): data is Analysis {
	if (typeof data !== 'object' || data === null) return false;
	const record = data as Record<string, unknown>;
	return (
		record['articleId'] === article.id &&
		['sentences', 'entities', 'claims', 'responses', 'pairs'].every(key => Array.isArray(record[key]))
	);
}

/** Wraps `analyse` with a disk cache (and a per-run memo); cache failures fall back to analysing. */
export function createCachedAnalyse(options: CacheOptions): (article: Article) => Analysis {
	const root = options.dir ?? cacheDir();
	const versionFolder = `analysis-${hash(options.version).slice(0, 12)}`;
	const folder = path.join(root, versionFolder);
	const memo = new WeakMap<Article, Analysis>();
	let pruned = false;

	const prune = () => {
		pruned = true;
		try {
			for (const entry of readdirSync(root)) {
				if (entry.startsWith('analysis-') && entry !== versionFolder) rmSync(path.join(root, entry), {recursive: true, force: true});
			}
		} catch {}
	};

	return article => {
		const remembered = memo.get(article);
		if (remembered) return remembered;
		const file = path.join(folder, `${hash(article.id, article.title, article.body)}.json`);
		let analysis: Analysis | null = null;
		try {
			const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
			if (isAnalysisOf(data, article)) analysis = data;
		} catch {}

		if (!analysis) {
			analysis = options.analyse(article);
			try {
				writeFileAtomic(file, JSON.stringify(analysis));
				if (!pruned) prune();
			} catch {}
		}

		memo.set(article, analysis);
		return analysis;
	};
}
