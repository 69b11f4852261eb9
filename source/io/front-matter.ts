// Front matter: YAML between `---` fences (Hugo, Jekyll, Obsidian) read with the `yaml` package's
// core schema, or TOML between `+++` fences (Hugo) read with smol-toml. Only plain data comes out
// (maps are read as Map, so no input key can reach an object's prototype; YAML tags beyond the
// core schema are refused; aliases are capped), and only the fields riposte knows are taken from
// it: a value of the wrong type is named in a warning and dropped, never the whole file.
import {parse as parseToml} from 'smol-toml';
import {parseDocument} from 'yaml';
import {fieldsFrom, noFields, type FrontMatterFields} from './front-matter-fields.js';

export type {FrontMatterFields} from './front-matter-fields.js';

/** The parsed block, the text after it, and one warning per field or problem that was dropped. */
export type FrontMatter = {fields: FrontMatterFields; body: string; warnings: string[]};

/** How many lines the block may have before an unclosed fence is reported instead of searched. */
const maxLines = 500;

/** Largest block read (a front matter is a few hundred bytes; this bounds the parser's work). */
const maxBlock = 64 * 1024;

type Fence = {open: RegExp; close: RegExp; name: string; read: (block: string) => {data: unknown; warnings: string[]}};

const yamlFence: Fence = {open: /^---[ \t]*$/, close: /^(?:---|\.\.\.)[ \t]*$/, name: '---', read: readYaml};
const tomlFence: Fence = {open: /^\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/, name: '+++', read: readToml};

/** The first line of an error message, without the code frame the parsers add. */
const firstLine = (message: string) => message.split('\n')[0]!.trim();

function readYaml(block: string): {data: unknown; warnings: string[]} {
	// Core schema: strings, numbers, booleans, null, lists and maps. No timestamps (a date stays the
	// text it was written as), no merge keys, no custom tags; unknown tags are errors.
	const document = parseDocument(block, {schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, strict: true});
	// An unknown tag (!!python/object, !custom) is only a warning to the parser; here it refuses the block.
	const problem = document.errors[0] ?? document.warnings[0];
	if (problem) return {data: null, warnings: [`front matter is not valid YAML (${firstLine(problem.message)}); its fields are ignored`]};
	try {
		return {data: document.toJS({mapAsMap: true, maxAliasCount: 100}), warnings: []};
	} catch (error) {
		return {data: null, warnings: [`front matter could not be read (${firstLine((error as Error).message)}); its fields are ignored`]};
	}
}

function readToml(block: string): {data: unknown; warnings: string[]} {
	try {
		return {data: parseToml(block), warnings: []};
	} catch (error) {
		return {data: null, warnings: [`front matter is not valid TOML (${firstLine((error as Error).message)}); its fields are ignored`]};
	}
}

/**
 * Splits and reads front matter. Returns null when the text has none; throws when a fenced
 * block is never closed (the text would otherwise be read as front matter to its end).
 */
export function readFrontMatter(text: string): FrontMatter | null {
	const firstBreak = text.indexOf('\n');
	const opening = firstBreak === -1 ? text : text.slice(0, firstBreak);
	const fence = yamlFence.open.test(opening) ? yamlFence : tomlFence.open.test(opening) ? tomlFence : null;
	if (!fence) return null;
	let offset = firstBreak + 1;
	let lines = 0;
	while (firstBreak !== -1 && offset <= text.length && lines < maxLines) {
		const end = text.indexOf('\n', offset);
		const line = text.slice(offset, end === -1 ? text.length : end);
		if (fence.close.test(line)) {
			const block = text.slice(firstBreak + 1, offset);
			const body = text.slice(end === -1 ? text.length : end + 1);
			if (block.length > maxBlock) return {fields: noFields(), body, warnings: [`front matter is longer than ${maxBlock / 1024} KB; its fields are ignored`]};
			const read = fence.read(block);
			const fields = fieldsFrom(read.data);
			return {fields: fields.fields, body, warnings: [...read.warnings, ...fields.warnings]};
		}

		lines++;
		if (end === -1) break;
		offset = end + 1;
	}

	throw new Error(`its front matter opens with ${fence.name} on line 1 but has no closing ${fence.name} within ${maxLines} lines`);
}

/**
 * For a plain-text file, which is read as written: a notice when it starts with a front matter
 * block riposte would have read in a .md file (closed, with a field it knows), since that block
 * is then shown as text and its first line taken for the title. Null otherwise.
 */
export function frontMatterInText(text: string): string | null {
	let read: FrontMatter | null;
	try {
		read = readFrontMatter(text);
	} catch {
		return null;
	}

	if (read === null || !Object.values(read.fields).some(value => (Array.isArray(value) ? value.length > 0 : value !== null))) return null;
	const fence = text.startsWith('+++') ? '+++' : '---';
	return `starts with ${fence} front matter, which riposte reads in .md files only; it is shown as text (rename the file to .md to read its fields)`;
}
