/**
 * The places on the map for a set of events: one per place, with its events.
 */
import type { LibraryEvent } from './filter';
import type { Place } from './domain';

export interface MapPlace {
	place: Place;
	/** How many events in view happened there. */
	count: number;
}

export function placesOf(events: LibraryEvent[]): MapPlace[] {
	const byId = new Map<string, MapPlace>();
	for (const e of events) {
		if (!e.place) continue;
		const held = byId.get(e.place.id);
		if (held) held.count++;
		else byId.set(e.place.id, { place: e.place, count: 1 });
	}
	return [...byId.values()];
}
