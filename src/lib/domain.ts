/**
 * The domain types: what an article, a date, a place and an event are.
 * The loader produces them, the store keeps them, the pages show them.
 * Field names follow ../shared/CONTRACT.md and never change; new fields may be added.
 */

/** A `[start, end)` pair of UTF-16 indices into `Article.text`. */
export type Offset = [number, number];

/** How exactly the text pins a date down. `range` is a span such as "since Wednesday". */
export type Precision = 'day' | 'week' | 'month' | 'year' | 'range';

/** A calendar date at the precision the text gives; `end` equals `start` for a day. ISO dates. */
export interface DateSpan {
	start: string;
	end: string;
	precision: Precision;
}

/** A date expression found in the text, with its resolution (null when nothing anchors it). */
export interface Timex {
	text: string;
	offset: Offset;
	date: DateSpan | null;
}

/** `point` is a site within a city (a square, an airport). */
export type PlaceKind = 'point' | 'city' | 'region' | 'country';

export interface Place {
	/** `geonames:ID` for cities and countries (`country:CC` for the one GeoNames lacks), `region:CC-CODE` and `region:NAME` otherwise. */
	id: string;
	/** The name as the article's time knew it (Nur-Sultan in 2022), else the gazetteer's. */
	name: string;
	lat: number;
	lon: number;
	/** ISO 3166-1 alpha-2; null for what no one country holds (a continent, a sea, the EU). */
	country: string | null;
	kind: PlaceKind;
}

/**
 * How a place name is used where it stands: where something is (`location`), who
 * acts ("Washington said": `actor`), what it qualifies ("Russia's defense minister":
 * `modifier`), a wire dateline's city (`dateline`), part of another name ("The
 * Washington Post": `embedded`), or a demonym ("Russian troops": `demonym`).
 * Only a `location` can be where an event happened.
 */
export type PlaceRole = 'location' | 'actor' | 'modifier' | 'dateline' | 'embedded' | 'demonym';

export interface PlaceMention {
	offset: Offset;
	text: string;
	role: PlaceRole;
}

/** A place the article names, with every mention of it. */
export interface MentionedPlace extends Place {
	mentions: Offset[];
	/** The role of each mention, in the order of `mentions`. */
	roles: PlaceRole[];
}

export const EVENT_TYPES = [
	'protest',
	'riot',
	'violence',
	'armed clash',
	'casualties',
	'arrest',
	'military deployment',
	'statement',
	'policy',
	'disruption',
	'other'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface Figure {
	count: number;
	what: string;
	/** "more than", "about", "at least": the text's own hedge, when it gives one. */
	qualifier?: string;
}

/** An event's date: the resolved span and the words it was read from. */
export interface EventDate extends DateSpan {
	text: string;
}

export interface Event {
	id: string;
	title: string;
	type: EventType;
	/** Null when the text gives no date for it: it is never given one it does not support. */
	date: EventDate | null;
	/** Where it happened, or null when the text does not say. */
	place: Place | null;
	actors: string[];
	figures: Figure[];
	attribution: string | null;
	/** The sentence that reports it, exactly as in the text. */
	quote: string;
	/** Where `quote` stands in the article text. */
	offset: Offset;
	/** The publication date of the article that reports it. */
	reported: string | null;
}

export interface Article {
	/** Derived from the text: the same text always gets the same id. */
	id: string;
	title: string;
	url: string | null;
	source: string | null;
	/** ISO date, or null when neither the file nor the caller gives one. */
	published: string | null;
	text: string;
}

/** What the loader prints for one article (CONTRACT.md section 2). */
export interface Extraction {
	article: Article;
	timexes: Timex[];
	places: MentionedPlace[];
	events: Event[];
	/** Where the text is not the story (section tags, related headlines, footers). */
	boilerplate: Offset[];
}
