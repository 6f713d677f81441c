/**
 * The dashboard's filters, shared by the API (`GET /api/events?…`) and the page,
 * so that a URL means the same thing on both sides.
 */
import { EVENT_TYPES, type Event, type EventType } from './domain';

/** An event as the library serves it: with the article it came from. */
export interface LibraryEvent extends Event {
	articleId: string;
	articleTitle: string;
	source: string | null;
	url: string | null;
}

export interface EventFilter {
	/** ISO dates: keep events whose span overlaps [from, to]. Undated events are left out when either is set. */
	from: string | null;
	to: string | null;
	types: EventType[];
	/** Free text, matched against title, quote, actors, attribution and place. */
	q: string;
	/** A place id (`geonames:1526384`), or several separated by commas (a cluster). */
	place: string[];
	country: string | null;
	actor: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilter(params: URLSearchParams): EventFilter {
	const list = (name: string) => params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
	const date = (name: string) => {
		const v = params.get(name);
		return v && ISO.test(v) ? v : null;
	};
	return {
		from: date('from'),
		to: date('to'),
		types: list('type').filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t)),
		q: params.get('q')?.trim() ?? '',
		place: list('place'),
		country: params.get('country')?.trim().toUpperCase() || null,
		actor: params.get('actor')?.trim() ?? ''
	};
}

/** Writes a filter into URL parameters, leaving others (selection, map view) as they are. */
export function writeFilter(params: URLSearchParams, f: EventFilter): URLSearchParams {
	const out = new URLSearchParams(params);
	const set = (name: string, value: string | null) => (value ? out.set(name, value) : out.delete(name));
	set('from', f.from);
	set('to', f.to);
	set('type', f.types.join(','));
	set('q', f.q);
	set('place', f.place.join(','));
	set('country', f.country);
	set('actor', f.actor);
	return out;
}

function contains(haystack: string | null | undefined, needle: string): boolean {
	return !!haystack && haystack.toLowerCase().includes(needle);
}

export function matches(e: LibraryEvent, f: EventFilter, ignore: { window?: boolean } = {}): boolean {
	if (!ignore.window && (f.from || f.to) && !overlaps(e, f.from, f.to)) return false;
	if (f.types.length && !f.types.includes(e.type)) return false;
	if (f.place.length && !(e.place && f.place.includes(e.place.id))) return false;
	if (f.country && e.place?.country !== f.country) return false;
	if (f.actor) {
		const a = f.actor.toLowerCase();
		if (!e.actors.some((x) => contains(x, a)) && !contains(e.attribution, a)) return false;
	}
	if (f.q) {
		const q = f.q.toLowerCase();
		if (![e.title, e.quote, e.attribution, e.place?.name, e.articleTitle, ...e.actors].some((s) => contains(s, q))) return false;
	}
	return true;
}

/** The events whose span overlaps [from, to]: the brush's filter, on its own because it runs on every brush. */
export function inWindow(events: LibraryEvent[], from: string | null, to: string | null): LibraryEvent[] {
	return from || to ? events.filter((e) => overlaps(e, from, to)) : events;
}

/** Whether a dated event's span overlaps [from, to]; an undated one never does. */
function overlaps(e: LibraryEvent, from: string | null, to: string | null): boolean {
	return !!e.date && (!from || e.date.end >= from) && (!to || e.date.start <= to);
}

export function filterEvents(events: LibraryEvent[], f: EventFilter, ignore: { window?: boolean } = {}): LibraryEvent[] {
	return events.filter((e) => matches(e, f, ignore));
}

export const EMPTY_FILTER: EventFilter = { from: null, to: null, types: [], q: '', place: [], country: null, actor: '' };
