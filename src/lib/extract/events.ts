/**
 * Stage 5, events: reads each story sentence as a reporter would. A sentence may
 * report several events (one per clause: "gunfire was heard …, where soldiers had
 * been fighting protesters the day before"); background facts and negations report
 * none. Each event gets its type from its trigger words, its date from its own
 * clause (else its sentence, else the date its paragraph established), its place
 * from the location names of its clause, and who claims it.
 */
import type { Event, EventDate, EventType, Figure, Offset, Place } from '../domain';
import type { AnnotatedDocument, DateMention, PlaceSpan } from './document';
import { normalizeName, type Gazetteer } from './gazetteer';
import { hashId } from './hash';

/** Trigger words per type, most specific first: a clause takes the first type that fires. Global, for matchAll. */
const TRIGGERS: [EventType, RegExp][] = [
	['casualties', /\b(killed|kill(s|ing)?|dead|died|dies|deaths?|death toll|wounded|injured|injuries|casualties|bod(y|ies)|eliminated|massacred?|lost their lives)\b/gi],
	// Not "the fiscal battle" or "a legal fight": those are politics.
	['armed clash', /(?<!\b(fiscal|political|legal|budget|court|custody|election|electoral|uphill|trade|price|ratings|policy|campaign|bidding|takeover)\s)\b(fighting|fought|battles?|battled|clash(es|ed)?|firefights?|exchanges? of fire|skirmish(es)?)\b/gi],
	// A "flu shot" is not gunfire: "shot" counts when someone was shot or shots were fired.
	['violence', /\b(gunfire|shooting|(was|were|been|being) shot|shot (dead|at|and killed|and wounded)|shots (were |rang |had been )?(fired|out)|gunshots?|shelling|shelled|explosions?|blasts?|bomb(s|ing|ed)?|attack(s|ed)?|grenades?|tear gas|opened fire|fired (on|at|upon)|stabb(ed|ing)|violence)\b/gi],
	['riot', /\b(riot(s|ing|ers)?|loot(ed|ing|ers)?|set on fire|set ablaze|torched|burn(ed|t|ing) (down )?(cars|buildings|offices)|vandali[sz]ed|stormed|seized by protesters|ransacked)\b/gi],
	['arrest', /\b(arrest(s|ed|ing)?|detain(ed|ing|ees)?|detentions?|in custody|jailed|imprisoned|rounded up)\b/gi],
	['protest', /\b(protest(s|ed|ing|ers)?|demonstrat(ions?|ors?|ed|ing)|rall(y|ies|ied)|marches|marched (through|on|in|along|to|from|past) the|took to the streets|uprising|unrest|strikes? by|walkouts?|rising)\b/gi],
	['military deployment', /\b(troops|deploy(ed|ment|ing|s)?|peacekeep(ers|ing)|sent (soldiers|forces|units)|reinforcements|airlift(ed)?|convoys?|control(ling|led)? (of )?the (main )?(airport|streets|city|capital)|patrol(s|led|ling)?|security forces (were|are) (sent|deployed))\b/gi],
	['disruption', /\b((internet|connection|network|phone lines?|power|electricity)( \w+)? (has been |was |were |is |are )?(down|cut|blocked|shut|restricted|outage)|blackouts?|shutdowns?|flights? (were |was )?(suspended|cancel+ed|halted)|airports? (closed|shut)|closed (the )?(airport|border|roads?)|shortages?|state of emergency|curfew)\b/gi],
	['policy', /\b(order(ed|s)?|decree[ds]?|declared|imposed|resign(ed|ation)|dismiss(ed|al)|sacked|fired the|handed over|appointed|lifted|banned|sanctions?|approved|introduced|cap(ped)? (on )?prices|price cap)\b/gi],
	['statement', /\b(stated|announced|claim(s|ed)|blamed|condemn(s|ed)|warned|accused|urged|called (for|on)|denied|insisted|televised address|spoke|vowed|pledged|promised|described|monitoring|stands behind)\b/gi]
];

