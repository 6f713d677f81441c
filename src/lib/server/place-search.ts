/**
 * Finds places by name in the gazetteer, for a journalist correcting an event's place.
 */
import type { Place } from '../domain';
import { normalizeName, type Gazetteer } from '../extract/gazetteer';

export function searchPlaces(gaz: Gazetteer, query: string, limit = 12): Place[] {
	const rank = { country: 0, region: 1, point: 2, city: 3 } as const;
	return gaz
		.candidates(normalizeName(query))
		.map((i) => gaz.entry(i))
		.sort((a, b) => rank[a.kind] - rank[b.kind] || b.population - a.population)
		.slice(0, limit)
		.map((e) => ({ id: e.id, name: e.name, lat: e.lat, lon: e.lon, country: e.country || null, kind: e.kind }));
}
