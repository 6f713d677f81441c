/**
 * The loader: an article's content in, its dated and geotagged events out.
 * A pipeline of pure stages over one annotated document:
 *   read -> sentences -> dates -> places -> events
 * No I/O here: the caller reads files and loads the gazetteer.
 */
import type { Extraction, MentionedPlace } from '../domain';
import type { AnnotatedDocument } from './document';
import { read, type ArticleInput } from './read';
import { splitSentences } from './sentences';
import { findDates } from './dates';
import { findPlaces } from './places';
import { findEvents } from './events';
import { hashId } from './hash';
import type { Gazetteer } from './gazetteer';

/** Raised whenever the loader's output changes: stored articles from an older loader are extracted again at start. */
export const LOADER_VERSION = 2;

export type { ArticleInput, Format } from './read';
export { formatOf } from './read';
export { Gazetteer, type GazetteerData } from './gazetteer';

/** Runs the stages and returns the annotated document, for tests and the reader page. */
export function annotate(input: ArticleInput, gazetteer: Gazetteer): AnnotatedDocument {
	return findPlaces(findDates(splitSentences(read(input))), gazetteer);
}

export function extract(input: ArticleInput, gazetteer: Gazetteer): Extraction {
	const doc = annotate(input, gazetteer);
	const id = hashId(doc.text);
	const places = new Map<string, MentionedPlace>();
	for (const p of doc.places) {
		const e = p.entry;
		let place = places.get(e.id + e.kind);
		if (!place) {
			place = { id: e.id, name: p.name, lat: e.lat, lon: e.lon, country: e.country || null, kind: e.kind, mentions: [], roles: [] };
			places.set(e.id + e.kind, place);
		}
		place.mentions.push(p.offset);
		place.roles.push(p.role);
	}
	const published = doc.meta.published;
	return {
		article: { id, title: doc.meta.title, url: doc.meta.url, source: doc.meta.source, published, text: doc.text },
		timexes: doc.dates.map((d) => ({ text: d.text, offset: d.offset, date: d.date })),
		places: [...places.values()],
		events: findEvents(doc, gazetteer, id).map((e) => ({ ...e, reported: published })),
		boilerplate: doc.blocks.filter((b) => b.zone === 'boilerplate').map((b) => b.offset)
	};
}
