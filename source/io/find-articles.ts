// Paths → the article files to read. Folders are walked recursively for Markdown, text, pages
// and feeds (by extension; the others are listed in one notice a folder);
// a file named on the command line is read whatever its extension (as plain text unless it is
// Markdown), the way `less` reads what it is given. Symbolic links are followed, but a folder is
// entered once: a link back into a folder already read is reported, not looped on.
import path from 'node:path';
import type {LoadProblem} from '../core/types.js';
import type {LoaderFs} from './loader-fs.js';
import {kindOfName} from '../formats/kind.js';
import type {TextFormat} from './parse-article.js';
import {describeFsError, specialKind} from './problem-words.js';

/**
 * A file to read and how to read it; `named` when given on the command line rather than found in
 * a folder. `real` is its absolute path with the folders' links resolved, when the walk knows it.
 */
export type Candidate = {path: string; format: TextFormat; named: boolean; real?: string; bytes?: Buffer};

/**
 * What to open for a candidate. A name that is not valid UTF-8 cannot be spelt as a string (it
 * decodes with U+FFFD stand-ins, which name no file); such a file is opened by its bytes, and
 * its `path` is only what is shown.
 */
export const fileOf = (candidate: Candidate): string | Buffer => candidate.bytes ?? candidate.path;

/** What walking the paths found. */
export type Found = {files: Candidate[]; problems: LoadProblem[]};

/** How a file is read, by its extension; a named file of another kind is read as text (or as the markup it starts with). */
export function formatOf(file: string): TextFormat {
	return kindOfName(file) ?? 'text';
}

/** The extensions a folder walk reads, for the notice about the files it skipped. */
export const readExtensions = '.md, .markdown, .txt, .html, .htm, .rss, .atom, .xml';

/** Most skipped names listed in a folder's notice. */
const namesShown = 5;

/** The notice for files a folder walk skipped: how many, a few names, and how to read one anyway. */
function skippedNotice(skipped: string[]): string {
	const shown = skipped.slice(0, namesShown).join(', ');
	const more = skipped.length > namesShown ? ` and ${skipped.length - namesShown} more` : '';
	return `skipped ${skipped.length} ${skipped.length === 1 ? 'file that is not an article file' : 'files that are not article files'} (${shown}${more}): in folders riposte reads ${readExtensions}; name a file on the command line to read it as text`;
}

/** Hidden folders (.git) and dependency folders hold no articles and can be huge. */
const skipFolder = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * What `path.join(folder, name)` puts before a name in `folder`: a directory entry's name holds no
 * separator and is never `.` or `..`, so the join is this prefix plus the name, worked out once
 * instead of normalising every path of a 10,000-file folder.
 */
function joinPrefix(folder: string): string {
	return path.join(folder, '_').slice(0, -1);
}

