/**
 * The first article, as a careful reader determines it. Published Friday 7 January
 * 2022 (its dateline says so); "Friday morning" is that day, "the day before" is
 * Thursday 6 January, "since Wednesday" runs from 5 January to publication.
 */
import { describe, expect, it } from 'vitest';
import { extractFile, KAZAKHSTAN } from './helpers';
import type { Event } from '../../src/lib/domain';

const doc = extractFile(KAZAKHSTAN);
const { article, places, events, timexes } = doc;
const event = (quotePart: string, titlePart: string): Event => {
	const found = events.find((e) => e.quote.includes(quotePart) && e.title.toLowerCase().includes(titlePart.toLowerCase()));
	if (!found) throw new Error(`no event "${titlePart}" in the sentence with "${quotePart}"; events: ${events.map((e) => e.title).join(' | ')}`);
	return found;
};

describe('the Kazakhstan article (Novinite, 7 January 2022)', () => {
	it('finds the publication date in the dateline, with no --published', () => {
		expect(article.published).toBe('2022-01-07');
		expect(article.title).toBe('The President of Kazakhstan Ordered: Shoot these "Terrorists" without Warning!');
	});

	it('cites sentences with offsets that index the text', () => {
		for (const e of events) expect(article.text.slice(e.offset[0], e.offset[1])).toBe(e.quote);
		for (const t of timexes) expect(article.text.slice(t.offset[0], t.offset[1])).toBe(t.text);
		for (const p of places) for (const [s, end] of p.mentions) expect(article.text.slice(s, end).length).toBeGreaterThan(1);
	});

	it('gunfire near the main square in Almaty on Friday morning: 7 January, Almaty', () => {
		const e = event('On Friday morning', 'gunfire');
		expect(e.type).toBe('violence');
		expect(e.date).toMatchObject({ start: '2022-01-07', end: '2022-01-07', precision: 'day' });
		expect(e.place).toMatchObject({ id: 'geonames:1526384', name: 'Almaty', country: 'KZ' });
	});

	it('soldiers fighting protesters "the day before": 6 January, counted from Friday, in Almaty', () => {
		const e = event('On Friday morning', 'fighting');
		expect(e.type).toBe('armed clash');
		expect(e.date).toMatchObject({ start: '2022-01-06', precision: 'day', text: 'the day before' });
		expect(e.place?.name).toBe('Almaty');
		expect(e.actors).toEqual(expect.arrayContaining(['soldiers', 'protesters']));
	});

	it('the Internet down "since Wednesday": a range from 5 January to publication', () => {
		const e = event('Internet', 'internet');
		expect(e.type).toBe('disruption');
		expect(e.date).toMatchObject({ start: '2022-01-05', end: '2022-01-07', precision: 'range' });
	});

	it('Nazarbayev handed over the presidency "three years ago": the year 2019, not a day', () => {
		const e = event('three years ago', 'handed over');
		expect(e.date).toMatchObject({ start: '2019-01-01', end: '2019-12-31', precision: 'year' });
	});

	it('counts what the sentences report, with who claims it', () => {
		const arrests = event('3,700', 'arrests');
		expect(arrests.type).toBe('arrest');
		expect(arrests.figures).toContainEqual({ count: 3700, what: 'arrests', qualifier: 'more than' });
		expect(arrests.attribution).toBe('State television');
		const eliminated = event('26', '26');
		expect(eliminated.type).toBe('casualties');
		expect(eliminated.attribution).toBe('The interior minister');
		expect(eliminated.figures[0].count).toBe(26);
		expect(event('2,500', 'troops').figures).toContainEqual({ count: 2500, what: 'troops', qualifier: 'about' });
	});

	it('gives no day to what the text does not date', () => {
		// The order to fire is reported with no date; "one day after Russia sent troops" counts from an undated event.
		expect(event('has ordered security forces', 'ordered').date).toBeNull();
		expect(event('one day after', 'troops').date).toBeNull();
		expect(timexes.find((t) => t.text === 'one day after')?.date).toBeNull();
		// "for days or weeks" is a duration, "in 30 years" too.
		expect(timexes.map((t) => t.text)).not.toContain('days or weeks');
		expect(timexes.some((t) => t.text.includes('30 years'))).toBe(false);
	});

	it('finds no place in Bulgaria: the section tag and the footer are not the story', () => {
		expect(places.filter((p) => p.country === 'BG')).toEqual([]);
		for (const e of events) expect(e.place?.country ?? 'KZ').toBe('KZ');
	});

	it('reads no event from related headlines, the footer or the title', () => {
		const story = (e: Event) => !doc.boilerplate.some(([s, end]) => e.offset[0] >= s && e.offset[1] <= end);
		expect(events.every(story)).toBe(true);
		expect(events.some((e) => e.quote.includes('Foreign Troops enter Kazakhstan as Peacekeepers'))).toBe(false);
		expect(events.some((e) => e.quote.includes('Condemned the Violence'))).toBe(false);
		expect(doc.boilerplate.length).toBeGreaterThanOrEqual(8);
	});

	it('resolves Washington to the capital, as an actor, not the place of the event', () => {
		const washington = places.find((p) => p.name === 'Washington');
		expect(washington).toMatchObject({ id: 'geonames:4140963', country: 'US', kind: 'city' });
		expect(washington?.roles).toEqual(['actor']);
		const psaki = event('Jen Psaki', 'monitoring');
		expect(psaki.type).toBe('statement');
		expect(psaki.place).toBeNull();
	});

	it('reads Moscow and the Kremlin as actors', () => {
		expect(places.find((p) => p.name === 'Moscow')?.roles).toEqual(['actor']);
		expect(places.find((p) => p.id === 'point:kremlin')?.roles).toEqual(['actor']);
		expect(event('Moscow', 'stands behind').attribution).toBe('Foreign Minister Alexander Grushko');
	});

	it('finds Nur-Sultan under its 2022 name, and not in the name Nursultan Nazarbayev', () => {
		const capital = places.find((p) => p.id === 'geonames:1526273');
		expect(capital?.name).toBe('Nur-Sultan');
		expect(capital?.mentions).toHaveLength(1);
		const [s, e] = capital!.mentions[0];
		expect(article.text.slice(s, e)).toBe('Nur-Sultan');
	});

	it('keeps demonyms as actors, not places of events', () => {
		// "Kazakh President", "Russian troops": mentions of the countries, marked as demonyms.
		expect(places.find((p) => p.id === 'geonames:2017370')?.roles).toContain('demonym');
		expect(places.find((p) => p.id === 'region:central-asia')?.roles).toEqual(['demonym']);
		expect(events.some((e) => e.place?.id === 'geonames:2017370' || e.place?.id === 'region:central-asia')).toBe(false);
		expect(event('70 planes', 'planes').actors).toContain('Russian troops');
	});

	it('reads no event from background facts', () => {
		expect(events.some((e) => e.quote.startsWith('Kazakhstan is a major oil producer'))).toBe(false);
		expect(events.some((e) => e.quote.startsWith('Nazarbayev has not been seen'))).toBe(false);
	});
});

