// Field escaping for the cache's tab-separated files (head index, list snapshot): a tab, line
// end or backslash inside a value cannot break a line, and `\N` stands for null.

const escapes: Record<string, string> = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'};
const unescapes: Record<string, string> = {'\\': '\\', t: '\t', n: '\n', r: '\r'};

/** One value as a field. */
export const escapeField = (value: string | null): string => (value === null ? '\\N' : /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, char => escapes[char]!) : value);

/** The value a field holds. */
export function unescapeField(field: string): string | null {
	if (!field.includes('\\')) return field;
	if (field === '\\N') return null;
	return field.replace(/\\(.)/g, (whole, char: string) => unescapes[char] ?? whole);
}