/** Reporting verbs frame what someone claims: the event is what they report, unless nothing else is. */
const REPORTING = /\b(said|says|say|told|reported|reports|according to)\b/i;
const TEMPORAL_BACKDROP = /\b(since|after|before|during|amid|following)\s+(the\s+|days of\s+|weeks of\s+)?[\w\s-]{0,30}?\b(began|started|erupted|protests|unrest|clashes)\b(\s+in which\b.*$)?/gi;

/** Hearsay background and hypotheticals: not events. */
const NOT_EVENT = /\b(is believed|are believed|is known|if|could|might)\b/i;
/** Commentary about an event rather than a new one: "the deployment has shown the Kremlin's willingness". */
const COMMENTARY = /\b(has shown|have shown|shows|showed|demonstrates|demonstrated|reflects|highlights|underscores|signals)\b/i;
const BACKGROUND = /^\s*[\p{Lu}][\p{L}\s'’-]* (is|are) (a|an|the|one of)\b/u;

/** Clause boundaries: a new event may start after these. */
const CLAUSE_SPLIT = /,\s+(?=where\b|while\b|which\b|and\s+(?:were|was|had|has|have|are|is)\b)|;\s+|\s+and\s+(?=(?:were|was|had|has|have)\s+(?:now\s+)?\w+ing\b)|\s+and that\s+|,\s+but\s+/gi;

/** Who claims it: "X said", "said X", "according to X", ", X reported." Global: each match is tried in turn. */
const ATTRIBUTION = [
	/\baccording to ((?:the |a )?[\p{L}][\p{L}\s.'’-]{1,60}?)(?=[,.;]|$)/giu,
	// "flu reports have been dropping": "reports" there is a noun.
	/(?:^|[,.”"]\s*|\b(?:while|and|as|but)\s+)((?:the |a |an )?(?:[\p{L}’'-]+\s){0,6}?[\p{L}’'-]+)\s+(?:said|says|reported|reports|told|claims|claimed|announced|stated|confirmed|added|warned)\b(?!\s+(?:have|has|had|are|were|is|was|of|from|show|suggest|indicate)\b)/giu,
	// "said the CDC's Dr. Michael Jhung": a title's full stop does not end the name.
	/\b(?:said|says|reported|told|added)\s+((?:the |a )?[\p{Lu}][\p{L}\s.'’-]{1,60}?)(?=[,;]|(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|\p{Lu}))\.|$)/gu
];
/** Pronouns and bare nouns that do not say who claims it. */
const NOT_A_SOURCE = /^(it|he|she|they|this|that|which|who|officials|there|i|we|you|the report)$/i;

const ACTOR_NOUNS = /\b((?:security|government|armed|police|military|foreign|russian|kazakh|local|state|national)?\s?(?:forces|troops|soldiers|protesters|demonstrators|police|army|authorities|government|fighters|terrorists|bandits|rioters|militants|rebels|officers|officials|law enforcement officers|National Guard|peacekeepers))\b/giu;
/** What a demonym qualifies when it names an actor: "Russian troops", "Kazakh President". */
const DEMONYM_NOUN = /^\s+(troops|forces|soldiers|army|military|police|government|authorities|officials|president|leader|prime minister|foreign minister|defense minister|diplomats|peacekeepers|President|Prime Minister|Foreign Minister|Defense Minister)\b/;
const PERSON = /\b(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)+)\b/gu;

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, hundred: 100 };
const FIGURE = /\b(more than|over|at least|about|around|nearly|almost|some|up to|roughly|approximately)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)\s*(thousand|million)?\s+((?:["“”]?[\p{L}-]+["“”]?\s){0,4}?)(people|protesters|demonstrators|police(?:men)?|officers|soldiers|troops|civilians|criminals|fighters|arrests|detainees|deaths|dead|casualties|injured|wounded|planes|aircraft|vehicles|buildings|cars|tanks|killed|members|militants|rebels|children|journalists|["“”]?armed criminals["“”]?)\b/giu;
const OUTCOME = /^["”]?\s*(?:had been|have been|has been|were|was|are|being)?\s*["“”]?(killed|eliminated|arrested|detained|injured|wounded|dead|missing|displaced|deployed|sent)/i;

function figuresIn(clause: string): Figure[] {
	const out: Figure[] = [];
	for (const m of clause.matchAll(FIGURE)) {
		let count = NUMBER_WORDS[m[2].toLowerCase()] ?? +m[2].replace(/,/g, '');
		if (m[3]) count *= m[3].toLowerCase() === 'million' ? 1e6 : 1e3;
		if (/population|aged?|years?/i.test(clause.slice(Math.max(0, m.index - 20), m.index))) continue;
		let what = `${m[4]}${m[5]}`.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
		const outcome = OUTCOME.exec(clause.slice(m.index + m[0].length));
		if (outcome && !what.endsWith(outcome[1])) what += ` ${outcome[1]}`;
		const figure: Figure = { count, what };
		if (m[1]) figure.qualifier = m[1].toLowerCase();
		out.push(figure);
	}
	return out;
}

function attributionOf(sentence: string): string | null {
	for (const re of ATTRIBUTION) {
		for (const m of sentence.matchAll(re)) {
			const who = m[1]
				.trim()
				.replace(/^(and|but|while|as)\s+/i, '')
				.replace(/\s+(said|says|told)\b.*$/i, '');
			// "deaths were reported" is passive: no one is named as the source.
			if (NOT_A_SOURCE.test(who) || who.split(/\s+/).length > 8 || /\b(was|were|is|are|been|being|be|has|have|had)$/i.test(who)) continue;
			return who;
		}
	}
	return null;
}

/**
 * A person's name inside a run of capitalised words, without titles and demonyms
 * ("Foreign Minister Alexander Grushko" -> "Alexander Grushko"); null for
 * institutions and phrases ("White House", "National Guard", "Central Asian").
 */
function personName(run: string, gaz: Gazetteer): string | null {
	const words = run.split(/\s+/);
	while (words.length && (TITLE_WORDS.test(words[0]) || gaz.demonym(words[0]) || gaz.isCommonWord(words[0]) || NOT_NAME.test(words[0]))) words.shift();
	if (words.length < 2 || words.length > 4) return null;
	if (words.some((w) => NOT_NAME.test(w) || gaz.isCommonWord(w) || gaz.demonym(w) || gaz.candidates(normalizeName(w)).some((c) => gaz.entry(c).kind !== 'city'))) return null;
	return words.join(' ');
}
/** Capitalised words that are not parts of a person's name. */
const NOT_NAME = /^(On|In|At|The|A|An|But|And|For|From|With|After|Before|During|When|While|As|By|Of|To|Since|If|This|That|These|Those|There|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|State|States|White|House|National|Guard|Central|Collective|Security|Treaty|Organization|Union|Soviet|Ministry|Interior|Internet|Reuters|Kremlin|Court|Council|Party|Army|Police|Government|News|Agency|Times|Post)$/;
const TITLE_WORDS = /^(President|Minister|Prime|Foreign|Interior|Defense|Defence|Deputy|Vice|Chancellor|King|Queen|Prince|Governor|Mayor|Senator|General|Gen|Colonel|Spokesman|Spokeswoman|Secretary|Ambassador|Chief|Former|Mr|Mrs|Ms|Dr|Sen|Rep|Gov)$/;

function actorsIn(clause: string, demonymActors: string[], actorPlaces: string[], gaz: Gazetteer): string[] {
	const found = new Set<string>();
	for (const m of clause.matchAll(ACTOR_NOUNS)) found.add(m[1].trim());
	for (const m of clause.matchAll(PERSON)) {
		const name = personName(m[1], gaz);
		if (name) found.add(name);
	}
	for (const a of [...demonymActors, ...actorPlaces]) found.add(a);
	// Drop a shorter actor that a longer one contains ("troops" in "Russian troops").
	const list = [...found];
	return list.filter((a) => !list.some((b) => b !== a && b.toLowerCase().includes(a.toLowerCase())));
}

/**
 * A statement that opens with its quote, and who said it: `"Those who do not surrender will be destroyed,"
 * Kassym-Jomart Tokayev said`, `"…," said Stephen Jen, a former economist`, `"…," he said`.
 */
const SAYS = '(?:said|says|told|added|wrote|warned|declared|insisted|stressed)';
const SPEAKER = "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}'’.-]*|he|she|they|it|we)";
const QUOTE_LED = new RegExp(`^\\s*["“]?([^"“”]{8,}?)[,.!?]?\\s*["”]\\s*,?\\s*(?:${SPEAKER}\\s+${SAYS}|${SAYS}\\s+${SPEAKER})\\b`, 'u');

/** A headline-style title: the clause without its date, attribution and auxiliaries, capitalised, cut short. */
export function titleOf(clause: string, dateTexts: string[], attribution: string | null, place: Place | null, type: EventType): string {
	const quoted = type === 'statement' ? QUOTE_LED.exec(clause) : null;
	if (quoted) {
		const speaker = quoted[2] ?? quoted[3];
		const quote = `“${shorten(quoted[1], 12)}”`;
		return /^(he|she|they|it|we)$/.test(speaker) ? quote : `${speaker}: ${quote}`;
	}
	let t = clause;
	// The date shows beside the title: take it out, with the preposition that led to it ("on Wednesday").
	for (const d of dateTexts) t = t.replace(new RegExp(`(\\b(on|in|at|since|by|during|from|until|of)\\s+)?${escape(d)}(['’]s\\b|\\s?[-–/]\\s?\\d{2,4}\\b)?`), ' ');
	t = t
		.replace(/^\s*(where|while|but|and|making|which)\s+/i, '')
		.replace(/^\s*(on|in|at|by|during|since)\s*,/i, '')
		.replace(/^\s*(at the same time|in another part of the country|a few hundred met(er|re)s away|meanwhile|earlier|later|also)\s*,?\s*/i, '')
		.replace(/^\s*(on|in|at|during|early|late|by)\s*(morning|afternoon|evening|night)?\s*,\s*/i, '');
	if (attribution && type !== 'statement') {
		const who = escape(attribution);
		t = t
			.replace(new RegExp(`[,"”]*\\s*(said|says|reported|reports|told|added)\\s+${who}[.]?\\s*$`, 'i'), '')
			.replace(new RegExp(`,?\\s*(according to\\s+)?${who}\\s*(said|says|reported|reports|told|confirmed|added)?(\\s+that)?,?`, 'i'), ' ')
			// …and how they said it: "said in a statement", "told state television".
			.replace(/\s+(in an? (statement|televised address|speech|interview|post|briefing)|on (twitter|television|state television|social media))\b[^,]*$/i, '');
	}
	t = t.replace(/^\s*(this|that|it) (happened|came|comes)\s*/i, '');
	t = t
		.replace(/(?<!\bto\s)\b(had been|has been|have been|was|were|is|are|had|has|have)\s+(?!not\b)(?=["“]?\w+(ed|en|ing|wn|ld|ht|nt)\b)/gi, '')
		.replace(/^\s*(were|was|are|is|had|has|have)(\s+now)?\s+/i, '')
		.replace(/,\s+(making|which|who|initially|as|after)\b.*$/i, '')
		.replace(/\s+/g, ' ')
		.replace(/\s+,/g, ',')
		.replace(/^[\s,;:"“”]+|[\s,;:."“”]+$/g, '')
		// A preposition left hanging where the date was taken out: "patrolled Almaty on".
		.replace(/\s+(on|in|at|since|by|during|from|of)$/i, '')
		.trim();
	t = balanceQuotes(shorten(t, 14));
	if (place && !t.includes(place.name) && /^where\b/i.test(clause.trim())) t += ` in ${place.name}`;
	return t.charAt(0).toUpperCase() + t.slice(1);
}

function shorten(text: string, words: number): string {
	const w = text.trim().split(/\s+/);
	return w.length > words ? w.slice(0, words).join(' ') + '…' : text.trim();
}

/** Closes a quotation the title cut off, or opens one it starts inside: '26 "armed criminals" "eliminated"'. */
function balanceQuotes(t: string): string {
	if ((t.match(/"/g)?.length ?? 0) % 2) {
		// The odd mark closes a quote the title starts inside ('It is time," said Jen') or opens one it cuts off.
		const first = t.indexOf('"');
		t = first > 0 && /[\p{L},.!?…]/u.test(t[first - 1]) ? '"' + t : t + '"';
	}
	const opened = t.match(/“/g)?.length ?? 0;
	const closed = t.match(/”/g)?.length ?? 0;
	if (opened > closed) t += '”';
	else if (closed > opened) t = '“' + t;
	return t;
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The type of the clause's first trigger that is not negated; a reporting verb only when nothing else fires. */
export function typeOf(text: string): EventType | null {
	// "since the protests began", "after days of protests" date the event; they are not it.
	const clause = text.replace(TEMPORAL_BACKDROP, (m) => ' '.repeat(m.length));
	let best: { type: EventType; at: number } | null = null;
	for (const [type, re] of TRIGGERS) {
		for (const hit of clause.matchAll(re)) {
			const before = clause.slice(0, hit.index);
			const negated = /\b(not|never|nor|no)\s+([\w-]+\s+){0,2}$/i.test(before);
			// A capitalised trigger next to another capitalised word is a name: the "Violence Against Women Act" is a law.
			const after = clause.slice(hit.index + hit[0].length);
			const inName = /^\p{Lu}/u.test(hit[0]) && (/^\s+\p{Lu}/u.test(after) || /\S\s+\p{Lu}[\p{L}-]*\s*$/u.test(before));
			if (negated || inName) continue;
			if (!best || hit.index < best.at) best = { type, at: hit.index };
			break;
		}
	}
	if (!best && REPORTING.test(clause)) return 'statement';
	return best?.type ?? null;
}

function placeOf(spans: PlaceSpan[]): Place | null {
	const rank = { point: 0, city: 1, region: 2, country: 3 } as const;
	const located = spans.filter((p) => p.role === 'location' && p.locative).sort((a, b) => rank[a.entry.kind] - rank[b.entry.kind]);
	const p = located[0];
	return p ? toPlace(p) : null;
}

function toPlace(p: PlaceSpan): Place {
	const e = p.entry;
	return { id: e.id, name: p.name, lat: e.lat, lon: e.lon, country: e.country || null, kind: e.kind };
}

/** An event as this stage finds it; the article's publication date is added by the caller. */
export type DocumentEvent = Omit<Event, 'reported'>;

export function findEvents(doc: AnnotatedDocument, gaz: Gazetteer, articleId: string): DocumentEvent[] {
	const events: DocumentEvent[] = [];
	let paragraphDate: EventDate | null = null;
	let paragraphPlace: Place | null = null;
	let block = -1;
	const focus = focusCountry(doc, gaz);
	doc.sentences.forEach((sentence, si) => {
		if (doc.blocks[sentence.block].zone !== 'story') return;
		if (sentence.block !== block) {
			block = sentence.block;
			paragraphDate = null;
			paragraphPlace = null;
		}
		const [from, to] = sentence.offset;
		const text = doc.text.slice(from, to);
		const dates = doc.dates.filter((d) => d.sentence === si);
		const places = doc.places.filter((p) => p.sentence === si);
		const demonyms = doc.demonyms.filter((d) => d.sentence === si);
		const attribution = attributionOf(text);
		if (BACKGROUND.test(text) && !dates.length) return;

		let previousPlace: Place | null = null;
		let previousDate: EventDate | null = null;
		for (const [cs, ce] of clauses(text)) {
			const clause = text.slice(cs, ce);
			const type = typeOf(clause);
			const inClause = <T extends { offset: Offset }>(x: T) => x.offset[0] >= from + cs && x.offset[1] <= from + ce;
			const clauseDates = dates.filter(inClause);
			const clausePlaces = places.filter(inClause);
			const resolved = clauseDates.find((d) => d.date);
			const date: EventDate | null = resolved?.date
				? { ...resolved.date, text: resolved.text }
				: clauseDates.length
					? null // a date the text gives but nothing anchors: no day is invented
					: (dates.find((d) => d.date) ? withText(dates.find((d) => d.date)!) : null) ?? previousDate ?? paragraphDate;
			let place = placeOf(clausePlaces);
			if (!place) place = previousPlace; // "…, where", "…, but" continue where the sentence is
			if (!place && /\b(another part of|across|elsewhere in|throughout) the country\b|\binto the country\b/i.test(clause) && focus) place = focus;
			if (!place && /^\s*(a few|several|some)?\s*(hundred )?(met(er|re)s|yards|kilometers|kilometres|miles) away\b/i.test(text) && cs === 0) place = paragraphPlace;
			previousPlace = place ?? previousPlace;
			if (date) previousDate = date;
			if (!type) continue;
			if (type !== 'statement' && (NOT_EVENT.test(clause) || COMMENTARY.test(clause))) continue;
			const actorPlaces = places.filter((p) => inClause(p) && p.role === 'actor').map((p) => p.text);
			const demonymActors = demonyms.filter(inClause).flatMap((d) => {
				const noun = DEMONYM_NOUN.exec(doc.text.slice(d.offset[1], d.offset[1] + 40));
				return noun ? [`${d.text}${noun[0]}`] : /s$/.test(d.text) ? [d.text] : [];
			});
			const event: DocumentEvent = {
				// Derived from where the clause stands, not what the loader made of it, so corrections outlive a newer loader.
				id: hashId(`${articleId}:${from + cs}`),
				title: titleOf(clause, clauseDates.map((d) => d.text), attribution, place, type),
				type,
				date,
				place,
				actors: actorsIn(clause, demonymActors, actorPlaces, gaz),
				figures: figuresIn(clause),
				attribution,
				quote: text,
				offset: [from, to]
			};
			events.push(event);
		}
		const sentenceDate = dates.find((d) => d.date);
		if (sentenceDate) paragraphDate = withText(sentenceDate);
		const sentencePlace = placeOf(places);
		if (sentencePlace) paragraphPlace = sentencePlace;
	});
	return events;
}

function withText(d: DateMention): EventDate {
	return { ...d.date!, text: d.text };
}

/** The country the article is about: its most named country, for "the country" and "another part of the country". */
function focusCountry(doc: AnnotatedDocument, gaz: Gazetteer): Place | null {
	const counts = new Map<string, number>();
	for (const p of doc.places) if (p.entry.country) counts.set(p.entry.country, (counts.get(p.entry.country) ?? 0) + 1);
	const top = [...counts].sort((a, b) => b[1] - a[1])[0];
	const entry = top && gaz.country(top[0]);
	return entry ? { id: entry.id, name: entry.name, lat: entry.lat, lon: entry.lon, country: entry.country, kind: 'country' } : null;
}

/** Clause spans of a sentence, split where a new event may begin. */
export function clauses(text: string): Offset[] {
	const out: Offset[] = [];
	let start = 0;
	for (const m of text.matchAll(CLAUSE_SPLIT)) {
		out.push([start, m.index]);
		start = m.index + m[0].length;
	}
	out.push([start, text.length]);
	return out.filter(([s, e]) => e > s);
}
