// The reader's position between runs: the last article and how far down it was scrolled. A
// missing file is a first run; a corrupt one is ignored with a notice, never a crash.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadProblem} from '../core/types.js';
import {stateDir} from './app-dirs.js';
import {writeFileAtomic} from './atomic-write.js';

/** Where the reader was when it last quit. */
export type ReaderPosition = {articleId: string; scroll: number};

/** The saved position (or null) and a notice when the file could not be used. */
export type SavedPosition = {position: ReaderPosition | null; problem: LoadProblem | null};

/** The state file: state.json in the state folder. */
export function stateFile(dir: string = stateDir()): string {
	return path.join(dir, 'state.json');
}

/** Reads the saved position; never throws. */
export function readPosition(file: string = stateFile()): SavedPosition {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as {code?: unknown}).code === 'ENOENT') return {position: null, problem: null};
		return {position: null, problem: {path: file, reason: 'could not be read, so the reader starts at the top', level: 'warning'}};
	}

	try {
		const data = JSON.parse(text) as unknown;
		if (typeof data === 'object' && data !== null && 'articleId' in data && 'scroll' in data) {
			const {articleId, scroll} = data;
			if (typeof articleId === 'string' && typeof scroll === 'number' && Number.isInteger(scroll) && scroll >= 0) {
				return {position: {articleId, scroll}, problem: null};
			}
		}
	} catch {}

	return {position: null, problem: {path: file, reason: 'is corrupt and was ignored; the reader starts at the top', level: 'warning'}};
}

/** Saves the position atomically; returns false (and keeps quiet) when it cannot be written. */
export function writePosition(position: ReaderPosition, file: string = stateFile()): boolean {
	try {
		writeFileAtomic(file, `${JSON.stringify({articleId: position.articleId, scroll: position.scroll})}\n`);
		return true;
	} catch {
		return false;
	}
}
