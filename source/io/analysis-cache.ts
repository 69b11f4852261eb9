// Analyses cached on disk by content hash, so reopening an article is a file read. The key
// includes a version string: a new analysis (or a new build) gets new keys, and the folder of
// the old version is removed the first time the new one writes.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import type {Analysis, Article, LoadProblem} from '../core/types.js';
import {isAnalysisOf} from './analysis-schema.js';
import {cacheDir} from './app-dirs.js';
import {writeFileAtomic} from './atomic-write.js';

/** What the cache needs: the real analysis, a version that changes when its output may, and a folder. */
export type CacheOptions = {
	analyse: (article: Article) => Analysis;
	version: string;
	dir?: string;
	/** Told once of each cache file that was there but not an analysis of its article (it is analysed again and the file replaced). */
	report?: (problem: LoadProblem) => void;
};

const hash = (...parts: string[]) => {
	const digest = createHash('sha256');
	for (const part of parts) digest.update(part).update('\0');
	return digest.digest('hex');
};

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
		let text: string | null = null;
		try {
			text = readFileSync(file, 'utf8');
		} catch {}

		if (text !== null) {
			// The file is input like any other: a bad entry is named, dropped and rebuilt, never used.
			let data: unknown;
			try {
				data = JSON.parse(text);
			} catch {}

			if (isAnalysisOf(data, article.id, article.body)) analysis = data;
			else options.report?.({path: article.path, reason: `had a corrupt cached analysis, dropped and analysed again (${file})`, level: 'warning'});
		}

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
