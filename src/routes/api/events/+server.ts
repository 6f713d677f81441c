import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { libraryEvents } from '$lib/server/library';
import { filterEvents, parseFilter } from '$lib/filter';

/** The events, filtered as the dashboard's URL filters them (CONTRACT.md section 3). */
export const GET: RequestHandler = ({ url }) => json({ events: filterEvents(libraryEvents(), parseFilter(url.searchParams)) });
