/**
 * The pure parts of the dashboard: URL filters, the brush window, lanes, map places, reader runs.
 */
import { describe, expect, it } from 'vitest';
import { filterEvents, inWindow, parseFilter, writeFilter, type LibraryEvent } from '../../src/lib/filter';
import { scaleUtc } from 'd3';
import { axisTicks, layoutLanes } from '../../src/lib/timeline-layout';
import { placeCounter } from '../../src/lib/map-places';
import { syntheticEvents } from '../../src/lib/synthetic';
import { readerRuns } from '../../src/lib/reader';
import { extractFile, KAZAKHSTAN } from './helpers';

const doc = extractFile(KAZAKHSTAN);
const events: LibraryEvent[] = doc.events.map((e) => ({ ...e, articleId: doc.article.id, articleTitle: doc.article.title, source: doc.article.source, url: null }));

describe('filters', () => {
	it('round-trip through the URL and keep other parameters', () => {
		const params = new URLSearchParams('type=violence,arrest&from=2022-01-06&to=2022-01-07&q=gunfire&place=geonames:1526384&event=abc&country=kz');
		const f = parseFilter(params);
		expect(f).toMatchObject({ types: ['violence', 'arrest'], from: '2022-01-06', to: '2022-01-07', q: 'gunfire', place: ['geonames:1526384'], country: 'KZ' });
		const back = writeFilter(params, f);
		expect(back.get('event')).toBe('abc');
		expect(parseFilter(back)).toEqual(f);
	});
	it('ignore what is not a date or a type', () => {
		expect(parseFilter(new URLSearchParams('from=yesterday&type=explosion'))).toMatchObject({ from: null, types: [] });
	});
	it('a window keeps events that overlap it and drops undated ones', () => {
		const window = inWindow(events, '2022-01-06', '2022-01-06');
		expect(window.map((e) => e.title)).toEqual(expect.arrayContaining(['Soldiers fighting protesters in Almaty', 'The Internet down']));
		expect(window.every((e) => e.date)).toBe(true);
		expect(window.some((e) => e.title.startsWith('Gunfire was heard'))).toBe(false);
	});
	it('place, type, actor and free text narrow the events', () => {
		const f = parseFilter(new URLSearchParams('place=geonames:1526384'));
		expect(filterEvents(events, f).every((e) => e.place?.name === 'Almaty')).toBe(true);
		expect(filterEvents(events, parseFilter(new URLSearchParams('actor=protesters'))).length).toBeGreaterThan(1);
		expect(filterEvents(events, parseFilter(new URLSearchParams('q=internet'))).map((e) => e.type)).toEqual(['disruption']);
	});
});

describe('timeline lanes', () => {
	it('never put two overlapping marks in one lane', () => {
		const laid = layoutLanes([
			{ id: 'a', x0: 0, x1: 10 },
			{ id: 'b', x0: 5, x1: 15 },
			{ id: 'c', x0: 13, x1: 20 },
			{ id: 'd', x0: 0, x1: 30 }
		]);
		const lane = Object.fromEntries(laid.map((l) => [l.mark.id, l.lane]));
		expect(lane).toEqual({ a: 0, d: 1, b: 2, c: 0 });
		for (const p of laid) for (const q of laid) if (p !== q && p.lane === q.lane) expect(p.mark.x1 <= q.mark.x0 || q.mark.x1 <= p.mark.x0).toBe(true);
	});
});

describe('timeline axis', () => {
	it('never ticks between days, however far it is zoomed', () => {
		// Two and a half days across 800 px would give d3 a tick every 6 hours ("12 PM").
		const x = scaleUtc().domain([new Date('2022-01-05T12:00Z'), new Date('2022-01-08T00:00Z')]).range([0, 800]);
		expect(axisTicks(x, 7)).toEqual([
			{ at: new Date('2022-01-06T00:00Z'), label: '6 Jan' },
			{ at: new Date('2022-01-07T00:00Z'), label: '7 Jan' }
		]);
		// Zoomed out, d3's own ticks and labels.
		const wide = scaleUtc().domain([new Date('2021-01-01Z'), new Date('2022-12-31Z')]).range([0, 800]);
		expect(axisTicks(wide, 7).map((t) => t.label)).toContain('2022');
	});
});

describe('map places', () => {
	it('count the events at each place', () => {
		const almaty = placeCounter(events)(null, null).places.find((p) => p.place.name === 'Almaty')!;
		expect(almaty.count).toBe(events.filter((e) => e.place?.id === almaty.place.id).length);
	});
	it('count a window exactly as filtering the events would', () => {
		const many = syntheticEvents(3000, 7);
		const count = placeCounter(many);
		for (const [from, to] of [['2020-03-01', '2020-03-31'], ['2021-06-10', '2021-06-10'], [null, '2020-02-01'], ['2021-12-01', null]] as [string | null, string | null][]) {
			const expected = inWindow(many, from, to);
			const got = count(from, to);
			expect(got.total).toBe(expected.length);
			for (const p of got.places) expect(p.count).toBe(expected.filter((e) => e.place?.id === p.place.id).length);
			expect(got.places.length).toBe(new Set(many.filter((e) => e.place).map((e) => e.place!.id)).size);
			expect(got.places.reduce((n, p) => n + p.count, 0)).toBe(expected.filter((e) => e.place).length);
		}
	});
});

describe('reader runs', () => {
	it('cover the text exactly, marking event sentences, boilerplate, places and dates', () => {
		const runs = readerRuns(doc, (d) => d.start);
		expect(runs.map((r) => r.inline.map((i) => i.text).join('')).join('')).toBe(doc.article.text);
		const fighting = doc.events.find((e) => e.title.includes('fighting'))!;
		const run = runs.find((r) => r.eventIds.includes(fighting.id))!;
		expect(run.kind).toBe('event');
		expect(run.inline.filter((i) => i.kind === 'date').map((i) => i.text)).toEqual(['Friday morning', 'the day before']);
		expect(run.inline.filter((i) => i.kind === 'place').map((i) => i.text)).toEqual(['Almaty']);
		expect(runs.some((r) => r.kind === 'boilerplate' && r.inline.some((i) => i.text.includes('Foreign Troops enter Kazakhstan')))).toBe(true);
	});
});
