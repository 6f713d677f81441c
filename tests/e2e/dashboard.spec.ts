/**
 * The dashboard and the reader page, used as a reader uses them.
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

interface ApiEvent {
	id: string;
	title: string;
	quote: string;
	type: string;
	articleId: string;
	date: { start: string; end: string; precision: string } | null;
	place: { id: string; name: string } | null;
}

/** Fails the test on any page error or console error, and on any request that leaves this machine. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
	page.on('request', (r) => {
		const host = new URL(r.url()).hostname;
		if (!['127.0.0.1', 'localhost'].includes(host) && !r.url().startsWith('data:')) problems.push(`network request off this machine: ${r.url()}`);
	});
	return problems;
}

async function apiEvents(page: Page, query = ''): Promise<ApiEvent[]> {
	const res = await page.request.get(`/api/events${query}`);
	expect(res.status()).toBe(200);
	return (await res.json()).events;
}

const timeline = (page: Page) => page.getByLabel('Timeline', { exact: true });
const map = (page: Page) => page.getByLabel('Map', { exact: true });
const details = (page: Page) => page.getByLabel('Event details', { exact: true });

test('the timeline shows every event the API returns, offline and without errors', async ({ page }) => {
	const problems = watch(page);
	const events = await apiEvents(page);
	expect(events.length).toBeGreaterThan(15);
	await page.goto('/');
	await expect(map(page).locator('[data-place-id]').first()).toBeVisible();
	const ids = await timeline(page).locator('[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
	expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
	// The offline basemap is drawn (its attribution comes with it).
	await expect(map(page).getByText('Borders: Natural Earth')).toBeVisible();
	await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });
	expect(problems).toEqual([]);
});

test('choosing an event by click opens its details with the quote and the article', async ({ page }) => {
	const problems = watch(page);
	const gunfire = (await apiEvents(page)).find((e) => e.title.startsWith('Gunfire was heard'))!;
	await page.goto('/');
	await timeline(page).locator(`[data-event-id="${gunfire.id}"]`).click();
	await expect(details(page)).toContainText(gunfire.quote);
	await expect(details(page)).toContainText('7 January 2022');
	await expect(details(page)).toContainText('Almaty');
	await expect(details(page).getByRole('link', { name: /President of Kazakhstan/ })).toHaveAttribute('href', `/articles/${gunfire.articleId}#e-${gunfire.id}`);
	expect(new URL(page.url()).searchParams.get('event')).toBe(gunfire.id);
	// The map shows the event's place, highlighted.
	await expect(map(page).locator(`[data-place-id="${gunfire.place!.id}"]`)).toHaveClass(/highlighted/);
	await page.screenshot({ path: `${SHOTS}/event-details.png`, fullPage: true });
	expect(problems).toEqual([]);
});

test('events are reachable by keyboard: arrows move, Enter opens', async ({ page }) => {
	await page.goto('/');
	const marks = timeline(page).locator('[data-event-id]');
	const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	await marks.first().focus();
	const first = await focusedId();
	await page.keyboard.press('ArrowRight');
	const next = await focusedId();
	expect(next).toBeTruthy();
	expect(next).not.toBe(first);
	await page.keyboard.press('ArrowLeft');
	expect(await focusedId()).toBe(first);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	const chosen = (await apiEvents(page)).find((e) => e.id === next)!;
	await expect(details(page)).toContainText(chosen.quote);
});

test('brushing a window of time reduces the markers on the map', async ({ page }) => {
	const events = await apiEvents(page);
	const fighting = events.find((e) => e.title.includes('fighting protesters'))!;
	await page.goto('/');
	const markers = map(page).locator('[data-place-id]');
	await expect(markers).toHaveCount(2);
	const mark = await timeline(page).locator(`[data-event-id="${fighting.id}"]`).boundingBox();
	const brush = await timeline(page).locator('svg.brush').boundingBox();
	const cx = mark!.x + mark!.width / 2;
	await page.mouse.move(cx - 4, brush!.y + brush!.height / 2);
	await page.mouse.down();
	await page.mouse.move(cx + 4, brush!.y + brush!.height / 2, { steps: 4 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=2022-01-06/);
	await expect(markers).toHaveCount(1);
	await expect(map(page).locator(`[data-place-id="${fighting.place!.id}"]`)).toBeVisible();
	const inWindow = await apiEvents(page, `?from=2022-01-06&to=2022-01-06`);
	expect(inWindow.map((e) => e.id)).toContain(fighting.id);
	await page.screenshot({ path: `${SHOTS}/brushed.png`, fullPage: true });
});

test('the URL carries the state: a link reproduces the view, back and forward work', async ({ page }) => {
	const events = await apiEvents(page);
	const violence = events.find((e) => e.type === 'violence' && e.place)!;
	await page.goto(`/?type=violence&event=${violence.id}&view=list`);
	await expect(page.getByLabel('Type')).toHaveValue('violence');
	await expect(details(page)).toContainText(violence.quote);
	const rows = page.locator('table.events tbody tr');
	const expected = await apiEvents(page, '?type=violence');
	await expect(rows).toHaveCount(expected.length);
	await expect(timeline(page).locator('[data-event-id]')).toHaveCount(expected.length);
	// Change the filter, then go back.
	await page.getByLabel('Type').selectOption('arrest');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/type=arrest/);
	await expect(rows).toHaveCount((await apiEvents(page, '?type=arrest')).length);
	await page.goBack();
	await expect(page).toHaveURL(/type=violence/);
	await expect(rows).toHaveCount(expected.length);
	await page.goForward();
	await expect(page).toHaveURL(/type=arrest/);
});

test('choosing a place on the map filters the timeline to it', async ({ page }) => {
	const events = await apiEvents(page);
	const almaty = events.find((e) => e.place?.name === 'Almaty')!.place!;
	await page.goto('/');
	const marker = map(page).locator(`[data-place-id="${almaty.id}"]`);
	await expect(marker).toHaveAttribute('aria-label', /Almaty \(city\): \d+ events/);
	await marker.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`place=${encodeURIComponent(almaty.id)}`));
	const atAlmaty = events.filter((e) => e.place?.id === almaty.id);
	await expect(timeline(page).locator('[data-event-id]')).toHaveCount(atAlmaty.length);
});

test('the reader page marks the event sentence, places and dates, and dims the furniture', async ({ page }) => {
	const problems = watch(page);
	const fighting = (await apiEvents(page)).find((e) => e.title.includes('fighting protesters'))!;
	await page.goto(`/?event=${fighting.id}`);
	await expect(map(page).locator('[data-place-id]').first()).toBeVisible(); // hydrated, map drawn
	await details(page).getByRole('link', { name: /President of Kazakhstan/ }).click();
	await expect(page).toHaveURL(new RegExp(`/articles/${fighting.articleId}#e-${fighting.id}$`));
	const sentence = page.locator(`[id="e-${fighting.id}"]`).locator('xpath=ancestor-or-self::span[contains(@class,"event-sentence")]').first();
	await expect(sentence).toContainText('soldiers had been fighting protesters the day before');
	const targeted = await page.evaluate(() => document.querySelector(':target')?.closest('.event-sentence')?.textContent ?? '');
	expect(targeted).toContain('the day before');
	await expect(page.locator('mark.place', { hasText: 'Almaty' }).first()).toBeVisible();
	await expect(page.locator('mark.date', { hasText: 'the day before' })).toBeVisible();
	await expect(page.locator('.boilerplate', { hasText: 'Foreign Troops enter Kazakhstan as Peacekeepers' })).toBeVisible();
	await expect(page.locator('.event-sentence a.back').first()).toHaveAttribute('href', /\/\?event=/);
	await page.screenshot({ path: `${SHOTS}/reader.png`, fullPage: true });
	expect(problems).toEqual([]);
});

test('works at phone width', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(timeline(page)).toBeVisible();
	await expect(map(page)).toBeVisible();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(400);
	await page.screenshot({ path: `${SHOTS}/phone.png`, fullPage: true });
});

test('places mentioned without an event form a quieter layer that can be switched on', async ({ page }) => {
	await page.goto('/');
	const mentioned = map(page).locator('[data-mentioned-place-id]');
	await expect(map(page).locator('[data-place-id]').first()).toBeVisible();
	await expect(mentioned).toHaveCount(0);
	await page.getByLabel('Show every place mentioned').check();
	await expect(page).toHaveURL(/mentioned=1/);
	// Nur-Sultan, the capital, is named in passing: no event happened there.
	await expect(map(page).locator('[data-mentioned-place-id="geonames:1526273"]')).toHaveAttribute('aria-label', /Nur-Sultan: mentioned/);
	await page.getByLabel('Show every place mentioned').uncheck();
	await expect(mentioned).toHaveCount(0);
});
