/**
 * Place traps: metonymy, demonyms, namesakes, people named like places, sites in a city.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from './helpers';

const placesOf = (text: string) => extractText(text).places;

describe('places', () => {
	it('"Washington said" is an actor, resolved to the capital, never the state or a namesake', () => {
		const doc = extractText('Washington said it was monitoring the deployment of Russian forces.');
		expect(doc.places).toMatchObject([
			{ id: 'geonames:4140963', country: 'US', roles: ['actor'] },
			{ id: 'geonames:2017370', roles: ['demonym'] }
		]);
		expect(doc.events[0].place).toBeNull();
	});

	it('the Kremlin and Moscow speaking are actors, not places of events', () => {
		const doc = extractText('The Kremlin warned that Moscow stands behind its allies.');
		expect(doc.places.map((p) => p.roles[0])).toEqual(['actor', 'actor']);
		expect(doc.events.every((e) => e.place === null)).toBe(true);
	});

	it('demonyms name actors, not places', () => {
		const doc = extractText('Russian troops arrived as the Kazakh President spoke.');
		expect(doc.places.map((p) => [p.name, p.roles])).toEqual([
			['Russia', ['demonym']],
			['Kazakhstan', ['demonym']]
		]);
		expect(doc.events[0].place).toBeNull();
		expect(doc.events[0].actors).toContain('Russian troops');
	});

	it('"Almaty, Kazakhstan" resolves the city inside the country', () => {
		const doc = extractText('Protesters gathered in Almaty, Kazakhstan, on Wednesday.');
		expect(doc.places.map((p) => p.id)).toEqual(['geonames:1526384', 'geonames:1522867']);
		expect(doc.events[0]).toMatchObject({ type: 'protest', place: { name: 'Almaty', kind: 'city' }, date: { start: '2022-01-05' } });
	});

	it('the focus country decides between namesakes', () => {
		const doc = extractText('Kazakhstan said on Tuesday that fighting continued in Almaty and in Aktobe.');
		expect(doc.places.find((p) => p.name === 'Aktobe')?.country).toBe('KZ');
	});

	it('a person named like a place is a person ("Alexander Grushko", "Nursultan Nazarbayev")', () => {
		expect(placesOf('Foreign Minister Alexander Grushko said so.')).toEqual([]);
		expect(placesOf('Protests against Nursultan Nazarbayev grew.')).toEqual([]);
	});

	it('a newspaper named for a city is not where anything happened: the city is only embedded in its name', () => {
		const doc = extractText('The New York Times reported the arrests.');
		expect(doc.places.map((p) => [p.name, p.roles])).toEqual([['New York', ['embedded']]]);
		expect(doc.events[0].place).toBeNull();
	});

	it('"Mall of Asia" holds a place name; "the Kingdom of Saudi Arabia" is the place', () => {
		const mall = extractText('Shoppers fled the SM Mall of Asia after a blast.');
		expect(mall.places.map((p) => [p.name, p.roles])).toEqual([['Asia', ['embedded']]]);
		expect(mall.events[0].place).toBeNull();
		expect(extractText('Troops arrived in the Kingdom of Saudi Arabia.').events[0].place).toMatchObject({ country: 'SA' });
	});

	it('a site in a city is a point in that city', () => {
		const doc = extractText('Protesters seized the airport as crowds filled Republic Square and Almaty Airport closed.');
		const airport = doc.places.find((p) => p.name === 'Almaty Airport');
		expect(airport).toMatchObject({ kind: 'point', country: 'KZ' });
	});

	it('a street or square named after a town is not in that town; "X and Y Town" is one name', () => {
		// Washington Square is in New York; Ingleside Avenue is in Chicago.
		expect(placesOf('Police closed Washington Square and South Ingleside Avenue.')).toEqual([]);
		// Bains and Grants Town is a constituency in Nassau, not Bains in France and Grants in New Mexico.
		expect(placesOf('Residents in Bains and Grants Town protested.')).toEqual([]);
		expect(placesOf('Protests spread to Almaty and Aktobe.').map((p) => p.name)).toEqual(['Almaty', 'Aktobe']);
	});

	it('a country named as the place of an event is a country-level place', () => {
		const doc = extractText('About 2,500 troops were sent to Kazakhstan.');
		expect(doc.events[0].place).toMatchObject({ id: 'geonames:1522867', kind: 'country' });
	});

	it('countries and continents are GeoNames features, with GeoNames ids and points', () => {
		const doc = extractText('Protests spread from the United States to Europe on Friday.');
		expect(doc.places).toMatchObject([
			{ id: 'geonames:6252001', name: 'United States', kind: 'country', country: 'US', lat: 39.76, lon: -98.5 },
			{ id: 'geonames:6255148', name: 'Europe', kind: 'region', country: null }
		]);
	});

	it('a demonym that opens a longer name is that name: "European Union", "Indian Ocean"', () => {
		const doc = extractText('The European Union sent ships to the Indian Ocean. European diplomats agreed.');
		expect(doc.places.map((p) => [p.name, p.roles])).toEqual([
			['European Union', ['actor']],
			['Indian Ocean', ['location']],
			['Europe', ['demonym']]
		]);
	});

	it('a possessive inside a name keeps the name whole: the DPRK is North Korea, not the "Republic of Korea"', () => {
		expect(placesOf("The Democratic People's Republic of Korea fired a missile.")).toMatchObject([{ country: 'KP' }]);
		expect(placesOf("Russia's Vladimir Putin spoke.")).toMatchObject([{ name: 'Russia', country: 'RU' }]);
	});

	it('a feature named after a place is not that place: no marker beats a wrong one', () => {
		// The Niger Delta is in Nigeria; Delta is also a town in British Columbia.
		expect(placesOf('Militants attacked pipelines in the Niger Delta.')).toEqual([]);
		// The Gulf of Mexico is not Mexico, nor "the Gulf" of the Middle East.
		expect(placesOf('Storms moved across the Gulf of Mexico.')).toEqual([]);
		expect(placesOf('Fishermen drowned near Lake Victoria and Fire Island.')).toEqual([]);
		expect(placesOf('Climbers died near Mt. Kenya.')).toEqual([]);
		// Suffolk County, New York, is not the town of Suffolk, Virginia.
		expect(placesOf('Police in Suffolk County arrested two men.')).toEqual([]);
	});

	it('a direction alone is not a region ("Western" is a region of Ghana), but it may qualify one', () => {
		expect(placesOf('Floods hit the Western region and the North West.')).toEqual([]);
		expect(placesOf('Rain fell across West Wales.')).toMatchObject([{ name: 'Wales', country: 'GB' }]);
	});

	it('names news writing uses that the country data lacks or spells as words', () => {
		expect(placesOf('Officials in the U.S. Virgin Islands were evacuated.')).toMatchObject([{ country: 'VI' }]);
		expect(placesOf('The Island was quiet.')).toEqual([]);
	});

	it('a person named in full stays a person when the surname comes alone ("McGregor", "de Kock")', () => {
		expect(placesOf('Conor McGregor was arrested in Brooklyn. Video showed McGregor throwing a guardrail.').map((p) => p.name)).toEqual(['Brooklyn']);
		expect(placesOf('The horse was trained by Mike de Kock. Kock won twice.')).toEqual([]);
	});

	it('a town does not speak: "Gillette said" is a person, while "Moscow said" is a government', () => {
		expect(placesOf('"We are ready," Gillette said.')).toEqual([]);
		expect(placesOf('Moscow said it would send troops.')).toMatchObject([{ name: 'Moscow', roles: ['actor'] }]);
	});

	it('a month abbreviation in a date is not a town ("Nov." is not Nov, Tajikistan)', () => {
		expect(extractText('She cooked a turkey on Wednesday, Nov. 2, 2016, in Fresno, Calif.', '2016-11-03').places.map((p) => p.name)).toEqual(['Fresno', 'California']);
	});

	it('a former name yields to the town that bears it today, unless the story is about its country', () => {
		// Salisbury was Harare's name until 1982; today it is a city in England (and in Maryland).
		expect(placesOf('Police cordoned off a bench in Salisbury.')).toMatchObject([{ name: 'Salisbury', country: 'GB' }]);
		// Alma-Ata has no namesake: it stays Almaty.
		expect(placesOf('Protesters gathered in Alma-Ata.')).toMatchObject([{ id: 'geonames:1526384' }]);
		// "St. Petersburg" is also a city in Florida; the story is about Russia.
		expect(placesOf('Russia will close the US consulate in St. Petersburg.').find((p) => p.name === 'St. Petersburg')).toMatchObject({ country: 'RU' });
		expect(placesOf('Two men were arrested in St. Louis.')).toMatchObject([{ name: 'St. Louis', country: 'US' }]);
	});

	it('"the English city of", "the Syrian town of": the demonym places the town', () => {
		expect(placesOf('The Skripals were found in the southern English city of Salisbury.').find((p) => p.name === 'Salisbury')).toMatchObject({ country: 'GB' });
		// London alone is England's capital; "the Canadian city of London" is London, Ontario.
		expect(placesOf('Floods hit London.')).toMatchObject([{ country: 'GB' }]);
		expect(placesOf('Floods hit the Canadian city of London.').find((p) => p.name === 'London')).toMatchObject({ country: 'CA' });
	});

	it('an abbreviation that is also a word needs its full stop ("Mass." is Massachusetts, "Mass" a service)', () => {
		expect(placesOf('Vigils were held after the longest Mass of the year.')).toEqual([]);
		expect(placesOf('Police in Springfield, Mass., arrested two men.')).toMatchObject([{ name: 'Springfield' }, { name: 'Massachusetts', kind: 'region' }]);
	});

	it('a surname that is a country is the person ("Andrew Jordan")', () => {
		expect(placesOf('The champion Andrew Jordan won the race.')).toEqual([]);
	});

	it('ordinary words at a sentence start are not towns', () => {
		expect(placesOf('Police arrested 40 people. Reading the statement, he wept.')).toEqual([]);
	});
});

describe('places as objects', () => {
	it('a place a verb acts on is where the event happened ("troops patrolled Almaty")', () => {
		const doc = extractText('Troops patrolled Almaty on Friday, the ministry said.');
		expect(doc.events[0]).toMatchObject({ title: 'Troops patrolled Almaty', place: { name: 'Almaty' }, date: { start: '2022-01-07' } });
	});
});

describe('regions as context', () => {
	it('a town whose name several share is the one in the region the article names', () => {
		const arlington = (text: string) => extractText(text).places.find((p) => p.name === 'Arlington');
		expect(arlington('Police in Virginia said a shooting in Arlington left two dead.')).toMatchObject({ country: 'US', lat: expect.closeTo(38.88, 0) });
		expect(arlington('Police in Texas said a shooting in Arlington left two dead.')).toMatchObject({ country: 'US', lat: expect.closeTo(32.7, 0) });
	});
});
