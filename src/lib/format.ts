/**
 * How dates read on screen: at the precision the text gave, never finer.
 */
import type { EventDate } from './domain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayText(iso: string): string {
	return `${+iso.slice(8, 10)} ${MONTHS[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;
}

export function formatDate(date: EventDate | null): string {
	if (!date) return 'date not given';
	switch (date.precision) {
		case 'day':
			return dayText(date.start);
		case 'week':
			return `week of ${dayText(date.start)}`;
		case 'month':
			return `${MONTHS[+date.start.slice(5, 7) - 1]} ${date.start.slice(0, 4)}`;
		case 'year':
			return date.start.slice(0, 4);
		case 'range':
			return `${dayText(date.start)} – ${dayText(date.end)}`;
	}
}
