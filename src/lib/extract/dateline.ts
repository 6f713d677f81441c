/**
 * Publication dates printed with the story: a web page's dateline
 * (`World | January 7, 2022, Friday // 15:22`), `Published 7 January 2022`,
 * or a wire dateline (`ALMATY, Jan 7 (Reuters) -`), which names a city and
 * a day but no year.
 */
import type { Offset } from '../domain';
import { isoDate, isValidIso } from './calendar';

export const MONTHS: Record<string, number> = {
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
	september: 9, october: 10, november: 11, december: 12,
	jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export interface Dateline {
	/** The span of the dateline itself. */
	offset: Offset;
	/** ISO date, or null for a wire dateline that gives no year. */
	date: string | null;
	/** The city a wire dateline names ("ALMATY"), as written. */
	city: Offset | null;
}

const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const WIRE = new RegExp(`^([A-Z][A-Z.'\\- ]+[A-Z.])(?:,[A-Za-z .]+)?,? ${MONTH} (\\d{1,2}) \\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|Xinhua|TASS|Interfax|IANS|PTI|ANI)\\)\\s*[-\u2013\u2014]+\\s*`);
/** A line that only dates the story: short, or introduced as a publication date. */
const PUBLISHED_LINE = /^(?:(?:first\s+)?published|posted|updated|date)\b/i;

function dateIn(line: string): { date: string; at: number; length: number } | null {
	let m = MONTH_DAY_YEAR.exec(line);
	if (m) {
		const date = isoDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
		if (isValidIso(date)) return { date, at: m.index, length: m[0].length };
	}
	m = DAY_MONTH_YEAR.exec(line);
	if (m) {
		const date = isoDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
		if (isValidIso(date)) return { date, at: m.index, length: m[0].length };
	}
	m = ISO.exec(line);
	if (m && isValidIso(m[0])) return { date: m[0], at: m.index, length: m[0].length };
	return null;
}

/**
 * Looks for a dateline among the first lines of the text. `lines` are the text's
 * first blocks with their offsets; a dateline is a short line carrying a full date,
 * or a wire dateline opening the first paragraph.
 */
export function findDateline(lines: { text: string; offset: Offset }[]): Dateline | null {
	for (const { text, offset } of lines) {
		const wire = WIRE.exec(text);
		if (wire) {
			return { offset: [offset[0], offset[0] + wire[0].length], date: null, city: [offset[0], offset[0] + wire[1].length] };
		}
		const short = text.length <= 100 && !/[.!?]["”’]?$/.test(text.trim());
		if (!short && !PUBLISHED_LINE.test(text)) continue;
		const found = dateIn(text.slice(0, 200));
		if (found) return { offset: short ? offset : [offset[0], offset[0] + found.at + found.length], date: found.date, city: null };
	}
	return null;
}
