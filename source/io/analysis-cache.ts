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

/** Where analyses are kept on disk: `lookup` reads an article's (null if none, or a bad one), `save` writes one. */
export type AnalysisStore = {lookup: (article: Article) => Analysis | null; save: (article: Article, analysis: Analysis) => void};

/** The disk cache alone, for a caller that analyses elsewhere (the reader's worker); failures read as a miss. */
export function createAnalysisStore(options: Omit<CacheOptions, 'analyse'>): AnalysisStore {
	const root = options.dir ?? cacheDir();
	const versionFolder = `analysis-${hash(options.version).slice(0, 12)}`;
	const folder = path.join(root, versionFolder);
	let pruned = false;

	const prune = () => {
		pruned = true;
		try {
			for (const entry of readdirSync(root)) {
				if (entry.startsWith('analysis-') && entry !== versionFolder) rmSync(path.join(root, entry), {recursive: true, force: true});
			}
		} catch {}
	};

	const fileOf = (article: Article) => path.join(folder, `${hash(article.id, article.title, article.body)}.json`);
	const lookup = (article: Article) => {
		const file = fileOf(article);
		let text: string | null = null;
		try {
			text = readFileSync(file, 'utf8');
		} catch {}

		if (text === null) return null;
		// The file is input like any other: a bad entry is named, dropped and rebuilt, never used.
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {}

		if (isAnalysisOf(data, article.id, article.body)) return data;
		options.report?.({path: article.path, reason: `had a corrupt cached analysis, dropped and analysed again (${file})`, level: 'warning'});
		return null;
	};

	const save = (article: Article, analysis: Analysis) => {
		try {
			writeFileAtomic(fileOf(article), JSON.stringify(analysis));
			if (!pruned) prune();
		} catch {}
	};

	return {lookup, save};
}

/** Wraps `analyse` with a disk cache (and a per-run memo); cache failures fall back to analysing. */
export function createCachedAnalyse(options: CacheOptions): (article: Article) => Analysis {
	const store = createAnalysisStore(options);
	const memo = new WeakMap<Article, Analysis>();
	return article => {
		const remembered = memo.get(article);
		if (remembered) return remembered;
		let analysis = store.lookup(article);
		if (!analysis) {
			analysis = options.analyse(article);
			store.save(article, analysis);
		}

		memo.set(article, analysis);
		return analysis;
	};
}
