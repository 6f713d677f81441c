/**
 * The newsroom library as a reader uses it, on an app of its own (its own store):
 * the API, uploads without JavaScript, pages fetched from a server on 127.0.0.1,
 * corrections, exports, and hostile input that must stay text.
 */
import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './app-server';

// One app and one store for the whole file: when a test fails, the rest are skipped rather than run on a new, empty store.
test.describe.configure({ mode: 'serial' });

let app: { url: string; stop: () => void };
let pages: Server;
let pagesUrl: string;
const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

const ARTICLE_HTML = `<!doctype html><html><head><title>Clashes in Aktobe | Example News</title>
<meta property="article:published_time" content="2022-01-05T08:00:00Z"><meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/sport">Sport</a></nav>
<article><h1>Clashes in Aktobe</h1>
<p>Protesters stormed the regional administration building in Aktobe on Tuesday, witnesses said, as anger over fuel prices spread across western Kazakhstan.</p>
<p>Police detained more than 40 people in Aktobe on Wednesday, the regional police department said in a statement.</p>
<p>The unrest began in the oil town of Zhanaozen on Sunday, after the government lifted a price cap on liquefied petroleum gas.</p></article>
<footer>Subscribe to our newsletter. Copyright Example News.</footer></body></html>`;

test.beforeAll(async () => {
	pages = createServer((req, res) => {
		if (req.url === '/article.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML);
		else if (req.url === '/photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100));
		else if (req.url === '/huge.html') res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end('<p>…</p>');
		else if (req.url === '/slow.html') setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 5000);
		else res.writeHead(404).end('not found');
	});
	await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
	pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
	app = await startApp(4176, { DATELINES_FETCH_TIMEOUT_MS: '1500' });
});

test.afterAll(() => {
	app?.stop();
	pages?.closeAllConnections();
	pages?.close();
});

async function eventCount(page: Page): Promise<number> {
	return (await (await page.request.get(`${app.url}/api/events?wrong=1`)).json()).events.length;
}

test('POST /api/articles takes text and JSON and answers 201 with the extract document', async ({ page }) => {
	const text = 'Unrest spreads\n\nALMATY, Jan 6 (Reuters) - Protesters set fire to the mayor\'s office in Almaty on Wednesday, witnesses said.';
	const plain = await page.request.post(`${app.url}/api/articles`, { headers: { 'content-type': 'text/plain' }, data: text });
	expect(plain.status()).toBe(201);
	const doc = await plain.json();
	expect(doc.article.title).toBe('Unrest spreads');
	expect(doc.events.length).toBeGreaterThan(0);
	const json = await page.request.post(`${app.url}/api/articles`, {
		data: { text: 'Troops patrolled Almaty on Friday, the ministry said.', title: 'Patrols', published: '2022-01-07', source: 'Example Wire', url: 'https://example.org/patrols' }
	});
	expect(json.status()).toBe(201);
	expect((await json.json()).events[0]).toMatchObject({ date: { start: '2022-01-07' }, place: { name: 'Almaty' } });
	const ids = (await (await page.request.get(`${app.url}/api/events`)).json()).events.map((e: { articleId: string }) => e.articleId);
	expect(ids).toContain(doc.article.id);
});

test('thirty imports at once through the API all succeed and are all kept', async ({ page }) => {
	const before = await eventCount(page);
	const responses = await Promise.all(
		Array.from({ length: 30 }, (_, i) =>
			page.request.post(`${app.url}/api/articles`, { data: { text: `Crowd ${i} gathered in Shymkent on Wednesday, and police detained ${i + 3} people, officials said.`, published: '2022-01-07' } })
		)
	);
	expect(responses.map((r) => r.status())).toEqual(Array(30).fill(201));
	const docs = await Promise.all(responses.map((r) => r.json()));
	expect(new Set(docs.map((d) => d.article.id)).size).toBe(30);
	const added = docs.reduce((n, d) => n + d.events.length, 0);
	expect(await eventCount(page)).toBe(before + added);
});

test('posts from another site are refused; scripts without an Origin are served', async ({ page }) => {
	const before = await eventCount(page);
	const api = await page.request.post(`${app.url}/api/articles`, { headers: { 'content-type': 'text/plain', origin: 'http://elsewhere.example' }, data: Buffer.from('Protesters gathered in Almaty on Wednesday.') });
	expect(api.status()).toBe(403);
	const form = await page.request.post(`${app.url}/import?/paste`, { headers: { origin: 'http://elsewhere.example' }, form: { text: 'Protesters gathered in Almaty on Wednesday.' } });
	expect(form.status()).toBe(403);
	expect(await eventCount(page)).toBe(before);
});

test('bad input answers 4xx with a reason and stores nothing', async ({ page }) => {
	const before = await eventCount(page);
	// Bodies as bytes: Playwright would otherwise serialise a string sent as JSON.
	const post = (data: string | Buffer, type: string) => page.request.post(`${app.url}/api/articles`, { headers: { 'content-type': type }, data: Buffer.isBuffer(data) ? data : Buffer.from(data) });
	const cases: [string | Buffer, string, number, RegExp][] = [
		['', 'text/plain', 400, /empty/],
		['   \n  ', 'text/plain', 400, /empty|white space/],
		['{"text": "unfinished', 'application/json', 400, /malformed JSON/],
		['{"title": "no text"}', 'application/json', 400, /^text: /],
		['{"text": "Fine.", "published": "yesterday"}', 'application/json', 400, /^published: /],
		[Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'text/plain', 400, /binary/],
		[Buffer.from('caf\xe9', 'latin1'), 'text/plain', 400, /UTF-8/],
		['x'.repeat(3 * 1024 * 1024), 'text/plain', 413, /larger than/],
		['<p>hi</p>', 'application/pdf', 415, /content-type/]
	];
	for (const [data, type, status, reason] of cases) {
		const res = await post(data, type);
		expect(res.status(), `${type} ${String(data).slice(0, 20)}`).toBe(status);
		expect((await res.json()).error).toMatch(reason);
	}
	expect(await eventCount(page)).toBe(before);
});

test('uploading a file works without JavaScript and shows the events for review', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const dir = mkdtempSync(join(tmpdir(), 'datelines-upload-'));
	const file = join(dir, 'zhanaozen.md');
	writeFileSync(file, '---\ntitle: Zhanaozen protests\npublished: 2022-01-03\nsource: Example Wire\n---\nHundreds of protesters rallied in Zhanaozen on Sunday against the doubling of gas prices, local media reported.\n');
	await page.goto(`${app.url}/import`);
	await page.getByLabel('.txt, .md or .html files').setInputFiles(file);
	await page.getByRole('button', { name: 'Import files' }).click();
	const review = page.getByLabel('Imported');
	await expect(review).toContainText('Zhanaozen protests');
	await expect(review).toContainText('2 January 2022');
	await expect(review).toContainText('Zhanaozen');
	await page.screenshot({ path: `${SHOTS}/import-review.png`, fullPage: true });
	await context.close();
});

