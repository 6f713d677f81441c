/**
 * The offline gazetteer as the loader sees it: names to candidate places, plus the
 * word lists that keep ordinary words and first names from being read as places.
 * The data is built at install time (scripts/build-gazetteer.ts); this module only
 * indexes it, so it stays free of I/O.
 */
import type { PlaceKind } from '../domain';

/** Column-oriented, because JSON.parse of flat arrays is several times faster than of objects. */
export interface GazetteerData {
	version: number;
	entries: {
		id: string[];
		name: string[];
		lat: number[];
		lon: number[];
		country: string[];
		kind: PlaceKind[];
		population: number[];
		/** GeoNames feature code for cities (PPLC capital, PPLA seat), '' otherwise. */
		feature: string[];
		/** Admin-1 code for cities and regions, '' for countries. */
		admin1: string[];
	};
	/** Normalised name, then the indices of every entry known by it; an alternate (not primary) name as -(index + 1). */
	names: [string, ...number[]][];
	/** Normalised demonym or adjective ("kazakh", "russians", "european") and the entry it refers to. */
	demonyms: [string, number][];
	/** Lower-case words common in everyday English (so "Reading" at a sentence start is not a town). */
	commonWords: string[];
	firstNames: string[];
}

export interface GazetteerEntry {
	index: number;
	id: string;
	name: string;
	lat: number;
	lon: number;
	/** ISO 3166-1 alpha-2, '' for continents, seas and unions. */
	country: string;
	kind: PlaceKind;
	population: number;
	feature: string;
	admin1: string;
}

/** Folds case, diacritics, dashes and curly apostrophes, so "Almatý" finds "Almaty". */
export function normalizeName(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/[\u2018\u2019\u02bc`]/g, "'")
		.replace(/\./g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

export class Gazetteer {
	private readonly byName = new Map<string, number[]>();
	/** For names some entry has only as an alternate: the coded indices, an alternate stored as -(index + 1). */
	private readonly alternate = new Map<string, number[]>();
	private readonly demonymEntry = new Map<string, number>();
	private readonly common: Set<string>;
	private readonly first: Set<string>;
	private readonly countryIndex = new Map<string, number>();
	/** Longest name in tokens: bounds the span the matcher tries at each position. */
	readonly maxTokens: number;

	/** Takes the data over: its name rows become the index, so it must not be used again. */
	constructor(private readonly data: GazetteerData) {
		let maxTokens = 1;
		for (const row of data.names) {
			// The row itself becomes the index list: a gazetteer of 200,000 names is not copied.
			const key = row.shift() as string;
			const coded = row as unknown as number[];
			if (coded.some((c) => c < 0)) {
				this.alternate.set(key, coded);
				this.byName.set(key, coded.map((c) => (c < 0 ? -c - 1 : c)));
			} else this.byName.set(key, coded);
			const tokens = key.split(' ').length;
			if (tokens > maxTokens) maxTokens = tokens;
		}
		this.maxTokens = Math.min(maxTokens, 6);
		for (const [key, index] of data.demonyms) this.demonymEntry.set(key, index);
		this.common = new Set(data.commonWords);
		this.first = new Set(data.firstNames);
		data.entries.kind.forEach((kind, i) => {
			if (kind === 'country') this.countryIndex.set(data.entries.country[i], i);
		});
	}

	get size(): number {
		return this.data.entries.id.length;
	}

	/** Indices of the entries known by this (already normalised) name. */
	candidates(key: string): number[] {
		return this.byName.get(key) ?? [];
	}

	/** Whether the entry has this name only as an alternate or former one. */
	isAlternateName(key: string, index: number): boolean {
		return this.alternate.get(key)?.includes(-(index + 1)) ?? false;
	}

	entry(index: number): GazetteerEntry {
		const e = this.data.entries;
		return {
			index,
			id: e.id[index],
			name: e.name[index],
			lat: e.lat[index],
			lon: e.lon[index],
			country: e.country[index],
			kind: e.kind[index],
			population: e.population[index],
			feature: e.feature[index],
			admin1: e.admin1[index]
		};
	}

	/** The country entry for an ISO code, used for "the country" and demonym actors. */
	country(code: string): GazetteerEntry | undefined {
		const i = this.countryIndex.get(code);
		return i === undefined ? undefined : this.entry(i);
	}

	/** The country or region a demonym refers to ("Kazakh" -> Kazakhstan, "European" -> Europe). */
	demonym(word: string): GazetteerEntry | undefined {
		const index = this.demonymEntry.get(normalizeName(word));
		return index === undefined ? undefined : this.entry(index);
	}

	isCommonWord(word: string): boolean {
		return this.common.has(word.toLowerCase());
	}

	isFirstName(word: string): boolean {
		return this.first.has(word.toLowerCase());
	}
}
