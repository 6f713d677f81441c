import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getStore } from '$lib/server/store';

/** Every place the articles name as a location, with its mentions. */
export const GET: RequestHandler = async () => json({ places: await (await getStore()).places() });
