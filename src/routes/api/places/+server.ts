import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { libraryPlaces } from '$lib/server/library';

/** Every place the articles name as a location, with its mentions. */
export const GET: RequestHandler = () => json({ places: libraryPlaces() });
