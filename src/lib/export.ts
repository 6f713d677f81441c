/**
 * The current view taken elsewhere: CSV (spreadsheets), KML (Google Earth, with
 * time stamps and spans) and TimelineJS JSON (Knight Lab's TimelineJS). Each row
 * carries the source quote, article title and URL, and the date and place
 * precision, so nothing reads as more exact than the text. GeoJSON is in geojson.ts.
 */
import type { LibraryEvent } from './filter';
import { addDays } from './extract/calendar';

const COLUMNS = ['id', 'title', 'type', 'date_start', 'date_end', 'date_precision', 'date_text', 'place', 'place_id', 'place_kind', 'country', 'lat', 'lon', 'actors', 'figures', 'attribution', 'quote', 'article_title', 'source', 'url', 'article_id'] as const;

function csvCell(v: unknown): string {
	let s = v === null || v === undefined ? '' : String(v);
	// A cell a spreadsheet would run as a formula is kept as text.
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(events: LibraryEvent[]): string {
	const rows = events.map((e) => [
		e.id, e.title, e.type, e.date?.start, e.date?.end, e.date?.precision, e.date?.text, e.place?.name, e.place?.id, e.place?.kind, e.place?.country, e.place?.lat, e.place?.lon,
		e.actors.join('; '), e.figures.map((f) => `${f.qualifier ? f.qualifier + ' ' : ''}${f.count} ${f.what}`).join('; '), e.attribution, e.quote, e.articleTitle, e.source, e.url, e.articleId
	]);
	return [COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

function xml(s: string | number | null | undefined): string {
	return String(s ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** KML: a Placemark per event with a place; a day is a TimeStamp, anything wider a TimeSpan. */
export function toKml(events: LibraryEvent[], title = 'Datelines events'): string {
	const marks = events
		.filter((e) => e.place)
		.map((e) => {
			const p = e.place!;
			const when = !e.date ? '' : e.date.precision === 'day' ? `<TimeStamp><when>${e.date.start}</when></TimeStamp>` : `<TimeSpan><begin>${e.date.start}</begin><end>${e.date.end}</end></TimeSpan>`;
			const description = [
				`${e.type}; date: ${e.date ? `${e.date.start}${e.date.end !== e.date.start ? ` to ${e.date.end}` : ''} (${e.date.precision}, "${e.date.text}")` : 'not given'}`,
				`place: ${p.name} (${p.kind})`,
				e.attribution ? `claimed by: ${e.attribution}` : '',
				`"${e.quote}"`,
				`${e.articleTitle}${e.source ? ` (${e.source})` : ''}${e.url ? ` ${e.url}` : ''}`
			].filter(Boolean).join('\n');
			return `<Placemark id="${xml(e.id)}"><name>${xml(e.title)}</name>${when}<description>${xml(description)}</description><ExtendedData><Data name="date_precision"><value>${xml(e.date?.precision)}</value></Data><Data name="place_kind"><value>${xml(p.kind)}</value></Data><Data name="article_url"><value>${xml(e.url)}</value></Data></ExtendedData><Point><coordinates>${p.lon},${p.lat},0</coordinates></Point></Placemark>`;
		});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${xml(title)}</name>\n${marks.join('\n')}\n</Document></kml>\n`;
}

interface TimelineDate {
	year: number;
	month?: number;
	day?: number;
	display_date?: string;
}

function tlDate(iso: string, precision: string, display: string): TimelineDate {
	const d: TimelineDate = { year: +iso.slice(0, 4), display_date: display };
	if (precision !== 'year') d.month = +iso.slice(5, 7);
	if (precision !== 'year' && precision !== 'month') d.day = +iso.slice(8, 10);
	return d;
}

function html(s: string): string {
	return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** TimelineJS JSON: dated events only (TimelineJS needs a start); a month or year keeps only what is known. */
export function toTimelineJs(events: LibraryEvent[], headline = 'Datelines'): object {
	return {
		title: { text: { headline: html(headline), text: `${events.length} events, each with the sentence that reports it.` } },
		events: events
			.filter((e) => e.date)
			.map((e) => {
				const d = e.date!;
				const display = `${d.precision === 'day' ? d.start : d.precision === 'month' ? d.start.slice(0, 7) : d.precision === 'year' ? d.start.slice(0, 4) : `${d.start} – ${d.end}`} (${d.precision}; “${d.text}”)`;
				const span = d.precision === 'week' || d.precision === 'range';
				return {
					unique_id: e.id,
					start_date: tlDate(d.start, d.precision, display),
					...(span && { end_date: tlDate(addDays(d.end, 0), 'day', display) }),
					text: {
						headline: html(e.title),
						text: `<p>${html(e.type)}${e.place ? ` · ${html(e.place.name)} (${html(e.place.kind)})` : ''}${e.attribution ? ` · claimed by ${html(e.attribution)}` : ''}</p><blockquote>${html(e.quote)}</blockquote><p>${html(e.articleTitle)}${e.source ? ` (${html(e.source)})` : ''}${e.url ? ` <a href="${html(e.url)}">original</a>` : ''}</p>`
					},
					group: e.type
				};
			})
	};
}
