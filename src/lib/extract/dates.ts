/**
 * Stage 3, dates: finds calendar date expressions and resolves each to a span at
 * the precision the text gives. chrono-node recognises the absolute forms (month
 * names, days, weekdays); this layer adds what news writing needs on top:
 *  - the reference is the publication date, never today; without one, nothing
 *    relative is resolved;
 *  - weekdays and month names without a year go back in time in past-tense
 *    clauses and forward in future ones;
 *  - "the day before", "a day later" count from the date the sentence or its
 *    paragraph already established, not from publication;
 *  - "since Wednesday" is a range ending at publication; "three years ago" a year;
 *  - durations ("for days", "in 30 years") and times of day alone are not dates.
 */
import * as chrono from 'chrono-node';
import type { DateSpan } from '../domain';
import type { AnnotatedDocument, DateMention } from './document';
import { addDays, day, isoDate, isValidIso, month, nearestWeekday, range, week, year } from './calendar';
import { MONTHS } from './dateline';

type Tense = 'past' | 'future';

interface Context {
	/** Publication date: what "yesterday" and "Friday" count from. */
	reference: string | null;
	/** The latest day the sentence or paragraph established: what "the day before" counts from. */
	anchor: string | null;
	/** The latest date of any precision the sentence established: what "the end of the year" belongs to. */
	era: DateSpan | null;
	tense: Tense;
}

interface Candidate {
	start: number;
	end: number;
	resolve: (ctx: Context) => DateSpan | null;
}

const NUMBER_WORDS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100
};
const NUMBER = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)';
const UNIT = '(day|week|month|year|decade)s?';

function count(word: string): number {
	return NUMBER_WORDS[word.toLowerCase()] ?? +word;
}

