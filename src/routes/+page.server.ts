import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { getStore } from '$lib/server/store';
import { EMPTY_FILTER } from '$lib/filter';

export const load: PageServerLoad = async ({ url }) => {
	const store = await getStore();
	// Free text is searched by the store (PostgreSQL text search); the page filters the rest as the reader changes it.
	const q = url.searchParams.get('q')?.trim() ?? '';
	const showWrong = url.searchParams.get('wrong') === '1';
	const [events, places] = await Promise.all([store.events({ ...EMPTY_FILTER, q }, { includeWrong: showWrong }), store.places()]);
	return {
		events,
		mentioned: places.map(({ id, name, lat, lon, country, kind }) => ({ id, name, lat, lon, country, kind })),
		// A tile server is used only when configured: the map works offline without one.
		tiles: env.TILE_URL ? { url: env.TILE_URL, attribution: env.TILE_ATTRIBUTION ?? '' } : null
	};
};
