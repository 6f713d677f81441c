/**
 * Dashboard benchmark: starts the built app, opens /bench in Debian's Chromium with
 * 1k, 10k and 100k synthetic events, and prints the first render and brush-update
 * times; then the gzip size of the JavaScript the dashboard (/) loads.
 * Usage: npm run build && npm run bench:dashboard
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { waitForServer } from './lib/wait-for-server';

if (!existsSync('build/index.js')) throw new Error('build/ is missing: run `npm run build` first');
const port = 4179;
const server = spawn(process.execPath, ['build/index.js'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
try {
	await waitForServer(base);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	console.log('Dashboard benchmark (npm run bench:dashboard), synthetic events, Chromium headless');
	for (const n of [1_000, 10_000, 100_000]) {
		await page.goto(`${base}/bench?n=${n}`);
		const r = (await page.waitForFunction(() => (globalThis as unknown as { __bench?: unknown }).__bench, null, { timeout: 120_000 }).then((h) => h.jsonValue())) as { firstRender: number; brushes: number[] };
		const brushes = r.brushes.map((b) => b.toFixed(1)).join(', ');
		console.log(`  ${n.toLocaleString('en').padStart(7)} events: first render ${r.firstRender.toFixed(0)} ms; brush updates ${brushes} ms (max ${Math.max(...r.brushes).toFixed(1)} ms)`);
	}
	// The JavaScript the dashboard loads, as the browser receives it, gzipped.
	const scripts = new Map<string, number>();
	page.on('response', async (res) => {
		if (res.request().resourceType() === 'script') scripts.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
	});
	await page.goto(base, { waitUntil: 'networkidle' });
	const total = [...scripts.values()].reduce((a, b) => a + b, 0);
	console.log(`  JavaScript loaded by the dashboard: ${scripts.size} files, ${(total / 1024).toFixed(1)} KB gzipped`);
	await browser.close();
} finally {
	server.kill();
}
