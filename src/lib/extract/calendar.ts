/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone of
 * the machine running the loader can shift a day.
 */
import type { DateSpan } from '../domain';

const DAY = 86_400_000;

export function toUtc(iso: string): number {
	return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

export function fromUtc(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string {
	return fromUtc(Date.UTC(year, month - 1, day));
}

/** True for a real calendar date in YYYY-MM-DD form (2022-02-30 is not). */
export function isValidIso(iso: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(iso) && fromUtc(toUtc(iso)) === iso;
}

export function addDays(iso: string, days: number): string {
	return fromUtc(toUtc(iso) + days * DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
	return new Date(toUtc(iso)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function day(iso: string): DateSpan {
	return { start: iso, end: iso, precision: 'day' };
}

/** The ISO week (Monday to Sunday) that holds the date. */
export function week(iso: string): DateSpan {
	const monday = addDays(iso, -((weekday(iso) + 6) % 7));
	return { start: monday, end: addDays(monday, 6), precision: 'week' };
}

export function month(year: number, m: number): DateSpan {
	return { start: isoDate(year, m, 1), end: isoDate(year, m, daysInMonth(year, m)), precision: 'month' };
}

export function year(y: number): DateSpan {
	return { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31), precision: 'year' };
}

export function range(start: string, end: string): DateSpan {
	return { start, end, precision: 'range' };
}

/** The nearest date with this weekday on or before (past) or on or after (future) the reference. */
export function nearestWeekday(reference: string, target: number, direction: 'past' | 'future'): string {
	const diff = (target - weekday(reference) + 7) % 7;
	return direction === 'future' ? addDays(reference, diff) : addDays(reference, diff === 0 ? 0 : diff - 7);
}