/**
 * Every event a careful reader finds in the story, in the order it is written:
 * [words of the title, type, date (start/precision) or null, place or null].
 * Undated events are the ones the text gives no date for; "the country" is Kazakhstan.
 */
const EXPECTED: [string, string, string | null, string | null][] = [
	['ordered security forces to fire', 'policy', null, null],
	['Russia sent troops into the country', 'military deployment', null, 'Kazakhstan'],
	['controlling the streets of the Almaty', 'military deployment', '2022-01-07/day', 'Almaty'],
	['Gunfire is still heard', 'violence', '2022-01-07/day', 'Almaty'],
	['Kassym-Jomart Tokayev: “Those who do not surrender will be destroyed”', 'statement', null, null],
	['I ordered law enforcement officers', 'policy', null, null],
	['Tokayev blamed', 'statement', null, null],
	['70 planes', 'military deployment', null, 'Kazakhstan'],
	['control the main airport in Almaty', 'military deployment', null, 'Almaty'],
	['The protests began', 'protest', null, null],
	['handed over the presidency', 'policy', '2019-01-01/year', null],
	['26 "armed criminals"', 'casualties', null, null],
	['18 police and National Guard officers killed', 'casualties', null, null],
	['3,700 arrests', 'arrest', null, null],
	['Gunfire was heard near the main square', 'violence', '2022-01-07/day', 'Almaty'],
	['Soldiers fighting protesters', 'armed clash', '2022-01-06/day', 'Almaty'],
	['body of a dead man', 'casualties', '2022-01-07/day', 'Almaty'],
	['gun shop looted', 'riot', '2022-01-07/day', 'Kazakhstan'],
	['Other cities rising', 'protest', '2022-01-07/day', null],
	['The Internet down', 'disruption', '2022-01-05/range', null],
	['troops sent under the auspices', 'military deployment', null, null],
	['2,500 troops', 'military deployment', null, 'Kazakhstan'],
	['stands behind Kazakhstan', 'statement', null, null],
	['Washington was closely monitoring', 'statement', null, null],
	['Russians are not involved', 'statement', null, null]
];

describe('every event of the Kazakhstan article', () => {
	it('is found, in order, with its type, date and place', () => {
		const found = events.map((e) => [e.title, e.type, e.date ? `${e.date.start}/${e.date.precision}` : null, e.place?.name ?? null]);
		expect(found).toHaveLength(EXPECTED.length);
		EXPECTED.forEach(([words, type, date, place], i) => {
			expect(found[i][0], `event ${i}`).toContain(words);
			expect(found[i].slice(1), `event ${i}: ${words}`).toEqual([type, date, place]);
		});
	});
	it('has titles whose quotation marks open and close', () => {
		for (const { title } of events) {
			expect((title.match(/"/g)?.length ?? 0) % 2, title).toBe(0);
			expect(title.match(/“/g)?.length ?? 0, title).toBe(title.match(/”/g)?.length ?? 0);
		}
	});
});
