/**
 * The places on the map for a set of events: one per place, with how many of its
 * events fall in the brushed window. Counting is prepared once per set of events
 * (each place's starts and ends, sorted), so that a brush costs two binary
 * searches per place rather than a pass over every event.
 */
import type { LibraryEvent } from './filter';
import type { Place } from './domain';

export interface MapPlace {
	place: Place;
	/** How many events in view happened there. */
	count: number;
}

export interface WindowCount {
	/** Every place of the events, with how many fall in the window (possibly none). */
	places: MapPlace[];
	/** Events in the window, with a place or not. */
	total: number;
}

interface Bucket {
	place: Place | null;
	/** All events, for no window. */
	all: number;
	/** Dated events' start and end dates, each sorted. */
	starts: string[];
	ends: string[];
}

/** How many of `sorted` are less than `value` (binary search). */
function below(sorted: string[], value: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Prepares the counting for a set of events; the result counts any window [from, to]. */
export function placeCounter(events: LibraryEvent[]): (from: string | null, to: string | null) => WindowCount {
	const buckets = new Map<string, Bucket>();
	for (const e of events) {
		const key = e.place?.id ?? '';
		let b = buckets.get(key);
		if (!b) buckets.set(key, (b = { place: e.place, all: 0, starts: [], ends: [] }));
		b.all++;
		if (e.date) {
			b.starts.push(e.date.start);
			b.ends.push(e.date.end);
		}
	}
	for (const b of buckets.values()) {
		b.starts.sort();
		b.ends.sort();
	}
	return (from, to) => {
		const places: MapPlace[] = [];
		let total = 0;
		for (const b of buckets.values()) {
			// Overlapping [from, to]: every dated event but those ending before `from` or starting after `to` (never both).
			const count = !from && !to ? b.all : b.starts.length - (from ? below(b.ends, from) : 0) - (to ? b.starts.length - below(b.starts, to + '\uffff') : 0);
			total += count;
			if (b.place) places.push({ place: b.place, count });
		}
		return { places, total };
	};
}
