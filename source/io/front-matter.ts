// A deliberately small front-matter reader: `key: value` lines between `---` fences, values are
// quoted or bare strings. It never evaluates YAML (no anchors, tags, lists or maps) and never
// builds an object from input keys, so hostile front matter can only produce warnings.

/** The fields riposte reads; every other key is ignored. */
export type FrontMatterFields = {
	title: string | null;
	outlet: string | null;
	published: string | null;
	source: string | null;
};

/** The parsed block, the text after it, and one warning per line or field that was dropped. */
export type FrontMatter = {fields: FrontMatterFields; body: string; warnings: string[]};

/** How many lines the block may have before an unclosed `---` is reported instead of searched. */
const maxLines = 200;

/** Longest front-matter line read; longer ones are dropped, which also bounds every regex below. */
const maxLineLength = 2000;

/** Parses one value: quoted or bare string, empty/`~`/`null` = null; throws a plain-words reason. */
export function parseValue(raw: string): string | null {
	const value = raw.trim();
	if (value === '' || value === '~' || value === 'null') return null;
	const first = value[0]!;
	if (first === '"' || first === "'") return parseQuoted(value, first);
	if (first === '[' || first === '{') throw new Error('is a list or map; riposte expects plain text');
	if (first === '|' || first === '>') throw new Error('is a multi-line value; riposte expects one line of text');
	if (first === '&' || first === '*' || first === '!') throw new Error('uses YAML anchors, aliases or tags, which riposte does not read');
	return value.replace(/\s+#.*$/, '');
}

function parseQuoted(value: string, quote: string): string {
	let out = '';
	let index = 1;
	for (; index < value.length; index++) {
		const char = value[index]!;
		if (char === quote) {
			if (quote === "'" && value[index + 1] === "'") {
				out += "'";
				index++;
				continue;
			}

			break;
		}

		if (char === '\\' && quote === '"' && index + 1 < value.length) {
			index++;
			const escaped = value[index]!;
			const hex = escaped === 'u' ? /^[\dA-Fa-f]{4}/.exec(value.slice(index + 1, index + 5)) : null;
			if (hex) {
				// Decoded as YAML would; the loader's sanitiser then makes a control character inert.
				out += String.fromCharCode(Number.parseInt(hex[0], 16));
				index += 4;
			} else out += escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped;
			continue;
		}

		out += char;
	}

	if (index >= value.length) throw new Error('has a quote that is never closed');
	const rest = value.slice(index + 1).trim();
	if (rest !== '' && !rest.startsWith('#')) throw new Error('has text after the closing quote');
	return out;
}

/** True when `value` is a real calendar date written YYYY-MM-DD (optionally with a time after it). */
function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const fenceLine = /^---[ \t]*$/;
const closeLine = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits and reads front matter. Returns null when the text has none; throws when a `---`
 * block is never closed (the text would otherwise be read as front matter to its end).
 */
export function readFrontMatter(text: string): FrontMatter | null {
	const firstBreak = text.indexOf('\n');
	if (!fenceLine.test(firstBreak === -1 ? text : text.slice(0, firstBreak))) return null;
	const lines: string[] = [];
	let offset = firstBreak + 1;
	while (firstBreak !== -1 && offset <= text.length && lines.length < maxLines) {
		const end = text.indexOf('\n', offset);
		const line = text.slice(offset, end === -1 ? text.length : end);
		offset = end === -1 ? text.length + 1 : end + 1;
		if (closeLine.test(line)) return {...parseLines(lines), body: text.slice(offset)};
		lines.push(line);
		if (end === -1) break;
	}

	throw new Error(`its front matter opens with --- on line 1 but has no closing --- within ${maxLines} lines`);
}

function parseLines(lines: string[]): Omit<FrontMatter, 'body'> {
	const fields: FrontMatterFields = {title: null, outlet: null, published: null, source: null};
	const seen = new Set<string>();
	const warnings: string[] = [];
	for (const [index, line] of lines.entries()) {
		const where = `front matter line ${index + 2}`;
		if (line.length > maxLineLength) {
			warnings.push(`${where} is longer than ${maxLineLength} characters; ignored`);
			continue;
		}

		if (/^\s*(?:#.*)?$/.test(line)) continue;
		const match = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/.exec(line);
		if (!match) {
			warnings.push(`${where} is not "key: value"; ignored`);
			continue;
		}

		const key = match[1]!.toLowerCase();
		if (key !== 'title' && key !== 'outlet' && key !== 'published' && key !== 'source') continue;
		if (seen.has(key)) {
			warnings.push(`${where}: "${key}" is given twice; the first is used`);
			continue;
		}

		seen.add(key);
		let value: string | null;
		try {
			value = parseValue(match[2]!);
		} catch (error) {
			warnings.push(`${where}: "${key}" ${(error as Error).message}; ignored`);
			continue;
		}

		if (key === 'published' && value !== null) {
			if (!isIsoDate(value)) {
				warnings.push(`${where}: "published" is not a date written YYYY-MM-DD; ignored`);
				continue;
			}

			value = value.slice(0, 10);
		}

		fields[key] = value;
	}

	return {fields, warnings};
}
