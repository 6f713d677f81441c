/**
 * The store, on both backends: PGlite always, and a real PostgreSQL server (started
 * by the test setup, or TEST_DATABASE_URL). Without a server the PostgreSQL half
 * prints why it did not run.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/store/database';
import { migrate } from '../../src/lib/server/store/migrations';
import { openStore } from '../../src/lib/server/store/index';
import type { Store } from '../../src/lib/server/store/store';
import { importArticle } from '../../src/lib/server/ingest';
import { EMPTY_FILTER } from '../../src/lib/filter';
import { extract, LOADER_VERSION } from '../../src/lib/extract/index';
import { ArticleError } from '../../src/lib/server/article-file';
import { gazetteer, KAZAKHSTAN } from './helpers';

const article = readFileSync(KAZAKHSTAN, 'utf8');
const postgresUrl = inject('postgresUrl');
const postgresSkip = inject('postgresSkip');
if (!postgresUrl) console.warn(`store tests against PostgreSQL not run: ${postgresSkip}`);

/** A fresh, empty store of each kind: a new PGlite directory, or a new database on the server. */
async function freshUrl(kind: 'pglite' | 'postgres'): Promise<string> {
	if (kind === 'pglite') return mkdtempSync(join(tmpdir(), 'datelines-store-'));
	const name = `datelines_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
	const admin = await openDatabase(postgresUrl!);
	await admin.query(`create database ${name}`);
	await admin.close();
	return postgresUrl!.replace(/\/[^/]*$/, `/${name}`);
}

const story = (n: number) => `Protest ${n} in Almaty\n\nProtesters gathered in Almaty on Wednesday, and police arrested ${n + 10} people, the interior ministry said.`;

for (const kind of ['pglite', 'postgres'] as const) {
	describe.runIf(kind === 'pglite' || postgresUrl)(`the store on ${kind}`, () => {
		let url: string;
		let store: Store;

		beforeAll(async () => {
			url = await freshUrl(kind);
			store = await openStore(url);
		}, 60_000);
		afterAll(async () => store?.close());

		it('migrates once: a second start applies nothing', async () => {
			expect(await migrate(store.db)).toBe(0);
		});

		it('stores an article and its events; the same text twice is one article', async () => {
			const first = await importArticle(store, { content: article, name: KAZAKHSTAN, origin: KAZAKHSTAN, source: 'Novinite.com' });
			expect(first.status).toBe('new');
			const again = await importArticle(store, { content: article, name: KAZAKHSTAN, origin: KAZAKHSTAN });
			expect(again.status).toBe('unchanged');
			expect(again.doc.events.map((e) => e.id)).toEqual(first.doc.events.map((e) => e.id));
			const counts = await store.counts();
			expect(counts.articles).toBe(1);
			expect(counts.events).toBe(first.doc.events.length);
			const stored = await store.article(first.doc.article.id);
			expect(stored?.article.text).toBe(first.doc.article.text);
			expect(stored?.article.published).toBe('2022-01-07');
		});

		it('filters events by window, type and place, and searches text with PostgreSQL text search', async () => {
			const day = await store.events({ ...EMPTY_FILTER, from: '2022-01-06', to: '2022-01-06' });
			expect(day.map((e) => e.title)).toContain('Soldiers fighting protesters in Almaty');
			expect(day.every((e) => e.date && e.date.start <= '2022-01-06' && e.date.end >= '2022-01-06')).toBe(true);
			const arrests = await store.events({ ...EMPTY_FILTER, types: ['arrest'] });
			expect(arrests.map((e) => e.figures[0]?.count)).toEqual([3700]);
			// "protest" finds "protests" and "protesters": stemming, not substrings.
			const found = await store.events({ ...EMPTY_FILTER, q: 'protest' });
			expect(found.some((e) => /protesters/.test(e.quote) && !/protest\b/.test(e.quote))).toBe(true);
			expect((await store.articles('uranium')).length).toBe(1);
			expect((await store.articles('penguins')).length).toBe(0);
		});

		it('keeps corrections apart, with who and when; wrong events leave the views and can come back', async () => {
			const [gunfire] = await store.events({ ...EMPTY_FILTER, q: 'gunfire main square' });
			await store.correct(gunfire.id, { author: 'A. Reporter', date: { start: '2022-01-07', end: '2022-01-07', precision: 'day' }, title: 'Gunfire near Republic Square', note: 'checked with footage' });
			const corrected = await store.event(gunfire.id);
			expect(corrected).toMatchObject({ title: 'Gunfire near Republic Square', correction: { authors: ['A. Reporter'], wrong: false, original: { title: gunfire.title } } });
			const history = await store.corrections(gunfire.id);
			expect(history).toMatchObject([{ author: 'A. Reporter', title: 'Gunfire near Republic Square', note: 'checked with footage' }]);
			expect(Date.parse(history[0].at)).toBeGreaterThan(Date.now() - 60_000);

			await store.correct(gunfire.id, { author: 'B. Editor', wrong: true });
			expect((await store.events(EMPTY_FILTER)).some((e) => e.id === gunfire.id)).toBe(false);
			expect((await store.events(EMPTY_FILTER, { includeWrong: true })).find((e) => e.id === gunfire.id)?.correction?.wrong).toBe(true);
			await store.correct(gunfire.id, { author: 'B. Editor', wrong: false });
			expect((await store.events(EMPTY_FILTER)).find((e) => e.id === gunfire.id)?.title).toBe('Gunfire near Republic Square');
		});

		it('corrections survive re-extraction by a newer loader', async () => {
			const [gunfire] = await store.events({ ...EMPTY_FILTER, q: 'Republic Square' });
			const doc = extract({ name: KAZAKHSTAN, content: article }, gazetteer);
			await store.replaceExtraction(doc, LOADER_VERSION + 1);
			expect(await store.stale(LOADER_VERSION + 1)).toEqual([]);
			expect((await store.event(gunfire.id))?.title).toBe('Gunfire near Republic Square');
		});

		it('a changed file replaces its article and events', async () => {
			await importArticle(store, { content: story(1), origin: 'data/articles/changing.txt' });
			const changed = await importArticle(store, { content: story(2), origin: 'data/articles/changing.txt' });
			expect(changed.status).toBe('replaced');
			const arrests = await store.events({ ...EMPTY_FILTER, q: 'police arrested' });
			expect(arrests.map((e) => e.quote)).toEqual([expect.stringContaining('arrested 12 people')]);
		});

		it('takes thirty imports at once and keeps them all', async () => {
			const before = (await store.counts()).articles;
			const results = await Promise.all(Array.from({ length: 30 }, (_, i) => importArticle(store, { content: story(100 + i), published: '2022-01-07' })));
			expect(results.every((r) => r.status === 'new')).toBe(true);
			expect((await store.counts()).articles).toBe(before + 30);
		});

		it('refuses bad input with the field and the reason, storing nothing', async () => {
			const before = await store.counts();
			await expect(importArticle(store, { content: '   ' })).rejects.toThrow(new ArticleError('text: the article is empty'));
			await expect(importArticle(store, { content: 'x\u0000y' })).rejects.toThrow(/binary/);
			await expect(importArticle(store, { content: 'Text.', published: '2022-13-01' })).rejects.toThrow(/^published: /);
			await expect(importArticle(store, { content: 'a'.repeat(3 * 1024 * 1024) })).rejects.toThrow(/larger than/);
			expect(await store.counts()).toEqual(before);
		});

		it('keeps every article, event and correction across a restart', async () => {
			const before = await store.counts();
			await store.close();
			store = await openStore(url);
			expect(await migrate(store.db)).toBe(0);
			expect(await store.counts()).toEqual(before);
			expect((await store.events({ ...EMPTY_FILTER, q: 'Republic Square' }))[0]?.correction?.authors).toEqual(['A. Reporter', 'B. Editor']);
		}, 60_000);
	});
}
