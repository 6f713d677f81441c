/**
 * The newsroom library: articles with their extraction, their events for querying,
 * and journalists' corrections kept apart from what the loader produced, so they
 * survive re-extraction by a newer loader.
 */
import type { DateSpan, EventType, Extraction, MentionedPlace, Place } from '../../domain';
import { filterEvents, type EventFilter, type LibraryEvent } from '../../filter';
import type { Database, Sql } from './database';
import type { Journal } from './journal';

/** A journalist's change to an event: only the fields given change. */
export interface Correction {
	title?: string;
	type?: EventType;
	date?: DateSpan | null;
	place?: Place | null;
	/** true: the event is wrong and leaves the views; false: shown again. */
	wrong?: boolean;
	author: string;
	note?: string;
}

export interface CorrectionRecord extends Correction {
	id: number;
	at: string;
}

export interface StoredEvent extends LibraryEvent {
	/** Present when a journalist changed the event: who, when, and what the loader had said. */
	correction?: { authors: string[]; at: string; wrong: boolean; original: Pick<LibraryEvent, 'title' | 'type' | 'date' | 'place'> };
}

export interface SaveResult {
	status: 'new' | 'unchanged' | 'replaced';
	doc: Extraction;
}

interface EventRow {
	id: string;
	article_id: string;
	title: string;
	type: EventType;
	date_start: string | null;
	date_end: string | null;
	date_precision: DateSpan['precision'] | null;
	date_text: string | null;
	place: Place | null;
	actors: string[];
	figures: LibraryEvent['figures'];
	attribution: string | null;
	quote: string;
	offset_start: number;
	offset_end: number;
	article_title: string;
	source: string | null;
	url: string | null;
	published: string | null;
}

interface CorrectionRow {
	id: number;
	event_id: string;
	title: string | null;
	type: EventType | null;
	date_start: string | null;
	date_end: string | null;
	date_precision: DateSpan['precision'] | null;
	place: Place | null | { none: true };
	wrong: boolean | null;
	author: string;
	note: string | null;
	created_at: string | Date;
}

