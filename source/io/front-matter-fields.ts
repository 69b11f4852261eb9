// The fields riposte takes from parsed front matter (YAML or TOML data), by the names static-site
// generators and note apps use: title; date or published; author (a name, a list of names, or a
// map with a name); outlet, site or publisher; source or url; tags. A value of the wrong type is
// named in a warning and dropped; every other key is ignored.

/** The fields riposte reads from front matter. */
export type FrontMatterFields = {
	title: string | null;
	outlet: string | null;
	/** YYYY-MM-DD. */
	published: string | null;
	source: string | null;
	author: string | null;
	tags: string[];
};

/** Fields with nothing in them. */
export const noFields = (): FrontMatterFields => ({title: null, outlet: null, published: null, source: null, author: null, tags: []});

/** Most tags kept (a tag list is a few words; a generated one can be thousands). */
const maxTags = 50;

/** A key's value from a Map (YAML read with mapAsMap) or a plain object (TOML), own keys only. */
function get(data: unknown, key: string): unknown {
	if (data instanceof Map) return data.get(key);
	if (data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, key)) return (data as Record<string, unknown>)[key];
	return undefined;
}

const typeName = (value: unknown) =>
	Array.isArray(value) ? 'a list' : value instanceof Map || (typeof value === 'object' && value !== null && !(value instanceof Date)) ? 'a map' : typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'true/false' : 'something else';

/** True when `value` is a real calendar date written YYYY-MM-DD (optionally with a time after it). */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Reader = {fields: FrontMatterFields; warnings: string[]};

/** The first of `keys` present in the data: its key and value. */
function first(data: unknown, keys: string[]): [string, unknown] | undefined {
	for (const key of keys) {
		const value = get(data, key);
		if (value !== undefined && value !== null && value !== '') return [key, value];
	}

	return undefined;
}

/** A text field: a string (a number is taken as its digits), else a warning. */
function text(reader: Reader, data: unknown, keys: string[], nameKey = false): string | null {
	const found = first(data, keys);
	if (!found) return null;
	const [key, value] = found;
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	// A map with a name ({name: Bloomberg, url: …}) is how some themes write a publisher or author.
	const name = nameKey ? get(value, 'name') : undefined;
	if (typeof name === 'string') return name;
	reader.warnings.push(`front matter "${key}" is ${typeName(value)}; riposte expects text; ignored`);
	return null;
}

/** The date: a YYYY-MM-DD string (a time after it is allowed), or a TOML date. */
function date(reader: Reader, data: unknown): string | null {
	const found = first(data, ['published', 'date']);
	if (!found) return null;
	const [key, value] = found;
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim().slice(0, 10);
	reader.warnings.push(`front matter "${key}" is not a date written YYYY-MM-DD; ignored`);
	return null;
}

/** Authors: one name, a list of names (or of maps with a name), or a map with a name. */
function author(reader: Reader, data: unknown): string | null {
	const found = first(data, ['author', 'authors']);
	if (!found) return null;
	const [key, value] = found;
	const list = Array.isArray(value) ? value : [value];
	const names = list.map(item => (typeof item === 'string' ? item : get(item, 'name')));
	if (names.every(name => typeof name === 'string')) return (names as string[]).join(', ');
	reader.warnings.push(`front matter "${key}" is ${typeName(value)} that is not a name or a list of names; ignored`);
	return null;
}

/** Tags: a list of words (or one word, or a comma-separated line). */
function tags(reader: Reader, data: unknown): string[] {
	const found = first(data, ['tags', 'keywords']);
	if (!found) return [];
	const [key, value] = found;
	const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
	if (!list || !list.every(tag => typeof tag === 'string' || typeof tag === 'number')) {
		reader.warnings.push(`front matter "${key}" is ${typeName(value)} that is not a list of words; ignored`);
		return [];
	}

	return list.map(tag => String(tag).trim()).filter(tag => tag.length > 0).slice(0, maxTags);
}

/** Reads the known fields out of parsed front matter (null: there was none to read). */
export function fieldsFrom(data: unknown): Reader {
	const reader: Reader = {fields: noFields(), warnings: []};
	if (data === null || data === undefined) return reader;
	if (!(data instanceof Map) && (typeof data !== 'object' || Array.isArray(data))) {
		reader.warnings.push('front matter is not a set of "key: value" fields; it is ignored');
		return reader;
	}

	reader.fields.title = text(reader, data, ['title']);
	reader.fields.published = date(reader, data);
	reader.fields.author = author(reader, data);
	reader.fields.outlet = text(reader, data, ['outlet', 'site', 'publisher', 'site_name'], true);
	reader.fields.source = text(reader, data, ['source', 'url', 'link', 'canonical']);
	reader.fields.tags = tags(reader, data);
	return reader;
}