/** Walks files and folders; never throws, every failure becomes a problem. */
export async function findArticles(paths: string[], fs: LoaderFs): Promise<Found> {
	const found: Found = {files: [], problems: []};
	const seenFiles = new Set<string>();
	const seenFolders = new Set<string>();

	const addReal = (file: string, real: string, named: boolean, format: TextFormat, known?: string, bytes?: Buffer) => {
		if (seenFiles.has(real)) return; // The same file named twice, or reached twice: read it once.
		seenFiles.add(real);
		const candidate: Candidate = known === undefined ? {path: file, format, named} : {path: file, format, named, real: known};
		if (bytes) {
			candidate.bytes = bytes;
			candidate.real = real;
		}

		found.files.push(candidate);
	};

	const addFile = async (file: string, named: boolean) => addReal(file, await fs.realpath(file).catch(() => file), named, formatOf(file));

	// Files a walk passed over (not hidden ones), named relative to the folder given.
	let skipped: string[] = [];
	let given = '';
	const walk = async (folder: string): Promise<number> => {
		const real = await fs.realpath(folder);
		if (seenFolders.has(real)) {
			found.problems.push({path: folder, reason: 'was skipped: it is a link back into a folder already read (a symbolic link loop?)', level: 'warning'});
			return 0;
		}

		seenFolders.add(real);
		const listed = await fs.readdir(folder);
		const inFolder = joinPrefix(folder);
		const inReal = joinPrefix(real);
		let count = 0;
		// Names that are not UTF-8 came back with U+FFFD in them: listed again as bytes, and read by those.
		if (fs.readdirBytes && listed.some(entry => entry.name.includes('\uFFFD'))) {
			for (const raw of await fs.readdirBytes(folder)) {
				const name = raw.toString('utf8');
				if (Buffer.from(name).equals(raw)) continue;
				const bytes = Buffer.concat([Buffer.from(inFolder), raw]);
				try {
					const info = await fs.stat(bytes);
					if (info.isFile() && kindOfName(name) !== null) {
						// Unique by the bytes: two names that differ only where they are not UTF-8 look alike.
						addReal(inFolder + name, `${inReal}${name}\0${raw.toString('hex')}`, false, formatOf(name), undefined, bytes);
						count++;
					}
				} catch (error) {
					found.problems.push({path: inFolder + name, reason: describeFsError(error)});
				}
			}
		}

		const entries = listed.filter(entry => !entry.name.includes('\uFFFD') || !fs.readdirBytes).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			const full = inFolder + entry.name;
			try {
				// Dirent types describe the link itself; stat follows it to what it points at.
				const info = entry.isSymbolicLink() ? await fs.stat(full) : entry;
				if (info.isDirectory()) {
					if (!skipFolder(entry.name)) count += await walk(full);
				} else if (info.isFile() && kindOfName(entry.name) === null) {
					if (!entry.name.startsWith('.')) skipped.push(path.relative(given, full) || entry.name);
				} else if (info.isFile()) {
					// A plain file in a folder already resolved needs no realpath call of its own.
					if (entry.isSymbolicLink()) await addFile(full, false);
					else {
						// A folder given by its real path (the usual case) names each file once, not twice.
						const file = inReal === inFolder ? full : inReal + entry.name;
						addReal(full, file, false, formatOf(entry.name), file);
					}
					count++;
				} else if (kindOfName(entry.name) !== null && !info.isFile()) {
					// A pipe or device in a folder could block the walk or never end: named and left alone.
					found.problems.push({path: full, reason: `${specialKind(info) ?? 'is not a file'}, not an article file; skipped`, level: 'warning'});
				}
			} catch (error) {
				found.problems.push({path: full, reason: describeFsError(error)});
			}
		}

		return count;
	};

	for (const input of paths) {
		try {
			const info = await fs.stat(input);
			if (info.isDirectory()) {
				skipped = [];
				given = input;
				const count = await walk(input);
				if (count === 0) found.problems.push({path: input, reason: `has no article files in it (${readExtensions})${skipped.length > 0 ? `; ${skippedNotice(skipped)}` : ''}`});
				else if (skipped.length > 0) found.problems.push({path: input, reason: skippedNotice(skipped), level: 'warning'});
			} else {
				await addFile(input, true);
			}
		} catch (error) {
			// Node hands riposte its arguments as UTF-8, so a name that is not arrives with U+FFFD in it and names no file.
			const missing = (error as {code?: unknown}).code === 'ENOENT';
			const lost = missing && input.includes('\uFFFD');
			// "example.com/story" typed without its scheme: say how to fetch it.
			const address = missing && /^(?:www\.[a-z\d.-]+|[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\/)/i.test(input);
			const reason = lost ? 'has a name that is not valid UTF-8, which riposte cannot open by name; name the folder that holds it instead' : describeFsError(error);
			found.problems.push({path: input, reason: reason + (address ? `; to fetch a web page, give its full address: https://${input}` : '')});
		}
	}

	return found;
}