function shiftMonths(iso: string, months: number): { y: number; m: number } {
	const total = +iso.slice(0, 4) * 12 + (+iso.slice(5, 7) - 1) + months;
	return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

/** The span `n` units before (negative: after) a reference date, at that unit's precision. */
function unitsFrom(ref: string, unit: string, n: number): DateSpan {
	switch (unit) {
		case 'day':
			return day(addDays(ref, -n));
		case 'week':
			return week(addDays(ref, -7 * n));
		case 'month': {
			const { y, m } = shiftMonths(ref, -n);
			return month(y, m);
		}
		case 'decade':
			return year(+ref.slice(0, 4) - 10 * n);
		default:
			return year(+ref.slice(0, 4) - n);
	}
}

/** The year a month (and day) without a year falls in, going back or forward from the reference. */
function yearFor(ref: string, m: number, d: number | null, direction: Tense | 'before' | 'after'): number {
	const refYear = +ref.slice(0, 4);
	const here = +ref.slice(5, 7) * 100 + (d === null ? 0 : +ref.slice(8, 10));
	const there = m * 100 + (d ?? 0);
	switch (direction) {
		case 'past':
			return there <= here ? refYear : refYear - 1;
		case 'future':
			return there >= here ? refYear : refYear + 1;
		case 'before':
			return there < here ? refYear : refYear - 1;
		case 'after':
			return there > here ? refYear : refYear + 1;
	}
}

const FUTURE = /\b(will|shall|would|'ll|going to|plans? to|planned|expected|expects?|scheduled|set to|due|upcoming|next|until|to be held|to begin|to start|is to|are to|to (run|last|continue|remain|stay) (through|until))\b/i;

/** Future when the words around the expression speak of what is to come. */
export function tenseAround(sentence: string, start: number, end: number): Tense {
	const before = sentence.slice(0, start).split(/\s+/).slice(-6).join(' ');
	const after = sentence.slice(end).split(/[,;]/)[0].split(/\s+/).slice(0, 6).join(' ');
	return FUTURE.test(before) || FUTURE.test(after) ? 'future' : 'past';
}

/**
 * Whether the words after "the day before" / "two days after" name what it counts from (an event:
 * "the day before the son reported him missing") rather than go on with the sentence ("the day before in Almaty").
 */
function opensEventClause(rest: string): boolean {
	return /^\s+(?!(?:and|but|or|when|while|as|in|at|on|near|outside|inside|across|around|from|to|with|by|for|amid|during|under|over|too|again|also|already|alone)\b)[\p{L}]/iu.test(rest);
}

/** Expressions the layer reads itself: relative and anaphoric ones, years, decades. */
function ownCandidates(s: string): Candidate[] {
	const out: Candidate[] = [];
	const add = (re: RegExp, make: (m: RegExpExecArray) => Candidate['resolve'] | null) => {
		for (const m of s.matchAll(re)) {
			const resolve = make(m as RegExpExecArray);
			if (resolve) out.push({ start: m.index, end: m.index + m[0].length, resolve });
		}
	};
	const needRef = (f: (ref: string, ctx: Context) => DateSpan | null) => (ctx: Context) => (ctx.reference ? f(ctx.reference, ctx) : null);
	const needAnchor = (f: (anchor: string) => DateSpan) => (ctx: Context) => (ctx.anchor ? f(ctx.anchor) : null);

	add(/\b(today|tonight|this (morning|afternoon|evening)|earlier today)\b/gi, () => needRef((ref) => day(ref)));
	// "peaked by the end of the year": the year the sentence is already in, else the year of publication.
	add(/\bthe (end|beginning|start|middle) of (the )?year\b/gi, () => (ctx) => (ctx.era ? year(+ctx.era.start.slice(0, 4)) : ctx.reference ? year(+ctx.reference.slice(0, 4)) : null));
	add(/\b(yesterday|last night)( (morning|afternoon|evening))?\b/gi, () => needRef((ref) => day(addDays(ref, -1))));
	add(/\btomorrow( (morning|afternoon|evening|night))?\b/gi, () => needRef((ref) => day(addDays(ref, 1))));
	add(new RegExp(`\\b${NUMBER} ${UNIT} ago\\b`, 'gi'), (m) => needRef((ref) => unitsFrom(ref, m[2].toLowerCase(), count(m[1]))));
	add(/\b(?:(this|last|next|the past|the last|the previous|the coming|this past)) (?:fiscal )?(week|month|year)\b/gi, (m) => {
		const which = m[1].toLowerCase();
		const n = which === 'this' ? 0 : which === 'next' || which === 'the coming' ? -1 : 1;
		return needRef((ref) => unitsFrom(ref, m[2].toLowerCase(), n));
	});
	// Anaphoric: counted from the date already established, never from publication.
	// "The day before the son reported him missing" counts from that event instead: unresolved.
	add(/\b(the )?(day|week) (before|earlier)\b|\bthe (previous|preceding) (day|week)\b/gi, (m) => {
		const unit = (m[2] ?? m[5]).toLowerCase();
		if (m[3]?.toLowerCase() === 'before' && opensEventClause(s.slice(m.index + m[0].length))) return () => null;
		return needAnchor((a) => (unit === 'day' ? day(addDays(a, -1)) : week(addDays(a, -7))));
	});
	add(/\b(the )?(next|following) (day|week)\b|\b(a|one) (day|week) later\b/gi, (m) => {
		const unit = (m[3] ?? m[5]).toLowerCase();
		return needAnchor((a) => (unit === 'day' ? day(addDays(a, 1)) : week(addDays(a, 7))));
	});
	add(new RegExp(`\\b${NUMBER} (day|week)s? (later|earlier|before|after)\\b`, 'gi'), (m) => {
		const n = count(m[1]) * (m[2].toLowerCase() === 'week' ? 7 : 1) * (/later|after/i.test(m[3]) ? 1 : -1);
		// "one day after Russia sent troops" counts from an event, not a date: left unresolved.
		if (/before|after/i.test(m[3]) && opensEventClause(s.slice(m.index + m[0].length))) return () => null;
		return needAnchor((a) => day(addDays(a, n)));
	});
	// Years, alone or in pairs ("2009-2010", "1957-58"); not counts ("2000 troops") or sums.
	add(/(?<![\d$£€.,\/-])(1[6-9]\d\d|20\d\d)(?:\s?[-\u2013\/]\s?(\d{2}|\d{4}))?(?![\d,.]\d)(?!\s+[a-z]+s\b(?<!\s(?:was|has|is|as|this|its|ones)\b))/g, (m) => {
		const first = +m[1];
		if (m[2]) {
			const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + +m[2] : +m[2];
			const at = m.index + m[0].lastIndexOf(m[2]);
			if (second > first) out.push({ start: at, end: at + m[2].length, resolve: () => year(second) });
			return null; // the first year is pushed below with its own span
		}
		return () => year(first);
	});
	for (const m of s.matchAll(/(?<![\d$£€.,\/-])(1[6-9]\d\d|20\d\d)\s?[-\u2013\/]\s?(\d{2}|\d{4})(?![\d,.]\d)/g)) {
		const y = +m[1];
		out.push({ start: m.index, end: m.index + 4, resolve: () => year(y) });
	}
	add(/\bthe (1[6-9]\d|20\d)0s\b/g, (m) => () => range(isoDate(+m[1] * 10, 1, 1), isoDate(+m[1] * 10 + 9, 12, 31)));
	return out;
}

/** Month names alone or with a modifier ("early December", "last June"): chrono finds them without their year logic. */
const MONTH_ONLY = /\b(?:(early|mid|late|the (?:end|beginning|start|middle) of)[ -])?(?:(last|next|this) )?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?! \d)(?!,? \d{4})\b/g;

/** Durations and counts that chrono would read as dates: "in 30 years", "for two weeks". */
const DURATION_BEFORE = /\b(in|for|within|over|during|after|lasting|up to)\s+(the\s+)?(past\s+|last\s+|next\s+)?$/i;

type Component = 'year' | 'month' | 'day' | 'weekday';
/** The components chrono read from the text itself, not the ones it filled in from the reference. */
function known(c: chrono.ParsedComponents): Partial<Record<Component, number>> {
	const out: Partial<Record<Component, number>> = {};
	for (const name of ['year', 'month', 'day', 'weekday'] as Component[]) {
		const value = c.get(name);
		if (c.isCertain(name) && value !== null) out[name] = value;
	}
	return out;
}

function chronoCandidates(s: string, reference: string | null): Candidate[] {
	const ref = reference ? new Date(+reference.slice(0, 4), +reference.slice(5, 7) - 1, +reference.slice(8, 10), 12) : new Date(2000, 0, 1, 12);
	const out: Candidate[] = [];
	for (const r of chrono.en.casual.parse(s, ref)) {
		const k = known(r.start);
		const text = r.text;
		if (/^(now|right now|this (morning|afternoon|evening)|today|tonight|tomorrow|yesterday)$/i.test(text)) continue;
		if (k.year === undefined && k.month === undefined && k.day === undefined && k.weekday === undefined) continue; // a time of day alone
		if (/ago$|^in \d|^in (a|an|one|two|three|four|five|six|seven|eight|nine|ten) /i.test(text)) continue;
		// Fractions ("2 1/2"), comparisons ("a month earlier than usual"), hours, and lower-case words ("sat") are not dates.
		if (/^\d+\/\d+$/.test(text) || /\b(hours?|minutes?)\b/i.test(text) || !/[\p{Lu}\d]/u.test(text)) continue;
		if (/\b(earlier|later|before|after)$/i.test(text) && k.year === undefined && k.month === undefined && k.weekday === undefined) continue;
		if (k.weekday === undefined && k.day === undefined && DURATION_BEFORE.test(s.slice(0, r.index)) && /^\d+|years?|months?|days?$/i.test(text)) continue;
		let start = r.index;
		const end = r.index + text.replace(/[\s,;:.]+$/, '').length;
		// Keep the words that make it an expression ("On Friday morning" -> "Friday morning").
		const lead = /^(on|in|at|by|from|since|until|during|of)\s+/i.exec(text);
		if (lead) start += lead[0].length;
		const mon = k.month;
		const dayOfMonth = k.day;
		const end2 = r.end ? known(r.end) : undefined;
		out.push({
			start,
			end,
			resolve: (ctx) => {
				if (k.year !== undefined && mon !== undefined && dayOfMonth !== undefined) {
					const startIso = isoDate(k.year, mon, dayOfMonth);
					if (!isValidIso(startIso)) return null;
					if (end2?.day !== undefined) {
						const endIso = isoDate(end2.year ?? k.year, end2.month ?? mon, end2.day);
						return endIso > startIso ? range(startIso, endIso) : day(startIso);
					}
					return day(startIso);
				}
				if (mon !== undefined && dayOfMonth !== undefined) {
					if (!ctx.reference) return null;
					const y = yearFor(ctx.reference, mon, dayOfMonth, ctx.tense);
					const iso = isoDate(y, mon, dayOfMonth);
					if (!isValidIso(iso)) return null;
					if (end2?.day !== undefined) return range(iso, isoDate(y, end2.month ?? mon, end2.day));
					return day(iso);
				}
				if (mon !== undefined) {
					if (k.year !== undefined) return month(k.year, mon);
					return ctx.reference ? month(yearFor(ctx.reference, mon, null, ctx.tense), mon) : null;
				}
				if (k.weekday !== undefined) {
					if (!ctx.reference) return null;
					const qualifier = /\b(last|next|this)\s+\w+day\b/i.exec(text)?.[1]?.toLowerCase();
					if (qualifier === 'last') return day(nearestWeekday(addDays(ctx.reference, -1), k.weekday, 'past'));
					if (qualifier === 'next') return day(nearestWeekday(addDays(ctx.reference, 1), k.weekday, 'future'));
					return day(nearestWeekday(ctx.reference, k.weekday, ctx.tense));
				}
				if (k.year !== undefined) return year(k.year);
				return null;
			}
		});
	}
	return out;
}

function monthCandidates(s: string): Candidate[] {
	const out: Candidate[] = [];
	for (const m of s.matchAll(MONTH_ONLY)) {
		const name = m[3];
		// "May" is also a modal verb: only the capitalised month, not opening a clause before a verb.
		if (name === 'May' && /^\s+(be|have|not|also|well|still|never|soon)\b/i.test(s.slice(m.index + m[0].length))) continue;
		if (name === 'March' && /^\s+(on|to|through|in)\b/i.test(s.slice(m.index + m[0].length)) && !m[1] && !m[2]) continue;
		const mon = MONTHS[name.toLowerCase()];
		const which = m[2]?.toLowerCase();
		// "that January day in 2011": the month's year is written a few words on.
		const written = /^\s+(?:day|morning|afternoon|evening|night|weekend)?\s*(?:in|of)\s+(1[6-9]\d\d|20\d\d)\b/.exec(s.slice(m.index + m[0].length));
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			resolve: (ctx) => {
				if (written) return month(+written[1], mon);
				if (!ctx.reference) return null;
				const direction = which === 'last' ? 'before' : which === 'next' ? 'after' : which === 'this' ? null : ctx.tense;
				const y = direction ? yearFor(ctx.reference, mon, null, direction) : +ctx.reference.slice(0, 4);
				return month(y, mon);
			}
		});
	}
	return out;
}

