// Paths → the article files to read. Folders are walked recursively for .md, .markdown and .txt;
// a file named on the command line is read whatever its extension (as plain text unless it is
// Markdown), the way `less` reads what it is given. Symbolic links are followed, but a folder is
// entered once: a link back into a folder already read is reported, not looped on.
import path from 'node:path';
import type {LoadProblem} from '../core/types.js';
import type {LoaderFs} from './loader-fs.js';
import type {TextFormat} from './parse-article.js';
import {describeFsError} from './problem-words.js';

/** A file to read and how to read it; `named` when given on the command line rather than found in a folder. */
export type Candidate = {path: string; format: TextFormat; named: boolean};

/** What walking the paths found. */
export type Found = {files: Candidate[]; problems: LoadProblem[]};

const articleExtension = /\.(?:md|markdown|txt)$/i;

/** Markdown by extension; everything else is read as plain text. */
export function formatOf(file: string): TextFormat {
	return /\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'text';
}

/** Hidden folders (.git) and dependency folders hold no articles and can be huge. */
const skipFolder = (name: string) => name.startsWith('.') || name === 'node_modules';

/** Walks files and folders; never throws, every failure becomes a problem. */
export async function findArticles(paths: string[], fs: LoaderFs): Promise<Found> {
	const found: Found = {files: [], problems: []};
	const seenFiles = new Set<string>();
	const seenFolders = new Set<string>();

	const addReal = (file: string, real: string, named: boolean) => {
		if (seenFiles.has(real)) return; // The same file named twice, or reached twice: read it once.
		seenFiles.add(real);
		found.files.push({path: file, format: formatOf(file), named});
	};

	const addFile = async (file: string, named: boolean) => addReal(file, await fs.realpath(file).catch(() => file), named);

	const walk = async (folder: string): Promise<number> => {
		const real = await fs.realpath(folder);
		if (seenFolders.has(real)) {
			found.problems.push({path: folder, reason: 'was skipped: it is a link back into a folder already read (a symbolic link loop?)', level: 'warning'});
			return 0;
		}

		seenFolders.add(real);
		const entries = (await fs.readdir(folder)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		let count = 0;
		for (const entry of entries) {
			const full = path.join(folder, entry.name);
			try {
				// Dirent types describe the link itself; stat follows it to what it points at.
				const info = entry.isSymbolicLink() ? await fs.stat(full) : entry;
				if (info.isDirectory()) {
					if (!skipFolder(entry.name)) count += await walk(full);
				} else if (info.isFile() && articleExtension.test(entry.name)) {
					// A plain file in a folder already resolved needs no realpath call of its own.
					if (entry.isSymbolicLink()) await addFile(full, false);
					else addReal(full, path.join(real, entry.name), false);
					count++;
				}
			} catch (error) {
				found.problems.push({path: full, reason: describeFsError(error)});
			}
		}

		return count;
	};

	for (const given of paths) {
		try {
			const info = await fs.stat(given);
			if (info.isDirectory()) {
				const count = await walk(given);
				if (count === 0) found.problems.push({path: given, reason: 'has no article files in it (.md, .markdown or .txt)'});
			} else {
				await addFile(given, true);
			}
		} catch (error) {
			found.problems.push({path: given, reason: describeFsError(error)});
		}
	}

	return found;
}
