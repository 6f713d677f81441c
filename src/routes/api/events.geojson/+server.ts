import type { RequestHandler } from './$types';
import { libraryEvents } from '$lib/server/library';
import { filterEvents, parseFilter } from '$lib/filter';
import { toGeoJson } from '$lib/geojson';

/** The filtered events that have a place, as a GeoJSON FeatureCollection. */
export const GET: RequestHandler = ({ url }) =>
	new Response(JSON.stringify(toGeoJson(filterEvents(libraryEvents(), parseFilter(url.searchParams)))), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
