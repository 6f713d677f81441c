import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { libraryEvents, libraryPlaces } from '$lib/server/library';

export const load: PageServerLoad = () => ({
	events: libraryEvents(),
	mentioned: libraryPlaces().map(({ id, name, lat, lon, country, kind }) => ({ id, name, lat, lon, country, kind })),
	// A tile server is used only when configured: the map works offline without one.
	tiles: env.TILE_URL ? { url: env.TILE_URL, attribution: env.TILE_ATTRIBUTION ?? '' } : null
});
