/**
 * Events as GeoJSON: one Point feature per event that has a place, with the
 * date and place precision and the sentence it came from.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LibraryEvent } from './filter';

export function toGeoJson(events: LibraryEvent[]): FeatureCollection<Point> {
	const features: Feature<Point>[] = events
		.filter((e) => e.place)
		.map((e) => ({
			type: 'Feature',
			id: e.id,
			geometry: { type: 'Point', coordinates: [e.place!.lon, e.place!.lat] },
			properties: {
				id: e.id,
				title: e.title,
				type: e.type,
				dateStart: e.date?.start ?? null,
				dateEnd: e.date?.end ?? null,
				datePrecision: e.date?.precision ?? null,
				dateText: e.date?.text ?? null,
				placeId: e.place!.id,
				placeName: e.place!.name,
				placeKind: e.place!.kind,
				country: e.place!.country,
				actors: e.actors,
				figures: e.figures,
				attribution: e.attribution,
				quote: e.quote,
				articleId: e.articleId,
				articleTitle: e.articleTitle,
				source: e.source,
				url: e.url
			}
		}));
	return { type: 'FeatureCollection', features };
}
