/**
 * One SQL interface over the two stores: PGlite (embedded PostgreSQL, the default,
 * under data/) and a PostgreSQL server (DATABASE_URL=postgres://…). The same SQL
 * runs on both; queries are always parameterised.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Sql {
	query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Sql {
	readonly kind: 'pglite' | 'postgres';
	/** Where it is: the directory or the server (without password). */
	readonly location: string;
	/** Runs `work` in one transaction: all of it is stored, or none. */
	transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** DATABASE_URL: unset, the embedded store under data/; a directory path, an embedded store there; postgres://…, that server. */
export async function openDatabase(url = process.env.DATABASE_URL): Promise<Database> {
	if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
	return openPglite(resolve(url || 'data/store'));
}

async function openPglite(dir: string): Promise<Database> {
	const { PGlite } = await import('@electric-sql/pglite');
	mkdirSync(dir, { recursive: true });
	const db = await PGlite.create(dir);
	const run = async <T>(q: { query: PGliteQuery }, text: string, params?: unknown[]) => (await q.query<T>(text, params)).rows;
	type PGliteQuery = <T>(text: string, params?: unknown[]) => Promise<{ rows: T[] }>;
	return {
		kind: 'pglite',
		location: dir,
		query: (text, params) => run(db, text, params),
		transaction: (work) => db.transaction((tx) => work({ query: (text, params) => run(tx, text, params) })),
		close: () => db.close()
	};
}

async function openPostgres(url: string): Promise<Database> {
	const { default: pg } = await import('pg');
	// Dates stay ISO strings, as the domain types have them.
	pg.types.setTypeParser(1082, (v: string) => v);
	const pool = new pg.Pool({ connectionString: url, max: 8 });
	await pool.query('select 1');
	return {
		kind: 'postgres',
		location: url.replace(/\/\/[^@/]*@/, '//'),
		query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
		async transaction(work) {
			const client = await pool.connect();
			try {
				await client.query('begin');
				const result = await work({ query: async (text, params) => (await client.query(text, params as unknown[])).rows });
				await client.query('commit');
				return result;
			} catch (e) {
				await client.query('rollback').catch(() => {});
				throw e;
			} finally {
				client.release();
			}
		},
		close: () => pool.end()
	};
}
