/**
 * The map's optional tile layer: off by default; when TILE_URL is set, tiles come
 * from that server (here one of our own on 127.0.0.1) with its attribution.
 */
import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A 1x1 grey PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');

let tiles: Server;
let app: ChildProcess;
const requested: string[] = [];
const APP = 'http://127.0.0.1:4175';

test.beforeAll(async () => {
	tiles = createServer((req, res) => {
		requested.push(req.url ?? '');
		res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
	});
	await new Promise<void>((r) => tiles.listen(0, '127.0.0.1', r));
	const port = (tiles.address() as AddressInfo).port;
	app = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, DATABASE_URL: mkdtempSync(join(tmpdir(), 'datelines-tiles-store-')), PORT: '4175', HOST: '127.0.0.1', TILE_URL: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`, TILE_ATTRIBUTION: 'Test tiles © nobody' },
		stdio: 'ignore'
	});
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(APP)).ok) return;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	throw new Error('the app with TILE_URL did not start');
});

test.afterAll(() => {
	app?.kill();
	tiles?.close();
});

test('with a tile URL configured, the map loads tiles from it and shows its attribution', async ({ page }) => {
	await page.goto(APP);
	await expect(page.getByLabel('Map', { exact: true }).locator('.leaflet-tile-loaded').first()).toBeAttached();
	expect(requested.some((u) => /^\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
	await expect(page.locator('.leaflet-control-attribution')).toContainText('Test tiles © nobody');
});

test('without one, the map asks no tile server for anything', async ({ page }) => {
	requested.length = 0;
	await page.goto('/');
	await expect(page.getByLabel('Map', { exact: true }).locator('[data-place-id]').first()).toBeVisible();
	await expect(page.locator('.leaflet-tile')).toHaveCount(0);
	expect(requested).toEqual([]);
});
