/**
 * Stage 4, places: finds place names among the capitalised words of each sentence
 * by gazetteer lookup, tells places from people and organisations by the words
 * around them, resolves each name to one gazetteer entry by context (the
 * article's focus country, "Almaty, Kazakhstan", co-mentioned places, population
 * last), and marks how it is used: where something is, or who acts ("Washington
 * said", "the Kremlin"), or a modifier ("Russia's defense minister").
 * Demonyms ("Kazakh President") are kept apart: they name actors, not places.
 */
import type { PlaceRole } from '../domain';
import type { AnnotatedDocument, DemonymSpan, PlaceSpan } from './document';
import { Gazetteer, normalizeName, type GazetteerEntry } from './gazetteer';

interface Token {
	text: string;
	start: number;
	end: number;
	cap: boolean;
}

/** Initials ("U.S."), saints and mounts before a name ("St. Petersburg", "Mt. Kenya"), words, numbers, marks. */
const TOKEN = /(?:\p{L}\.){2,}|(?:St|Ste|Mt|Ft)\.(?=\s+\p{Lu})|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;

export function tokenize(s: string): Token[] {
	const out: Token[] = [];
	for (const m of s.matchAll(TOKEN)) {
		let text = m[0];
		const start = m.index;
		const possessive = /^(.+)(['’]s)$/u.exec(text);
		if (possessive && possessive[1].length > 1) {
			text = possessive[1];
			out.push({ text, start, end: start + text.length, cap: /^\p{Lu}/u.test(text) });
			out.push({ text: possessive[2], start: start + text.length, end: start + m[0].length, cap: false });
			continue;
		}
		out.push({ text, start, end: start + text.length, cap: /^\p{Lu}/u.test(text) });
	}
	return out;
}

/** Lower-case words that may stand inside a place name ("Rio de Janeiro", "Republic of the Congo"). */
const CONNECTORS = new Set(['of', 'de', 'la', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'upon', 'on', 'the', 'al', 'el', 'le', 'sur', 'am', 'an', 'im', 'y', 'and']);
/** Titles and office words: they open a person's name or an institution, never a place's. */
const TITLES = new Set(
	('President Minister Prime Foreign Interior Defense Defence Finance Deputy Vice Chancellor King Queen Prince Princess Sheikh Emir Governor Mayor Senator ' +
		'Representative Gen General Col Colonel Lt Captain Sgt Major Adm Admiral Commander Chief Secretary Spokesman Spokeswoman Spokesperson Ambassador ' +
		'Pope Patriarch Bishop Archbishop Ayatollah Mr Mrs Ms Dr Prof Judge Justice Speaker Leader Former Acting State Gov Sen Rep Pres St')
		.split(' ')
);
/** Words after a name that make it a site in a place: the place's point. */
// Not streets, squares, parks, palaces or stations: those are named after other places as often as not
// ("Washington Square" in New York, "Ingleside Avenue" in Chicago, "Waterloo Station" in London).
const SITES = /^(Airport|Stadium|Port|Harbou?r|Market|Bazaar|Mosque|Cathedral|Church|Castle)$/;
/** Words after a name that keep it the same place, or its administrative area ("Almaty Region"). */
const PLACE_SUFFIX = /^(Region|Province|Oblast|District|State|City|Governorate|Prefecture)$/;
/**
 * Words around a name that make it another feature the gazetteer lacks: "Niger Delta" is in Nigeria,
 * "Suffolk County" is not the town of Suffolk, "Gulf of Mexico" is not Mexico. No place beats a wrong one.
 */
const FEATURE_SUFFIX = /^(County|Delta|River|Valley|Island|Islands|Peninsula|Basin|Strait|Sea|Gulf|Bay|Lake|Mountains?|Desert|Canyon|Falls|Coast|Creek|Dam)$/;
const FEATURE_PREFIX = /^(Lake|Mount|Mt\.?|Cape|Isle)$/;
const FEATURE_OF = /^(Gulf|Bay|Sea|Lake|Strait|Straits|Isle|Isles|Cape|Mouth)$/;
const POSSESSIVE = /^['’]s$/;
/** "Kingdom of Saudi Arabia", "City of London": the place itself, not a name that holds it. */
const POLITY = /^(Kingdom|Republic|State|Commonwealth|Province|City|Region|County|Emirate|Sultanate|Principality|Federation|Town|Village|District|Municipality|Borough|Island|Islands|Isle)$/;
const DIRECTION = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Northeast|Northwest|Southeast|Southwest|Mid)$/;
/** Verbs after a name that make it an actor: a government speaking or acting through its seat. */
const ACTOR_VERBS = /^["“”']?\s*(said|says|say|stands|stood|warned|warns|announced|announces|accused|accuses|condemned|condemns|denied|denies|urged|urges|wants|wanted|insisted|insists|claimed|claims|threatened|threatens|responded|rejected|rejects|demanded|demands|blamed|blames|refused|refuses|hopes|believes|agreed|agrees|signed|signs|supports|backs|backed|called|calls|sent|sends|deployed|imposed|vowed|vows|pledged|promised|recognized|recognised|decided|plans|planned|ordered|approved|welcomed|criticized|criticised|expelled|summoned)\b/i;
/** "Washington was closely monitoring", "Turkey has shelled": an auxiliary before a verb; "Kazakhstan is a producer" is not. */
const ACTOR_AUXILIARY = /^(is|was|has|had|have|will|would)\s+(not\s+)?(\w+ly\s+)?\w+(ing|ed)\b/i;
/** Nouns a place name modifies without being where the event is ("US officials", "Russia troops"). */
const MODIFIED_NOUNS = /^(officials?|troops|forces|government|authorities|ministry|embassy|envoy|diplomats?|leaders?|president|prime|foreign|military|army|navy|police|army|media|state|television|tv|news|press|spokes\w+|ambassador|counterpart|side|delegation|companies|company|firms?|officers?|soldiers|citizens|nationals|people|residents|voters|lawmakers|parliament|economy|oil|gas|stock|markets?|central)$/i;

interface Match {
	from: number; // token index
	to: number; // exclusive
	key: string;
	candidates: number[];
	site: boolean;
	/** Inside a longer proper name: "The Washington Post", "New York Attorney General". */
	embedded: boolean;
}

/** Capitalised function words that open sentences: not part of a name ("In Washington"). */
const FUNCTION_WORDS = new Set('I We You He She It They Me Us My Our Your Him Them Who What Why How Where Yes No Not So Just Also In On At The A An And But For From With After Before During When While As By Of To Since If Although Though Meanwhile Earlier Later Then Now Some Many Most All Both Each Every This That These Those There Here Its His Her Their Our Between Across Near Outside Inside Into Over Under About Against Among Despite Until Via Along Around Throughout Amid'.split(' '));

/**
 * Greedy longest matches inside runs of capitalised words. A name that stands next
 * to other capitalised words belongs to a longer proper name: a person's
 * ("Alexander Grushko") is dropped; an organisation's named for a well-known place
 * ("The Washington Post") is kept as embedded.
 */
function matchSentence(tokens: Token[], gaz: Gazetteer, allCaps: boolean, titleCase: boolean): Match[] {
	const matches: Match[] = [];
	const isCap = (t: Token) => t.cap && /\p{L}/u.test(t.text);
	let i = 0;
	while (i < tokens.length) {
		const demonymPair = tokens[i].cap && tokens[i + 1]?.cap && gaz.demonym(`${tokens[i].text} ${tokens[i + 1].text}`);
		if (demonymPair) {
			i += 2;
			continue;
		}
		// A demonym is people, unless it opens a longer name: "European Union", "Indian Ocean", "American Samoa".
		const word = tokens[i].text;
		if (!isCap(tokens[i]) || TITLES.has(word) || FUNCTION_WORDS.has(word) || (!allCaps && isDemonym(word, gaz) && !opensLongerName(tokens, i, gaz))) {
			// "The Hague", "The Gambia": a capitalised article may still open a name.
			if (!(word === 'The' && tokens[i + 1] && gaz.candidates(normalizeName(`the ${tokens[i + 1].text}`)).length)) {
				i++;
				continue;
			}
		}
		// The run of capitalised words (with connectors) this token opens.
		let runEnd = i + 1;
		while (runEnd < tokens.length) {
			const t = tokens[runEnd];
			if (isCap(t) && !TITLES.has(t.text) && !(allCaps ? false : isDemonym(t.text, gaz))) runEnd++;
			else if (CONNECTORS.has(t.text) && runEnd + 1 < tokens.length && isCap(tokens[runEnd + 1])) runEnd++;
			// "Democratic People's Republic of Korea", "Martha's Vineyard"; a possessive no name spans ends the run below.
			else if (POSSESSIVE.test(t.text) && runEnd + 1 < tokens.length && isCap(tokens[runEnd + 1]) && !TITLES.has(tokens[runEnd + 1].text)) runEnd++;
			else break;
		}
		const runStart = i;
		const inRun: boolean[] = [];
		let j = i;
		const runMatches: Match[] = [];
		while (j < runEnd) {
			let found: Match | null = null;
			for (let len = Math.min(gaz.maxTokens, runEnd - j); len >= 1; len--) {
				if (CONNECTORS.has(tokens[j + len - 1].text) || POSSESSIVE.test(tokens[j + len - 1].text)) continue;
				const key = keyOf(tokens.slice(j, j + len));
				const candidates = gaz.candidates(key);
				if (candidates.length) {
					found = { from: j, to: j + len, key, candidates, site: false, embedded: false };
					break;
				}
			}
			if (found) {
				runMatches.push(found);
				for (let k = found.from; k < found.to; k++) inRun[k] = true;
				j = found.to;
			} else j++;
		}
		// A possessive that no match spans splits the run: "Russia's Vladimir Putin" is not one name.
		const part: number[] = [];
		for (let k = runStart, n = 0; k < runEnd; k++) {
			if (POSSESSIVE.test(tokens[k].text) && !inRun[k]) n++;
			part[k] = n;
		}
		/** "Bains and Grants Town": after "and", the run ends in a word that is no place, so it is one name. */
		const namedOn = (m: Match) => {
			if (tokens[m.to]?.text !== 'and') return false;
			for (let k = m.to + 1; k < runEnd && part[k] === part[m.from]; k++) if (!inRun[k] && isCap(tokens[k]) && !CONNECTORS.has(tokens[k].text)) return true;
			return false;
		};
		/** A capitalised word of the run next to a match, not itself a place name; "West" of "West Wales" is part of the place. */
		const residueOf = (m: Match) => (k: number) =>
			!titleCase && k >= runStart && k < runEnd && !inRun[k] && !CONNECTORS.has(tokens[k].text) && !POSSESSIVE.test(tokens[k].text) &&
			part[k] === part[m.from] && !(k === m.from - 1 && DIRECTION.test(tokens[k].text));
		const besideFeature = (m: Match) =>
			(m.to < runEnd && part[m.to] === part[m.from] && FEATURE_SUFFIX.test(tokens[m.to].text)) ||
			(m.from - 1 >= runStart && part[m.from - 1] === part[m.from] && FEATURE_PREFIX.test(tokens[m.from - 1].text)) ||
			(m.from - 2 >= runStart && tokens[m.from - 1].text === 'of' && FEATURE_OF.test(tokens[m.from - 2].text));
		/** "Mall of Asia", "University of Alberta": a capitalised word that is no notable place, then "of", then the name. */
		const heldByName = (m: Match) => {
			const k = m.from - 2;
			if (titleCase || k < runStart || tokens[m.from - 1].text !== 'of' || part[k] !== part[m.from] || POLITY.test(tokens[k].text)) return false;
			const notable = runMatches.some((n) => n.from <= k && k < n.to && n.candidates.some((c) => gaz.entry(c).kind !== 'city' || gaz.entry(c).population >= 100_000));
			return isCap(tokens[k]) && !notable;
		};
		const dropped = new Set<Match>();
		for (const m of runMatches) {
			// "Gulf" alone is the Persian Gulf; "Gulf of Mexico" is another sea.
			const featureOf = m.to - m.from === 1 && FEATURE_OF.test(tokens[m.from].text) && tokens[m.to]?.text === 'of' && m.to + 1 < runEnd;
			if (!besideFeature(m) && !featureOf) continue;
			dropped.add(m);
			// "Delta" of "Niger Delta" is not Delta, British Columbia.
			for (const n of runMatches) if (n.from === m.to && n.to === m.to + 1) dropped.add(n);
		}
		for (const m of runMatches) {
			if (dropped.has(m)) continue;
			const residue = residueOf(m);
			const next = tokens[m.to];
			if (residue(m.to) && SITES.test(next.text) && !residue(m.to + 1)) {
				m.site = true;
				m.to += 1;
			} else if (residue(m.to) && PLACE_SUFFIX.test(next.text) && !residue(m.to + 1)) {
				m.to += 1;
			} else if (residue(m.to) || residue(m.from - 1) || heldByName(m) || namedOn(m)) {
				// "The Washington Post", and "Mall of Asia", "University of Alberta": a name that holds a place's name.
				const first = tokens[m.from].text;
				const opensName = !residue(m.from - 1) || tokens[m.from - 1].text === 'The';
				const wellKnown = m.candidates.some((c) => {
					const e = gaz.entry(c);
					return e.kind === 'country' || e.kind === 'region' || e.population >= 100_000;
				});
				const nation = m.candidates.some((c) => gaz.entry(c).kind === 'country' || gaz.entry(c).feature === 'MACRO');
				if (!nation && (!opensName || !wellKnown || gaz.isFirstName(first))) continue;
				// "Andrew Jordan" is a driver, not a country held in a name.
				if (residue(m.from - 1) && m.to - m.from === 1 && gaz.isFirstName(tokens[m.from - 1].text)) continue;
				m.embedded = true;
			}
			matches.push(m);
		}
		i = runEnd;
	}
	return matches;
}

function opensLongerName(tokens: Token[], i: number, gaz: Gazetteer): boolean {
	for (let len = 2; len <= gaz.maxTokens && i + len <= tokens.length; len++) {
		if (gaz.candidates(keyOf(tokens.slice(i, i + len))).length) return true;
	}
	return false;
}

/** The gazetteer key of a run of tokens, written as the text has them ("People's", not "People 's"). */
function keyOf(tokens: Token[]): string {
	return normalizeName(tokens.map((t, k) => (k > 0 && !POSSESSIVE.test(t.text) ? ' ' : '') + t.text).join(''));
}

/** A demonym stands for people, not a place, unless it is also a country's name ("Kuwait" is not, "Chinese" is). */
function isDemonym(word: string, gaz: Gazetteer): boolean {
	if (!gaz.demonym(word)) return false;
	return !gaz.candidates(normalizeName(word)).some((c) => gaz.entry(c).kind === 'country');
}

/** Whether a lone capitalised word is more likely an ordinary word or a first name than this place. */
function plausible(m: Match, tokens: Token[], gaz: Gazetteer, sentenceStart: boolean, surnames: Set<string>): number[] {
	const word = tokens[m.from].text;
	const single = m.to - m.from === 1;
	// An acronym ("NATO", "APC") is an organisation or a thing unless it is a country's ("US", "UAE").
	const acronym = single && /^\p{Lu}{2,}$/u.test(word);
	return m.candidates.filter((c) => {
		const e = gaz.entry(c);
		// A capitalised city name in a wire dateline or heading ("TORONTO") still names the city.
		if (acronym && e.kind !== 'country' && e.kind !== 'region' && !(word.length >= 4 && e.population >= 100_000)) return false;
		if (single && surnames.has(word) && e.kind !== 'country') return false;
		if (e.kind === 'country' || e.kind === 'point' || e.feature === 'PPLC' || e.feature === 'MACRO') return true;
		if (!single) return true;
		if (gaz.isCommonWord(word)) {
			// An abbreviation that is also a word ("Mass." for Massachusetts, "Ill.", "Wash.") needs its full stop: "the longest Mass of the year".
			if (normalizeName(e.name) !== normalizeName(word) && tokens[m.to]?.text !== '.') return false;
			// A capitalised ordinary word mid-sentence may be a state or province ("Virginia", "Victoria"), or a large city.
			return sentenceStart ? e.population >= 1_000_000 : e.kind === 'region' || e.population >= 100_000;
		}
		if (gaz.isFirstName(word)) return e.population >= 200_000 || e.kind === 'region';
		return true;
	});
}

function roleOf(tokens: Token[], m: Match, s: string, gaz: Gazetteer): PlaceRole {
	const next = tokens[m.to];
	const afterText = s.slice(tokens[m.to - 1].end).trimStart();
	const isSeat = m.candidates.some((c) => gaz.entry(c).feature === 'LANDMARK');
	if (isSeat) return 'actor';
	if (next && /^['’]s$/.test(next.text)) return 'modifier';
	if (next && MODIFIED_NOUNS.test(next.text)) return 'modifier';
	if (ACTOR_VERBS.test(afterText) || ACTOR_AUXILIARY.test(afterText)) {
		// "in Almaty was" is still a location: a preposition before the name makes it one.
		const prev = tokens[m.from - 1]?.text.toLowerCase();
		if (!['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'inside', 'of', 'around', 'through'].includes(prev ?? '')) return 'actor';
	}
	return 'location';
}

const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'to', 'from', 'across', 'outside', 'inside', 'around', 'through', 'throughout', 'of', 'towards', 'toward', 'on', 'within', 'over', 'between', 'off']);
const SKIPPABLE = /^(the|main|central|capital|city|town|village|region|province|province's|northern|southern|eastern|western|north|south|east|west|downtown|of|and|,)$/i;

/** Verbs whose object is where the event happens: "troops patrolled Almaty", "protesters stormed Aktobe". */
const PLACE_VERBS = /^(patrol(led|s)?|storm(ed|s)?|shell(ed|s)?|bomb(ed|s)?|attack(ed|s)?|seiz(ed|es)|enter(ed|s)?|occup(ied|ies)|captur(ed|es)|besieg(ed|es)|struck|hit|raid(ed|s)?|invad(ed|es)|overr(an|un)|rocked|paralys(ed|es)|swept)$/i;

/** A place named after a locative preposition ("in Almaty", "to the capital, Nur-Sultan") is where something is. */
function isLocative(tokens: Token[], from: number): boolean {
	for (let i = from - 1; i >= 0 && i >= from - 5; i--) {
		const w = tokens[i].text.toLowerCase();
		if (LOCATIVE.has(w) || PLACE_VERBS.test(w)) return true;
		if (!SKIPPABLE.test(w)) return false;
	}
	return false;
}

interface Mention {
	sentence: number;
	start: number;
	end: number;
	text: string;
	candidates: number[];
	role: PlaceRole;
	/** A container named right after it: "Almaty, Kazakhstan". */
	container: number[] | null;
	site: boolean;
	locative: boolean;
}

function score(e: GazetteerEntry, m: Mention, focus: string | null, context: Map<string, number>, gaz: Gazetteer): number {
	let s = 0;
	if (e.kind === 'country' || e.feature === 'MACRO') s += 10;
	else if (e.kind === 'region') s += m.role === 'dateline' ? 2 : 6;
	else if (e.kind === 'point') s += 9;
	else s += Math.log10(e.population + 10);
	if (e.feature === 'PPLC') s += m.role === 'actor' ? 7 : 5;
	const key = normalizeName(m.text);
	if (gaz.isAlternateName(key, e.index)) {
		s -= 2;
		// A former or foreign name ("Salisbury" for Harare) yields to a town that bears it today,
		// unless the article speaks of its country ("St. Petersburg" in a story about Russia).
		if (!context.has(e.country) && m.candidates.some((c) => !gaz.isAlternateName(key, c) && gaz.entry(c).population >= 10_000)) s -= 6;
	}
	// "Mexico" is the country before it is Mexico City's other name.
	if (e.kind === 'country' && normalizeName(e.name) === key) s += 6;
	if (e.feature === 'PPLA') s += 1;
	if (focus && e.country === focus) s += 3;
	if (e.kind === 'city' && context.has(`region:${e.country}-${e.admin1}`)) s += 2.5;
	s += Math.min(3, 1.5 * (context.get(e.country) ?? 0));
	if (m.container) {
		const inside = m.container.some((c) => {
			const k = gaz.entry(c);
			return k.country === e.country && (k.kind === 'country' || k.admin1 === e.admin1);
		});
		if (inside) s += 8;
	}
	if (normalizeName(e.name) === normalizeName(m.text)) s += 0.5;
	return s;
}

/**
 * Surnames of the people the article names in full ("Boris Johnson"): alone later
 * ("Johnson said"), they are the person, not a town of that name.
 */
function surnamesIn(doc: AnnotatedDocument, gaz: Gazetteer): Set<string> {
	const surnames = new Set<string>();
	// Overlapping pairs ("Facebook's Sheryl Sandberg"), inner capitals ("McGregor") and particles ("Mike de Kock").
	const pair = /\b(\p{Lu}[\p{Ll}'-]+)\s+(?=(?:\p{Lu}\.\s+)?(?:(?:de|van|von|der|den|da|di|du|le|la|al|el|bin|ter)\s+)?(\p{Lu}\p{Ll}*\p{Lu}?[\p{Ll}'-]+)\b)/gu;
	// A given name is one the lists know, or a capitalised word that is no place, no word and no demonym ("Conor").
	const givenName = (w: string) =>
		gaz.isFirstName(w) || TITLES.has(w) || (!FUNCTION_WORDS.has(w) && !gaz.isCommonWord(w) && !gaz.candidates(normalizeName(w)).length && !gaz.demonym(w));
	for (const m of doc.text.matchAll(pair)) {
		if (givenName(m[1]) && !gaz.candidates(normalizeName(`${m[1]} ${m[2]}`)).length && !gaz.isFirstName(m[2]) && !gaz.candidates(normalizeName(m[2])).some((c) => gaz.entry(c).kind !== 'city' || gaz.entry(c).population >= 1_000_000)) surnames.add(m[2]);
	}
	return surnames;
}

export function findPlaces(doc: AnnotatedDocument, gaz: Gazetteer): AnnotatedDocument {
	const mentions: Mention[] = [];
	const surnames = surnamesIn(doc, gaz);
	const demonyms: DemonymSpan[] = [];
	doc.sentences.forEach((sentence, si) => {
		const zone = doc.blocks[sentence.block].zone;
		if (zone === 'boilerplate') return;
		const [from, to] = sentence.offset;
		const s = doc.text.slice(from, to);
		const allCaps = zone === 'dateline';
		const tokens = tokenize(s).map((t) => (allCaps && /^\p{Lu}{2,}$/u.test(t.text) ? { ...t, cap: true } : t));
		if (zone === 'dateline' && !/^\p{Lu}{3,}/u.test(s)) return; // a web dateline ("World | January 7") names no place
		// A headline capitalises ordinary words ("Kazakhstan Ordered: Shoot"): capitals there say nothing of longer names.
		const matches = matchSentence(tokens, gaz, allCaps, zone === 'title');
		for (const [k, m] of matches.entries()) {
			const candidates = plausible(m, tokens, gaz, m.from === 0, surnames);
			if (!candidates.length) continue;
			// "Nov." of a date is the month, not Nov, Tajikistan.
			const [a, b] = [from + tokens[m.from].start, from + tokens[m.to - 1].end];
			if (doc.dates.some((d) => d.offset[0] < b && a < d.offset[1])) continue;
			const next = matches[k + 1];
			const container =
				next && next.from === m.to + 1 && tokens[m.to].text === ',' ? next.candidates.filter((c) => ['country', 'region'].includes(gaz.entry(c).kind)) : nationOf(s.slice(0, tokens[m.from].start), gaz);
			const end = tokens[m.to - 1].end;
			mentions.push({
				sentence: si,
				start: from + tokens[m.from].start,
				end: from + end,
				text: s.slice(tokens[m.from].start, end),
				candidates,
				role: zone === 'dateline' ? 'dateline' : m.embedded ? 'embedded' : roleOf(tokens, m, s, gaz),
				container: container?.length ? container : null,
				site: m.site,
				locative: isLocative(tokens, m.from)
			});
		}
		const covered = (t: Token) => matches.some((m) => t.start >= tokens[m.from].start && t.end <= tokens[m.to - 1].end);
		for (let k = 0; k < tokens.length; k++) {
			const t = tokens[k];
			if (!t.cap || covered(t)) continue;
			// Two-word demonyms first: "Central Asian", "South Korean".
			const pair = tokens[k + 1]?.cap && gaz.demonym(`${t.text} ${tokens[k + 1].text}`);
			const entry = pair || gaz.demonym(t.text);
			if (!entry) continue;
			const end = pair ? tokens[k + 1].end : t.end;
			demonyms.push({ offset: [from + t.start, from + end], text: s.slice(t.start, end), entry, sentence: si });
			if (pair) k++;
		}
	});

	// Pass 1: the countries the unambiguous names point to give the article's focus.
	const context = new Map<string, number>();
	for (const m of mentions) {
		const countries = new Set(m.candidates.map((c) => gaz.entry(c).country));
		if (countries.size === 1) {
			const cc = [...countries][0];
			context.set(cc, (context.get(cc) ?? 0) + 1);
		}
	}
	for (const d of demonyms) if (d.entry.country) context.set(d.entry.country, (context.get(d.entry.country) ?? 0) + 0.5);
	const focus = [...context].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
	// The regions the article names ("Texas", "Ontario"): a town of an ambiguous name is likelier there.
	for (const m of mentions) {
		for (const c of m.candidates) {
			const e = gaz.entry(c);
			if (e.kind === 'region' && e.admin1) context.set(`region:${e.country}-${e.admin1}`, 1);
		}
	}

	// Pass 2: each name resolves to its best-scoring candidate; one name keeps one reading per article.
	const chosen = new Map<string, number>();
	const places: PlaceSpan[] = [];
	for (const m of mentions) {
		const key = normalizeName(m.text);
		let best = m.container ? undefined : chosen.get(key);
		if (best === undefined || !m.candidates.includes(best)) {
			let top = -Infinity;
			for (const c of m.candidates) {
				const value = score(gaz.entry(c), m, focus, context, gaz);
				if (value > top) {
					top = value;
					best = c;
				}
			}
			chosen.set(key, best!);
		}
		const entry = gaz.entry(best!);
		// "Nelson says": a government speaks through its capital or its country, not through a town; this is a person.
		const speaker = m.role === 'actor' && entry.kind === 'city' && entry.feature !== 'PPLC' && entry.feature !== 'PPLG' && entry.population < 1_000_000;
		if (speaker) continue;
		// A village-sized namesake in a country the article is not about, named with nothing to place it
		// and not after "in" or "at", is more likely a surname or a word ("McGregor", "Luck") than the village.
		const obscure = entry.kind === 'city' && entry.population < 10_000 && !m.container && !m.locative && entry.country !== focus && !context.has(entry.country) && !m.text.includes(' ');
		if (obscure) continue;
		places.push({
			offset: [m.start, m.end],
			text: m.text,
			entry: m.site ? { ...entry, kind: 'point' } : entry,
			name: displayName(entry, m.text, m.site),
			role: m.role,
			locative: m.locative,
			sentence: m.sentence
		});
	}
	// Demonyms mention their country too ("Russian troops"), as actors' origin, never as where events happen.
	for (const d of demonyms) places.push({ offset: d.offset, text: d.text, entry: d.entry, name: d.entry.name, role: 'demonym', locative: false, sentence: d.sentence });
	places.sort((a, b) => a.offset[0] - b.offset[0]);
	return { ...doc, places, demonyms };
}

/** "the English city of Salisbury", "the Syrian town of Douma": the country the demonym before it names. */
function nationOf(before: string, gaz: Gazetteer): number[] | null {
	const m = /\b(\p{Lu}[\p{L}-]+)\s+(?:(?:port|border|capital|coastal|northern|southern|eastern|western|central)\s+)?(?:city|town|village|capital|port|region|province|state|island)\s+of\s+$/u.exec(before);
	const entry = m ? gaz.demonym(m[1]) : undefined;
	return entry?.country ? [entry.index] : null;
}

/** The name the text uses when it is a name of its own (Nur-Sultan, Alma-Ata), not an abbreviation. */
function displayName(entry: GazetteerEntry, surface: string, site: boolean): string {
	if (site) return surface;
	// Abbreviations ("U.S.", "Calif.") read as the full name.
	if (entry.kind === 'country' || /^(\p{Lu}\.?)+$/u.test(surface) || surface.length < 4 || (surface.length <= 5 && normalizeName(entry.name).startsWith(normalizeName(surface)))) return entry.name;
	return normalizeName(surface) === normalizeName(entry.name) ? entry.name : surface.replace(/^the\s+/i, '');
}