test('a page fetched from a URL is imported; errors say why', async ({ page }) => {
	await page.goto(`${app.url}/import`);
	await page.locator('html[data-hydrated]').waitFor();
	const form = page.getByLabel('Fetch a page');
	const fetchUrl = async (url: string) => {
		await form.getByLabel('Address').fill(url);
		await form.getByRole('button').click();
	};
	await fetchUrl(`${pagesUrl}/article.html`);
	const review = page.getByLabel('Imported');
	await expect(review).toContainText('Clashes in Aktobe');
	await expect(review).toContainText('Aktobe');
	await expect(review).not.toContainText('Sport');
	for (const [path, reason] of [
		['/photo.png', /image\/png, not HTML/],
		['/huge.html', /larger than/],
		['/slow.html', /did not answer within 1.5 s/],
		['/missing.html', /answered 404/]
	] as const) {
		await fetchUrl(`${pagesUrl}${path}`);
		await expect(page.getByRole('alert')).toContainText(reason);
	}
	await fetchUrl('ftp://example.org/x');
	await expect(page.getByRole('alert')).toContainText(/only http and https/);
});

test('a journalist corrects an event, marks it wrong, and shows it again', async ({ page }) => {
	const events = (await (await page.request.get(`${app.url}/api/events?q=Aktobe`)).json()).events;
	const detained = events.find((e: { title: string }) => /detained/i.test(e.title));
	await page.goto(`${app.url}/events/${detained.id}`);
	await page.locator('html[data-hydrated]').waitFor();
	const form = page.getByLabel('Correction');
	await form.getByLabel('Your name').fill('A. Reporter');
	await form.getByLabel('Type').selectOption('arrest');
	await form.getByLabel('Title').fill('Police detain 40 in Aktobe');
	await form.getByRole('button', { name: 'Save the correction' }).click();
	await expect(page.getByRole('status')).toContainText('Correction saved');
	await expect(page.getByLabel('History')).toContainText('A. Reporter');
	await page.goto(`${app.url}/?event=${detained.id}`);
	await expect(page.getByLabel('Event details', { exact: true })).toContainText('Police detain 40 in Aktobe');
	await expect(page.getByLabel('Event details', { exact: true })).toContainText('Corrected by A. Reporter');
	// Wrong: gone from the views, back when asked for.
	await page.goto(`${app.url}/events/${detained.id}`);
	await page.locator('html[data-hydrated]').waitFor();
	await form.getByLabel('Your name').fill('B. Editor');
	await form.getByLabel(/This event is wrong/).check();
	await form.getByRole('button', { name: 'Save the correction' }).click();
	await page.goto(app.url);
	await expect(page.getByLabel('Timeline', { exact: true }).locator(`[data-event-id="${detained.id}"]`)).toHaveCount(0);
	await page.getByLabel('Show events marked wrong').check();
	await expect(page.getByLabel('Timeline', { exact: true }).locator(`[data-event-id="${detained.id}"]`)).toHaveCount(1);
});

