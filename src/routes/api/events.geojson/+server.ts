import type { RequestHandler } from './$types';
import { getStore } from '$lib/server/store';
import { parseFilter } from '$lib/filter';
import { toGeoJson } from '$lib/geojson';

/** The filtered events that have a place, as a GeoJSON FeatureCollection. */
export const GET: RequestHandler = async ({ url }) =>
	new Response(JSON.stringify(toGeoJson(await (await getStore()).events(parseFilter(url.searchParams)))), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' }
	});
