/**
 * Import benchmark: articles per second through `npm run ingest`'s code path and
 * through POST /api/articles (the built app, 4 requests at a time), on PGlite and
 * on a PostgreSQL server (a throwaway one on 127.0.0.1, or BENCH_DATABASE_URL).
 * The articles are those of data/articles/ (or --dir FOLDER), each repeated as
 * numbered copies so that every import is a new article.
 * Usage: npm run build && npm run bench:import [-- --copies N] [--dir FOLDER]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/lib/server/store/index';
import { articleFiles, articlesDir, importFiles } from '../src/lib/server/ingest';
import { openDatabase } from '../src/lib/server/store/database';
import { startTempPostgres } from './lib/temp-postgres';
import { waitForServer } from './lib/wait-for-server';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const copies = Number(arg('--copies')) || 100;
const sources = articleFiles([arg('--dir') ?? articlesDir()]);
const folder = mkdtempSync(join(tmpdir(), 'datelines-bench-articles-'));
const bodies: { name: string; content: string }[] = [];
for (let c = 0; c < copies; c++) {
	for (const [i, f] of sources.entries()) {
		const raw = readFileSync(f, 'utf8');
		const ext = f.slice(f.lastIndexOf('.'));
		// A numbered first paragraph makes each copy a distinct article; front matter stays first.
		const content = raw.startsWith('---\n') ? raw.replace(/\n---\n/, `\n---\nBenchmark copy ${c}.\n\n`) : `Benchmark copy ${c} of ${f.split('/').pop()}\n\n${raw}`;
		const name = `c${c}-${i}${ext}`;
		writeFileSync(join(folder, name), content);
		bodies.push({ name, content });
	}
}

async function ingest(url: string): Promise<string> {
	const store = await openStore(url);
	const started = performance.now();
	const results = await importFiles(store, articleFiles([folder]));
	const s = (performance.now() - started) / 1000;
	await store.close();
	const failed = results.filter((r) => r.status === 'error').length;
	return `${(results.length / s).toFixed(1)} articles/s (${results.length} in ${s.toFixed(1)} s${failed ? `, ${failed} failed` : ''})`;
}

async function api(url: string, port: number): Promise<string> {
	const app = spawn(process.execPath, ['build/index.js'], { env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', DATELINES_ARTICLES: mkdtempSync(join(tmpdir(), 'empty-')) }, stdio: 'ignore' });
	const base = `http://127.0.0.1:${port}`;
	try {
		await waitForServer(base);
		let next = 0;
		let failed = 0;
		const started = performance.now();
		const worker = async () => {
			while (next < bodies.length) {
				const b = bodies[next++];
				const format = b.name.endsWith('.md') ? 'md' : b.name.endsWith('.html') ? 'html' : 'txt';
				const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: b.content, format }) });
				if (res.status !== 201) failed++;
				await res.arrayBuffer();
			}
		};
		await Promise.all([worker(), worker(), worker(), worker()]);
		const s = (performance.now() - started) / 1000;
		return `${(bodies.length / s).toFixed(1)} articles/s (${bodies.length} in ${s.toFixed(1)} s${failed ? `, ${failed} failed` : ''})`;
	} finally {
		app.kill('SIGTERM');
	}
}

async function freshPostgres(base: string): Promise<string> {
	const name = `datelines_bench_${Date.now()}`;
	const admin = await openDatabase(base);
	await admin.query(`create database ${name}`);
	await admin.close();
	return base.replace(/\/[^/]*$/, `/${name}`);
}

console.log(`Import benchmark (npm run bench:import): ${bodies.length} articles (${sources.length} source file(s) × ${copies} copies)`);
mkdirSync(folder, { recursive: true });
console.log(`  PGlite, ingest:      ${await ingest(mkdtempSync(join(tmpdir(), 'bench-store-')))}`);
console.log(`  PGlite, HTTP API:    ${await api(mkdtempSync(join(tmpdir(), 'bench-store-')), 4181)}`);
let server: { url: string; stop: () => void } | null = null;
try {
	const base = process.env.BENCH_DATABASE_URL ?? (server = await startTempPostgres()).url;
	console.log(`  PostgreSQL, ingest:  ${await ingest(await freshPostgres(base))}`);
	console.log(`  PostgreSQL, HTTP API: ${await api(await freshPostgres(base), 4182)}`);
} catch (e) {
	console.log(`  PostgreSQL: not measured: ${(e as Error).message}`);
} finally {
	server?.stop();
}
