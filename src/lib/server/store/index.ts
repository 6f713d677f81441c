/**
 * Opening the store DATABASE_URL chooses, migrated and brought up to the current
 * loader. The embedded store keeps its PostgreSQL data in `pgdata/`, a journal of
 * every change in `journal.jsonl`, and a `closed-cleanly` marker while it is shut:
 * opened without the marker, it rebuilds `pgdata/` from the journal.
 */
import { existsSync, mkdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase } from './database';
import { migrate } from './migrations';
import { Store } from './store';
import { Journal, writeSynced } from './journal';
import { articleFiles, articlesDir, importFiles, reextractStale } from '../ingest';

export async function openStore(url = process.env.DATABASE_URL): Promise<Store> {
	if (url && /^postgres(ql)?:\/\//.test(url)) {
		const db = await openDatabase(url);
		await migrate(db);
		return new Store(db);
	}
	const dir = resolve(url || 'data/store');
	mkdirSync(dir, { recursive: true });
	const pgdata = join(dir, 'pgdata');
	const marker = join(dir, 'closed-cleanly');
	const journal = new Journal(join(dir, 'journal.jsonl'));
	const rebuild = existsSync(pgdata) && !existsSync(marker);
	if (rebuild) {
		// The last process did not close the store: its data may be half-written. Set it aside and rebuild.
		const aside = `${pgdata}.unclean`;
		rmSync(aside, { recursive: true, force: true });
		renameSync(pgdata, aside);
		rmSync(aside, { recursive: true, force: true });
	}
	if (existsSync(marker)) unlinkSync(marker); // from now on, a crash leaves no marker
	const db = await openDatabase(pgdata);
	await migrate(db);
	const store = new Store(db, journal, () => writeSynced(marker, new Date().toISOString()));
	if (rebuild) {
		const n = await store.replay(journal.entries());
		console.error(`datelines: the store at ${dir} was not closed cleanly; rebuilt from its journal (${n} changes)`);
	}
	return store;
}

let opening: Promise<Store> | null = null;

/** The process's store: opened once, then loaded with the new or changed files of data/articles/. */
export function getStore(): Promise<Store> {
	opening ??= (async () => {
		const store = await openStore();
		await reextractStale(store);
		const dir = articlesDir();
		if (existsSync(dir)) {
			const results = await importFiles(store, articleFiles([dir]));
			for (const r of results) if (r.status === 'error') console.error(`error: ${r.file}: ${r.error}`);
		}
		return store;
	})();
	return opening;
}

/** Closes the process's store, if it was opened (on SIGTERM, SIGINT). */
export async function closeStore(): Promise<void> {
	if (!opening) return;
	const store = await opening;
	opening = null;
	await store.close();
}

export { Store } from './store';
export type { Correction, CorrectionRecord, StoredEvent } from './store';
