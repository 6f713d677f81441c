/**
 * A process killed in the middle of an import leaves the store consistent: every
 * article it holds has all its events, and importing again completes the rest.
 */
import { describe, expect, inject, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/store/database';
import { openStore } from '../../src/lib/server/store/index';
import { articleFiles, importFiles } from '../../src/lib/server/ingest';

const postgresUrl = inject('postgresUrl');

function articles(n: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'datelines-crash-articles-'));
	mkdirSync(dir, { recursive: true });
	for (let i = 0; i < n; i++) {
		writeFileSync(
			join(dir, `a${String(i).padStart(4, '0')}.txt`),
			`Unrest report ${i}\n\nProtesters gathered in Almaty on Wednesday. Police arrested ${i + 5} people on Thursday, the interior ministry said. Gunfire was heard near the main square on Friday morning.`
		);
	}
	return dir;
}

/** Runs `npm run ingest` and kills it (SIGKILL) once it reports progress. */
function ingestAndKill(dir: string, databaseUrl: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', dir], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'pipe'] });
		let killed = false;
		child.stderr.on('data', (chunk: Buffer) => {
			if (!killed && /\[\d+\/\d+\]/.test(chunk.toString())) {
				killed = true;
				child.kill('SIGKILL');
			}
		});
		child.on('exit', (_, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`ingest ended before it was killed (${signal})`))));
	});
}

async function fresh(kind: 'pglite' | 'postgres'): Promise<string> {
	if (kind === 'pglite') return mkdtempSync(join(tmpdir(), 'datelines-crash-store-'));
	const name = `datelines_crash_${Date.now()}`;
	const admin = await openDatabase(postgresUrl!);
	await admin.query(`create database ${name}`);
	await admin.close();
	return postgresUrl!.replace(/\/[^/]*$/, `/${name}`);
}

for (const kind of ['pglite', 'postgres'] as const) {
	describe.runIf(kind === 'pglite' || postgresUrl)(`killing an import (${kind})`, () => {
		it('leaves every stored article whole, and a second import completes the rest', async () => {
			const dir = articles(1000);
			const url = await fresh(kind);
			await ingestAndKill(dir, url);
			const store = await openStore(url);
			const db = store.db;
			const partial = await store.counts();
			expect(partial.articles).toBeGreaterThan(0);
			expect(partial.articles).toBeLessThan(1000);
			// Every stored article has exactly the events its extraction lists.
			const rows = await db.query<{ id: string; listed: number; stored: string }>(
				`select a.id, jsonb_array_length(a.extraction->'events') as listed, (select count(*) from events e where e.article_id = a.id) as stored from articles a`
			);
			expect(rows.filter((r) => Number(r.stored) !== Number(r.listed))).toEqual([]);
			const results = await importFiles(store, articleFiles([dir]));
			expect(results.filter((r) => r.status === 'error').slice(0, 3)).toEqual([]);
			expect((await store.counts()).articles).toBe(1000);
			await store.close();
		}, 120_000);
	});
}