const iso = (d: string | Date | null) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export class Store {
	/** With a journal (the embedded store), every change is journalled before it is made. */
	constructor(
		readonly db: Database,
		private readonly journal: Journal | null = null,
		private readonly onClose: () => void = () => {}
	) {}

	/** Closes the store; the embedded one records that it was closed cleanly. */
	async close(): Promise<void> {
		await this.db.close();
		this.onClose();
	}

	/**
	 * Stores an article and its events in one transaction. The same text twice is one
	 * article; a file or URL whose text changed replaces the article it held before.
	 */
	async save(doc: Extraction, source: { origin: string | null; contentHash: string; raw: string; format: string; loaderVersion: number }, journal = true): Promise<SaveResult> {
		if (journal) await this.journal?.append({ op: 'save', doc, source });
		return this.db.transaction(async (tx) => {
			const { article } = doc;
			const held = await tx.query<{ id: string }>('select id from articles where id = $1', [article.id]);
			if (held.length) {
				if (source.origin) await tx.query('update articles set origin = coalesce(origin, $2) where id = $1', [article.id, source.origin]);
				return { status: 'unchanged', doc: (await this.article(article.id, tx))! };
			}
			let status: SaveResult['status'] = 'new';
			if (source.origin) {
				const replaced = await tx.query('delete from articles where origin = $1 returning id', [source.origin]);
				if (replaced.length) status = 'replaced';
			}
			await tx.query(
				`insert into articles (id, origin, content_hash, raw, format, title, url, source, published, text, extraction, loader_version)
				 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
				[article.id, source.origin, source.contentHash, source.raw, source.format, article.title, article.url, article.source, article.published, article.text, JSON.stringify({ ...doc, article: { ...article, text: '' } }), source.loaderVersion]
			);
			await insertEvents(tx, doc);
			return { status, doc };
		});
	}

	/** Replaces an article's extraction (a newer loader), keeping the article and every correction. */
	async replaceExtraction(doc: Extraction, loaderVersion: number, journal = true): Promise<void> {
		if (journal) await this.journal?.append({ op: 'replace', doc, loaderVersion });
		await this.db.transaction(async (tx) => {
			await tx.query('delete from events where article_id = $1', [doc.article.id]);
			await tx.query('update articles set extraction = $2, loader_version = $3, title = $4, published = $5 where id = $1', [doc.article.id, JSON.stringify({ ...doc, article: { ...doc.article, text: '' } }), loaderVersion, doc.article.title, doc.article.published]);
			await insertEvents(tx, doc);
		});
	}

	/** Events as the views show them: corrected, wrong ones left out unless asked for, filtered as the dashboard filters. */
	async events(filter: EventFilter, opts: { includeWrong?: boolean } = {}): Promise<StoredEvent[]> {
		const params: unknown[] = [];
		let where = '';
		if (filter.q) {
			params.push(filter.q, `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`);
			// A corrected title is searched too: the journalist's words are the ones they remember.
			where = `where e.search @@ websearch_to_tsquery('english', $1) or e.title ilike $2 or e.quote ilike $2 or coalesce(e.place->>'name', '') ilike $2 or e.actors::text ilike $2 or a.title ilike $2
				or exists (select 1 from corrections c where c.event_id = e.id and (c.title ilike $2 or to_tsvector('english', coalesce(c.title, '')) @@ websearch_to_tsquery('english', $1)))`;
		}
		const rows = await this.db.query<EventRow>(
			`select e.*, a.title as article_title, a.source, a.url, a.published
			 from events e join articles a on a.id = e.article_id ${where}
			 order by a.published nulls last, a.id, e.ord`,
			params
		);
		const corrections = await this.correctionsByEvent(rows.map((r) => r.id));
		const events = rows.map((r) => applyCorrections(toEvent(r), corrections.get(r.id) ?? []));
		const shown = opts.includeWrong ? events : events.filter((e) => !e.correction?.wrong);
		return filterEvents(shown, { ...filter, q: '' });
	}

	async event(id: string): Promise<StoredEvent | undefined> {
		const rows = await this.db.query<EventRow>('select e.*, a.title as article_title, a.source, a.url, a.published from events e join articles a on a.id = e.article_id where e.id = $1', [id]);
		if (!rows.length) return undefined;
		return applyCorrections(toEvent(rows[0]), (await this.correctionsByEvent([id])).get(id) ?? []);
	}

	/** An article's extraction, with its events as corrected (wrong ones marked, not dropped). */
	async article(id: string, sql: Sql = this.db): Promise<(Omit<Extraction, 'events'> & { events: StoredEvent[] }) | undefined> {
		const rows = await sql.query<{ extraction: Extraction; text: string }>('select extraction, text from articles where id = $1', [id]);
		if (!rows.length) return undefined;
		const doc = rows[0].extraction;
		const events = (await sql.query<EventRow>('select e.*, a.title as article_title, a.source, a.url, a.published from events e join articles a on a.id = e.article_id where a.id = $1 order by e.ord', [id])).map(toEvent);
		const corrections = await this.correctionsByEvent(events.map((e) => e.id), sql);
		return { ...doc, article: { ...doc.article, text: rows[0].text }, events: events.map((e) => applyCorrections(e, corrections.get(e.id) ?? [])) };
	}

	async articles(q = ''): Promise<{ id: string; title: string; source: string | null; url: string | null; published: string | null; origin: string | null; events: number; importedAt: string }[]> {
		const rows = await this.db.query<{ id: string; title: string; source: string | null; url: string | null; published: string | Date | null; origin: string | null; events: string; imported_at: string | Date }>(
			`select a.id, a.title, a.source, a.url, a.published, a.origin, a.imported_at, (select count(*) from events e where e.article_id = a.id) as events
			 from articles a ${q ? `where a.search @@ websearch_to_tsquery('english', $1) or a.title ilike $2` : ''}
			 order by a.published desc nulls last, a.imported_at desc`,
			q ? [q, `%${q}%`] : []
		);
		return rows.map((r) => ({ ...r, published: iso(r.published), events: Number(r.events), importedAt: new Date(r.imported_at).toISOString() }));
	}

	/** Content hashes by origin (file path or URL), to import only new or changed files. */
	async origins(): Promise<Map<string, string>> {
		const rows = await this.db.query<{ origin: string; content_hash: string }>('select origin, content_hash from articles where origin is not null');
		return new Map(rows.map((r) => [r.origin, r.content_hash]));
	}

	/** Articles a loader older than `version` extracted, with what is needed to extract them again. */
	async stale(version: number): Promise<{ id: string; raw: string; format: string; origin: string | null; source: string | null; url: string | null; published: string | null }[]> {
		const rows = await this.db.query<{ id: string; raw: string; format: string; origin: string | null; source: string | null; url: string | null; published: string | Date | null }>(
			'select id, raw, format, origin, source, url, published from articles where loader_version < $1',
			[version]
		);
		return rows.map((r) => ({ ...r, published: iso(r.published) }));
	}

	/** Every place the articles name as a location, merged across articles. */
	async places(): Promise<(MentionedPlace & { articles: number })[]> {
		// Only the places of each stored extraction: the dashboard asks on every load.
		const rows = await this.db.query<{ places: MentionedPlace[] }>("select extraction->'places' as places from articles");
		const byId = new Map<string, MentionedPlace & { articles: number }>();
		for (const { places } of rows) {
			for (const p of places) {
				const keep = p.roles.map((r, i) => (r === 'location' || r === 'dateline' ? i : -1)).filter((i) => i >= 0);
				if (!keep.length) continue;
				const held = byId.get(p.id);
				if (held) {
					held.mentions.push(...keep.map((i) => p.mentions[i]));
					held.roles.push(...keep.map((i) => p.roles[i]));
					held.articles++;
				} else byId.set(p.id, { ...p, mentions: keep.map((i) => p.mentions[i]), roles: keep.map((i) => p.roles[i]), articles: 1 });
			}
		}
		return [...byId.values()];
	}

	async correct(eventId: string, c: Correction, at = new Date().toISOString(), journal = true): Promise<CorrectionRecord> {
		const event = await this.db.query<{ article_id: string }>('select article_id from events where id = $1', [eventId]);
		if (!event.length) throw new Error(`no event ${eventId}`);
		if (journal) await this.journal?.append({ op: 'correct', eventId, at, correction: c });
		const place = c.place === undefined ? null : JSON.stringify(c.place ?? { none: true });
		const [row] = await this.db.query<CorrectionRow>(
			`insert into corrections (event_id, article_id, title, type, date_start, date_end, date_precision, place, wrong, author, note, created_at)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning *`,
			[eventId, event[0].article_id, c.title ?? null, c.type ?? null, c.date?.start ?? null, c.date?.end ?? null, c.date?.precision ?? null, place, c.wrong ?? null, c.author, c.note ?? null, at]
		);
		return toCorrection(row);
	}

	/** Rebuilds the store's contents from a journal (after an unclean stop of the embedded store). */
	async replay(entries: Iterable<import('./journal').JournalEntry>): Promise<number> {
		let n = 0;
		for (const e of entries) {
			if (e.op === 'save') await this.save(e.doc, e.source, false);
			else if (e.op === 'replace') await this.replaceExtraction(e.doc, e.loaderVersion, false);
			else if ((await this.db.query('select 1 from events where id = $1', [e.eventId])).length) await this.correct(e.eventId, e.correction, e.at, false);
			n++;
		}
		return n;
	}

	async corrections(eventId: string): Promise<CorrectionRecord[]> {
		return ((await this.correctionsByEvent([eventId])).get(eventId) ?? []).map(toCorrection);
	}

	async counts(): Promise<{ articles: number; events: number; corrections: number }> {
		const [r] = await this.db.query<{ articles: string; events: string; corrections: string }>(
			'select (select count(*) from articles) as articles, (select count(*) from events) as events, (select count(*) from corrections) as corrections'
		);
		return { articles: Number(r.articles), events: Number(r.events), corrections: Number(r.corrections) };
	}

	private async correctionsByEvent(ids: string[], sql: Sql = this.db): Promise<Map<string, CorrectionRow[]>> {
		const out = new Map<string, CorrectionRow[]>();
		if (!ids.length) return out;
		for (const r of await sql.query<CorrectionRow>('select * from corrections where event_id = any($1::text[]) order by id', [ids])) {
			const list = out.get(r.event_id) ?? [];
			list.push(r);
			out.set(r.event_id, list);
		}
		return out;
	}
}

async function insertEvents(tx: Sql, doc: Extraction) {
	const e = doc.events;
	if (!e.length) return;
	// One statement for all events: unnest() over parallel arrays.
	await tx.query(
		`insert into events (id, article_id, ord, title, type, date_start, date_end, date_precision, date_text, place_id, place, actors, figures, attribution, quote, offset_start, offset_end)
		 select * from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::jsonb[], $13::jsonb[], $14::text[], $15::text[], $16::int[], $17::int[])`,
		[
			e.map((x) => x.id),
			e.map(() => doc.article.id),
			e.map((_, i) => i),
			e.map((x) => x.title),
			e.map((x) => x.type),
			e.map((x) => x.date?.start ?? null),
			e.map((x) => x.date?.end ?? null),
			e.map((x) => x.date?.precision ?? null),
			e.map((x) => x.date?.text ?? null),
			e.map((x) => x.place?.id ?? null),
			e.map((x) => (x.place ? JSON.stringify(x.place) : null)),
			e.map((x) => JSON.stringify(x.actors)),
			e.map((x) => JSON.stringify(x.figures)),
			e.map((x) => x.attribution),
			e.map((x) => x.quote),
			e.map((x) => x.offset[0]),
			e.map((x) => x.offset[1])
		]
	);
}

function toEvent(r: EventRow): StoredEvent {
	return {
		id: r.id,
		title: r.title,
		type: r.type,
		date: r.date_start ? { start: iso(r.date_start)!, end: iso(r.date_end)!, precision: r.date_precision!, text: r.date_text ?? '' } : null,
		place: r.place,
		actors: r.actors,
		figures: r.figures,
		attribution: r.attribution,
		quote: r.quote,
		offset: [r.offset_start, r.offset_end],
		reported: iso(r.published),
		articleId: r.article_id,
		articleTitle: r.article_title,
		source: r.source,
		url: r.url
	};
}

function toCorrection(r: CorrectionRow): CorrectionRecord {
	return {
		id: Number(r.id),
		at: new Date(r.created_at).toISOString(),
		author: r.author,
		...(r.title !== null && { title: r.title }),
		...(r.type !== null && { type: r.type }),
		...(r.date_start !== null && { date: { start: iso(r.date_start)!, end: iso(r.date_end)!, precision: r.date_precision! } }),
		...(r.place !== null && { place: 'none' in r.place ? null : r.place }),
		...(r.wrong !== null && { wrong: r.wrong }),
		...(r.note !== null && { note: r.note })
	};
}

/** Folds the corrections, oldest first, over what the loader produced. */
export function applyCorrections(e: StoredEvent, rows: CorrectionRow[]): StoredEvent {
	if (!rows.length) return e;
	const original = { title: e.title, type: e.type, date: e.date, place: e.place };
	const out: StoredEvent = { ...e };
	let wrong = false;
	for (const c of rows.map(toCorrection)) {
		if (c.title !== undefined) out.title = c.title;
		if (c.type !== undefined) out.type = c.type;
		if (c.date !== undefined) out.date = c.date ? { ...c.date, text: 'corrected by hand' } : null;
		if (c.place !== undefined) out.place = c.place;
		if (c.wrong !== undefined) wrong = c.wrong;
	}
	const last = rows[rows.length - 1];
	out.correction = { authors: [...new Set(rows.map((r) => r.author))], at: new Date(last.created_at).toISOString(), wrong, original };
	return out;
}