test('exports carry the quote, the article, and the precision of date and place', async ({ page }) => {
	const get = async (format: string) => page.request.get(`${app.url}/export/${format}?q=Aktobe`);
	const csv = await (await get('csv')).text();
	const [header, ...rows] = csv.trim().split('\r\n');
	expect(header).toContain('date_precision');
	expect(header).toContain('place_kind');
	expect(header).toContain('quote');
	expect(rows.length).toBeGreaterThan(0);
	expect(csv).toContain('Clashes in Aktobe');
	const kml = await (await get('kml')).text();
	expect(kml).toMatch(/<kml xmlns="http:\/\/www.opengis.net\/kml\/2.2">/);
	expect(kml).toMatch(/<TimeStamp><when>2022-01-\d\d<\/when><\/TimeStamp>/);
	expect(kml).toContain('<coordinates>');
	const timeline = await (await get('timelinejs')).json();
	expect(timeline.events[0]).toMatchObject({ start_date: { year: 2022, month: 1 }, text: { headline: expect.any(String) } });
	const geo = await (await get('geojson')).json();
	expect(geo.type).toBe('FeatureCollection');
	expect(geo.features[0].properties).toMatchObject({ placeKind: expect.any(String), datePrecision: expect.any(String), quote: expect.any(String) });
	expect((await page.request.get(`${app.url}/export/pdf`)).status()).toBe(404);
});

test('hostile markup in an article stays text everywhere and runs nowhere', async ({ page }) => {
	const attack = `<script>window.__pwned = 'script'</script>`;
	const image = `<img src=x onerror="window.__pwned = 'onerror'">`;
	const link = `<a href="javascript:window.__pwned='link'">click</a>`;
	const res = await page.request.post(`${app.url}/api/articles`, {
		data: {
			title: `Riots in Almaty ${attack}`,
			text: `Rioters looted shops in Almaty on Wednesday ${image}, witnesses said ${link}.\n\nPolice arrested 30 people in Almaty on Thursday ${attack}.`,
			published: '2022-01-07',
			source: `Wire ${image}`
		}
	});
	expect(res.status()).toBe(201);
	const doc = await res.json();
	const looted = doc.events.find((e: { type: string }) => e.type === 'riot');
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		d.dismiss();
	});
	for (const path of [`/articles/${doc.article.id}`, `/?event=${looted.id}`, `/events/${looted.id}`, '/import', `/?view=list&q=Riots`]) {
		await page.goto(`${app.url}${path}`);
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), path).toBeUndefined();
		expect(await page.locator('img[src="x"], a[href^="javascript:"]').count(), path).toBe(0);
	}
	await page.goto(`${app.url}/articles/${doc.article.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(attack);
	await expect(page.locator('article')).toContainText(image);
	await page.goto(`${app.url}/?event=${looted.id}`);
	await expect(page.getByLabel('Event details', { exact: true })).toContainText('onerror=');
	await page.screenshot({ path: `${SHOTS}/hostile.png`, fullPage: true });
	expect(dialogs).toEqual([]);
	const kml = await (await page.request.get(`${app.url}/export/kml?q=Riots`)).text();
	expect(kml).not.toContain('<script>');
	expect(kml).toContain('&lt;script&gt;');
	const csv = await (await page.request.get(`${app.url}/export/csv?q=Riots`)).text();
	expect(csv).toContain('<script>'); // CSV is data: the text as written, quoted, never markup
	const timeline = JSON.stringify(await (await page.request.get(`${app.url}/export/timelinejs?q=Riots`)).json());
	expect(timeline).not.toContain('<script>');
});
