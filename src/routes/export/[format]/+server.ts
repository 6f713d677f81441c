import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getStore } from '$lib/server/store';
import { parseFilter } from '$lib/filter';
import { toCsv, toKml, toTimelineJs } from '$lib/export';
import { toGeoJson } from '$lib/geojson';

const FORMATS = {
	csv: { type: 'text/csv; charset=utf-8', ext: 'csv', render: toCsv },
	geojson: { type: 'application/geo+json; charset=utf-8', ext: 'geojson', render: (e: Parameters<typeof toCsv>[0]) => JSON.stringify(toGeoJson(e)) },
	kml: { type: 'application/vnd.google-earth.kml+xml; charset=utf-8', ext: 'kml', render: (e: Parameters<typeof toCsv>[0]) => toKml(e) },
	timelinejs: { type: 'application/json; charset=utf-8', ext: 'timeline.json', render: (e: Parameters<typeof toCsv>[0]) => JSON.stringify(toTimelineJs(e)) }
} as const;

/** The current view (the dashboard's filters) as a file: /export/csv?type=violence&from=… */
export const GET: RequestHandler = async ({ params, url }) => {
	const format = FORMATS[params.format as keyof typeof FORMATS];
	if (!format) error(404, `No export format ${params.format}: csv, geojson, kml or timelinejs`);
	const events = await (await getStore()).events(parseFilter(url.searchParams));
	return new Response(format.render(events), {
		headers: { 'content-type': format.type, 'content-disposition': `attachment; filename="datelines-events.${format.ext}"` }
	});
};
