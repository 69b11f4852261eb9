// The date a copied page prints near its top ("Updated 9:30 AM EDT, July 9, 2024", "Published
// 10 July 2024", "July 9, 2024 at 4:05 p.m."), used when nothing else dates the article. Only
// short lines near the start are read: a date in the middle of a sentence is no dateline.

/** How far into the body a dateline is looked for; the reader's head parse reads at least this much. */
export const datelineWindow = 1000;

const months = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const monthFirst = new RegExp(`\\b(${months})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+(${months})\\.?,?\\s+(\\d{4})\\b`, 'i');
const isoDate = /\b(\d{4}-\d{2}-\d{2})\b/;

/** Words a dateline carries beside its date: labels, times, zones, weekdays. */
const datelineWords = /\b(?:updated|published|posted|last|first|modified|date|created|on|at|am|pm|a\.m|p\.m|[a-z]{1,2}[sd]t|gmt|utc|et|pt|ct|hkt|cet|cest|bst|jst|ist|aest|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b\.?/gi;

/** Month number of an English month name or abbreviation ("Sept" too). */
const monthNumber = (name: string) => 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;

/** YYYY-MM-DD when the day exists in that month (no 30 February). */
function isoOf(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toIso(day: string, month: string, year: string): string | null {
	return isoOf(Number(year), monthNumber(month), Number(day));
}

/** The date of one dateline line, or null when the line is not one (a sentence that mentions a date is not). */
export function datelineDate(line: string): string | null {
	const text = line.trim();
	if (text.length === 0 || text.length > 90) return null;
	const byMonth = monthFirst.exec(text);
	const byDay = byMonth ? null : dayFirst.exec(text);
	const byIso = byMonth || byDay ? null : isoDate.exec(text);
	const found = byMonth ?? byDay ?? byIso;
	if (!found) return null;
	// What is left once the date, times, zones and labels are taken out must be no words at all.
	const rest = text.replace(found[0], ' ').replace(/\d{1,2}[:.]\d{2}/g, ' ').replace(datelineWords, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
	if (rest.length > 0) return null;
	if (byIso) return isoOf(Number(byIso[1]!.slice(0, 4)), Number(byIso[1]!.slice(5, 7)), Number(byIso[1]!.slice(8, 10)));
	return byMonth ? toIso(byMonth[2]!, byMonth[1]!, byMonth[3]!) : toIso(found[1]!, found[2]!, found[3]!);
}

/** The first dateline among the body's first lines (within `datelineWindow` characters), or null. */
export function findDateline(body: string): string | null {
	const head = body.slice(0, datelineWindow);
	const lines = head.split('\n');
	// The last line may be cut by the window; it is not read.
	if (body.length > datelineWindow) lines.pop();
	for (const line of lines.slice(0, 15)) {
		const date = datelineDate(line);
		if (date) return date;
	}

	return null;
}
