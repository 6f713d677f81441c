/**
 * The map's optional tile layer: off by default; when TILE_URL is set, tiles come
 * from that server (here one of our own on 127.0.0.1) with its attribution.
 */
import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp } from './app-server';

// A 1x1 grey PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');

let tiles: Server;
let app: { url: string; stop: () => void };
const requested: string[] = [];

test.beforeAll(async () => {
	tiles = createServer((req, res) => {
		requested.push(req.url ?? '');
		res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
	});
	await new Promise<void>((r) => tiles.listen(0, '127.0.0.1', r));
	const port = (tiles.address() as AddressInfo).port;
	app = await startApp(4175, { TILE_URL: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`, TILE_ATTRIBUTION: 'Test tiles © nobody' });
});

test.afterAll(() => {
	app?.stop();
	tiles?.close();
});

test('with a tile URL configured, the map loads tiles from it and shows its attribution', async ({ page }) => {
	await page.goto(app.url);
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
