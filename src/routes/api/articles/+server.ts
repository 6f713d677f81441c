import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getStore } from '$lib/server/store';
import { importArticle, MAX_ARTICLE_BYTES, type ArticleSubmission } from '$lib/server/ingest';
import { ArticleError, decodeArticle } from '$lib/server/article-file';

const fail = (status: number, error: string) => json({ error }, { status });

/**
 * POST an article as text/plain (or text/markdown, text/html), or as JSON
 * { text, title, published, url, source }: 201 with the extract document.
 */
export const POST: RequestHandler = async ({ request }) => {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > MAX_ARTICLE_BYTES + 64 * 1024) return fail(413, `the request is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`);
	const bytes = new Uint8Array(await request.arrayBuffer());
	if (bytes.length > MAX_ARTICLE_BYTES + 64 * 1024) return fail(413, `the request is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`);
	let submission: ArticleSubmission;
	try {
		if (type === 'application/json') {
			let body: unknown;
			try {
				body = JSON.parse(decodeArticle(bytes));
			} catch (e) {
				return fail(400, e instanceof ArticleError ? `body: ${e.message}` : `body: malformed JSON (${(e as Error).message})`);
			}
			if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(400, 'body: expected a JSON object { "text", "title", "published", "url", "source" }');
			const b = body as Record<string, unknown>;
			if (typeof b.text !== 'string') return fail(400, 'text: missing, or not a string');
			for (const k of ['title', 'published', 'url', 'source', 'format'] as const) if (b[k] != null && typeof b[k] !== 'string') return fail(400, `${k}: must be a string`);
			const format = b.format === 'html' || b.format === 'md' || b.format === 'txt' ? b.format : undefined;
			submission = { content: b.text, title: b.title as string, published: b.published as string, url: b.url as string, source: b.source as string, format };
		} else if (type === 'text/plain' || type === 'text/markdown' || type === 'text/html' || type === '') {
			submission = { content: decodeArticle(bytes), format: type === 'text/html' ? 'html' : type === 'text/markdown' ? 'md' : 'txt' };
		} else return fail(415, `content-type: ${type} is not accepted; send text/plain, text/markdown, text/html or application/json`);
		const saved = await importArticle(await getStore(), submission);
		// 201 as the contract has it; `status` says whether the text was new, already stored, or replaced an earlier version.
		return json({ ...saved.doc, status: saved.status }, { status: 201 });
	} catch (e) {
		if (e instanceof ArticleError) return fail(e.message.includes('larger') ? 413 : 400, e.message);
		throw e;
	}
};
