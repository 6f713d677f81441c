import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getStore } from '$lib/server/store';
import { importArticle, MAX_ARTICLE_BYTES } from '$lib/server/ingest';
import { ArticleError, decodeArticle } from '$lib/server/article-file';
import { fetchPage } from '$lib/server/fetch-page';
import { formatOf } from '$lib/extract/index';
import type { SaveResult } from '$lib/server/store/store';

export const load: PageServerLoad = async ({ url }) => ({ articles: await (await getStore()).articles(url.searchParams.get('q') ?? '') });

const summary = (file: string, r: SaveResult) => ({
	file,
	status: r.status,
	article: { id: r.doc.article.id, title: r.doc.article.title, published: r.doc.article.published },
	events: r.doc.events.map((e) => ({ id: e.id, title: e.title, type: e.type, date: e.date, place: e.place?.name ?? null, quote: e.quote }))
});

/** Form actions: they work without JavaScript; the page shows what was extracted for review. */
export const actions: Actions = {
	paste: async ({ request }) => {
		const form = await request.formData();
		const text = String(form.get('text') ?? '');
		const published = String(form.get('published') ?? '') || null;
		try {
			const saved = await importArticle(await getStore(), {
				content: text,
				format: (String(form.get('format') ?? 'txt') as 'txt' | 'md' | 'html') || 'txt',
				title: String(form.get('title') ?? '') || null,
				published,
				source: String(form.get('source') ?? '') || null,
				url: String(form.get('url') ?? '') || null
			});
			return { imported: [summary('pasted text', saved)] };
		} catch (e) {
			if (e instanceof ArticleError) return fail(400, { error: e.message, form: 'paste' });
			throw e;
		}
	},
	upload: async ({ request }) => {
		const form = await request.formData();
		const files = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
		if (!files.length) return fail(400, { error: 'files: choose one or more .txt, .md or .html files', form: 'upload' });
		const store = await getStore();
		const imported = [];
		const errors: string[] = [];
		for (const file of files) {
			try {
				if (!/\.(txt|md|markdown|html?)$/i.test(file.name)) throw new ArticleError('not a .txt, .md or .html file');
				if (file.size > MAX_ARTICLE_BYTES) throw new ArticleError(`larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`);
				const content = decodeArticle(new Uint8Array(await file.arrayBuffer()));
				imported.push(summary(file.name, await importArticle(store, { content, name: file.name, format: formatOf(file.name) })));
			} catch (e) {
				if (!(e instanceof ArticleError)) throw e;
				errors.push(`${file.name}: ${e.message}`);
			}
		}
		if (!imported.length) return fail(400, { error: errors.join('; '), form: 'upload' });
		return { imported, errors };
	},
	url: async ({ request }) => {
		const form = await request.formData();
		const address = String(form.get('url') ?? '').trim();
		try {
			const page = await fetchPage(address);
			const saved = await importArticle(await getStore(), { content: page.content, format: page.format, url: page.url, origin: page.url });
			return { imported: [summary(page.url, saved)] };
		} catch (e) {
			if (e instanceof ArticleError) return fail(400, { error: e.message, form: 'url' });
			throw e;
		}
	}
};
