/**
 * Synthetic events for the dashboard benchmark: generated from a seed, titled
 * "[synthetic]" so they can never be taken for reporting, and never stored.
 */
import { EVENT_TYPES, type Precision } from './domain';
import type { LibraryEvent } from './filter';
import { addDays } from './extract/calendar';

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function syntheticEvents(n: number, seed = 1): LibraryEvent[] {
	const rnd = random(seed);
	const places = Array.from({ length: 400 }, (_, i) => ({
		id: `synthetic:${i}`,
		name: `Synthetic place ${i}`,
		lat: -50 + rnd() * 110,
		lon: -170 + rnd() * 340,
		country: null,
		kind: (i % 10 === 0 ? 'country' : 'city') as 'country' | 'city'
	}));
	const precisions: Precision[] = ['day', 'day', 'day', 'day', 'week', 'range', 'month', 'year'];
	return Array.from({ length: n }, (_, i) => {
		const start = addDays('2020-01-01', Math.floor(rnd() * 730));
		const precision = precisions[Math.floor(rnd() * precisions.length)];
		const end = precision === 'day' ? start : addDays(start, precision === 'week' ? 6 : precision === 'month' ? 29 : precision === 'year' ? 364 : 1 + Math.floor(rnd() * 5));
		const undated = rnd() < 0.02;
		return {
			id: `synthetic-${i}`,
			title: `[synthetic] event ${i}`,
			type: EVENT_TYPES[Math.floor(rnd() * EVENT_TYPES.length)],
			date: undated ? null : { start, end, precision, text: 'synthetic' },
			place: rnd() < 0.9 ? places[Math.floor(rnd() * places.length)] : null,
			actors: [],
			figures: [],
			attribution: null,
			quote: `[synthetic] sentence ${i}`,
			offset: [0, 0],
			reported: null,
			articleId: 'synthetic',
			articleTitle: '[synthetic benchmark data]',
			source: null,
			url: null
		};
	});
}
