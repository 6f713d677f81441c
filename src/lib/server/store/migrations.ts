/**
 * The schema, as numbered migrations applied at start, each once, under a lock so
 * that two processes starting together do not both apply one.
 */
import type { Database } from './database';

const MIGRATIONS: string[] = [
	// 1: articles, their events and the places they mention; corrections kept apart.
	`create table articles (
		id text primary key,
		origin text,
		content_hash text not null,
		raw text not null,
		format text not null,
		title text not null,
		url text,
		source text,
		published date,
		text text not null,
		extraction jsonb not null,
		loader_version integer not null,
		imported_at timestamptz not null default now(),
		search tsvector generated always as (to_tsvector('english', coalesce(title, '') || ' ' || text)) stored
	);
	create index articles_origin on articles (origin);
	create index articles_search on articles using gin (search);
	create table events (
		id text primary key,
		article_id text not null references articles (id) on delete cascade,
		ord integer not null,
		title text not null,
		type text not null,
		date_start date,
		date_end date,
		date_precision text,
		date_text text,
		place_id text,
		place jsonb,
		actors jsonb not null,
		figures jsonb not null,
		attribution text,
		quote text not null,
		offset_start integer not null,
		offset_end integer not null,
		search tsvector generated always as (to_tsvector('english', title || ' ' || quote || ' ' || coalesce(attribution, ''))) stored
	);
	create index events_article on events (article_id);
	create index events_dates on events (date_start, date_end);
	create index events_search on events using gin (search);
	create table corrections (
		id bigserial primary key,
		event_id text not null,
		article_id text not null,
		title text,
		type text,
		date_start date,
		date_end date,
		date_precision text,
		place jsonb,
		wrong boolean,
		author text not null,
		note text,
		created_at timestamptz not null default now()
	);
	create index corrections_event on corrections (event_id);`
];

export async function migrate(db: Database): Promise<number> {
	return db.transaction(async (tx) => {
		await tx.query('select pg_advisory_xact_lock(20220107)');
		await tx.query('create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null default now())');
		const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
		let applied = 0;
		for (const [i, sql] of MIGRATIONS.entries()) {
			const version = i + 1;
			if (done.has(version)) continue;
			for (const statement of sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
			await tx.query('insert into schema_migrations (version) values ($1)', [version]);
			applied++;
		}
		return applied;
	});
}