/** Keeps the earliest-starting, then longest, of overlapping candidates; own rules win ties. */
function choose(candidates: Candidate[]): Candidate[] {
	const sorted = candidates
		.map((c, i) => ({ c, i }))
		.sort((a, b) => a.c.start - b.c.start || b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i)
		.map((x) => x.c);
	const kept: Candidate[] = [];
	for (const c of sorted) {
		const last = kept[kept.length - 1];
		if (last && c.start < last.end) {
			if (c.end - c.start > last.end - last.start && c.start === last.start) kept[kept.length - 1] = c;
			continue;
		}
		kept.push(c);
	}
	return kept;
}

/** "since Wednesday": from that date to publication. */
function sinceRange(s: string, c: Candidate, ctx: Context, span: DateSpan | null): { start: number; span: DateSpan | null } {
	const since = /\bsince\s+$/i.exec(s.slice(0, c.start));
	if (!since) return { start: c.start, span };
	if (!span || !ctx.reference || span.start > ctx.reference) return { start: since.index, span: null };
	return { start: since.index, span: range(span.start, ctx.reference) };
}

/**
 * The stretches of a sentence inside quotation marks. A sentence that opens inside a quote
 * (`Call me Sunday," he wrote`) counts from its start.
 */
function quotedRanges(s: string): [number, number][] {
	const out: [number, number][] = [];
	let open: number | null = null;
	for (const m of s.matchAll(/["\u201c\u201d]/g)) {
		const closing = m[0] === '\u201d' || (m[0] === '"' && (open !== null || /[,.!?]$/.test(s.slice(0, m.index))));
		if (closing) {
			out.push([open ?? 0, m.index + 1]);
			open = null;
		} else open = m.index;
	}
	if (open !== null) out.push([open, s.length]);
	return out;
}

/** Finds and resolves the dates of one sentence; `anchor` carries the paragraph's last date in and out. */
export function datesInSentence(s: string, reference: string | null, anchor: string | null): { found: { start: number; end: number; date: DateSpan | null }[]; anchor: string | null } {
	const own = ownCandidates(s);
	const candidates = choose([...own, ...monthCandidates(s), ...chronoCandidates(s, reference)]);
	const quotes = quotedRanges(s);
	const quoted = (c: Candidate) => quotes.some(([a, b]) => c.start >= a && c.end <= b);
	const found: { start: number; end: number; date: DateSpan | null }[] = [];
	let era: DateSpan | null = null;
	// The narrator's dates first: the first of them is when the quoted words were said or written.
	let spokenAt: { date: DateSpan | null } | null = null;
	for (const c of candidates.filter((c) => !quoted(c))) {
		const ctx: Context = { reference, anchor, era, tense: tenseAround(s, c.start, c.end) };
		const { start, span } = sinceRange(s, c, ctx, c.resolve(ctx));
		found.push({ start, end: c.end, date: span });
		spokenAt ??= { date: span };
		if (span && span.precision === 'day') anchor = span.start;
		if (span && span.precision !== 'range') era = span;
	}
	// "Call me Sunday," he wrote the day before he vanished: the quote's Sunday counts from when
	// it was written; from publication only when the sentence does not say when that was.
	const quoteReference = !spokenAt ? reference : spokenAt.date?.precision === 'day' ? spokenAt.date.start : null;
	for (const c of candidates.filter(quoted)) {
		const ctx: Context = { reference: quoteReference, anchor: quoteReference, era: null, tense: tenseAround(s, c.start, c.end) };
		found.push({ start: c.start, end: c.end, date: c.resolve(ctx) });
	}
	found.sort((a, b) => a.start - b.start);
	return { found, anchor };
}

export function findDates(doc: AnnotatedDocument): AnnotatedDocument {
	const dates: DateMention[] = [];
	let anchor: string | null = null;
	let block = -1;
	doc.sentences.forEach((sentence, i) => {
		const zone = doc.blocks[sentence.block].zone;
		if (zone === 'boilerplate' || zone === 'dateline') return;
		if (sentence.block !== block) {
			block = sentence.block;
			anchor = null; // a new paragraph establishes its own dates
		}
		const [from, to] = sentence.offset;
		const s = doc.text.slice(from, to);
		const result = datesInSentence(s, doc.meta.published, anchor);
		anchor = result.anchor;
		for (const f of result.found) {
			dates.push({ offset: [from + f.start, from + f.end], text: s.slice(f.start, f.end), date: f.date, sentence: i });
		}
	});
	return { ...doc, dates };
}

