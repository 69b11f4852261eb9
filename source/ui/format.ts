// Dates for people: `10 Jul 2024` and a short age such as `2 yr ago`, from date-fns.
import {differenceInCalendarDays, differenceInMonths, differenceInYears, format, isValid, parseISO} from 'date-fns';

/** `10 Jul 2024`, or 'undated'. */
export function formatDate(iso: string | null): string {
	const date = iso === null ? undefined : parseISO(iso);
	return date && isValid(date) ? format(date, 'd MMM yyyy') : 'undated';
}

/** A short relative age from `now`: `2 yr ago`, `5 mo ago`, `3 d ago`, `today`, or '' when undated. */
export function formatAge(iso: string | null, now: Date): string {
	const date = iso === null ? undefined : parseISO(iso);
	if (!date || !isValid(date)) {
		return '';
	}

	const years = differenceInYears(now, date);
	if (years !== 0) {
		return years > 0 ? `${years} yr ago` : `in ${-years} yr`;
	}

	const months = differenceInMonths(now, date);
	if (months !== 0) {
		return months > 0 ? `${months} mo ago` : `in ${-months} mo`;
	}

	const days = differenceInCalendarDays(now, date);
	if (days === 0) {
		return 'today';
	}

	return days > 0 ? `${days} d ago` : `in ${-days} d`;
}

/** `Outlet · 10 Jul 2024 · 2 yr ago`, leaving out what is unknown. */
export function articleMeta(outlet: string | null, published: string | null, now: Date): string {
	return [outlet ?? 'unknown outlet', formatDate(published), formatAge(published, now)].filter(Boolean).join(' · ');
}
