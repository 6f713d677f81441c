import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getStore } from '$lib/server/store';
import { parseFilter } from '$lib/filter';

/** The events, filtered as the dashboard's URL filters them (CONTRACT.md section 3). */
export const GET: RequestHandler = async ({ url }) =>
	json({ events: await (await getStore()).events(parseFilter(url.searchParams), { includeWrong: url.searchParams.get('wrong') === '1' }) });
