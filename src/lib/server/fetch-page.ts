/**
 * Fetches a page the user asked for (the only time the app uses the network):
 * http(s) only, a time limit, a size limit, and HTML or plain text only.
 */
import { ArticleError } from './article-file';
import { MAX_ARTICLE_BYTES } from './ingest';

export interface FetchedPage {
	content: string;
	format: 'html' | 'txt';
	url: string;
}

/** How long a page may take: DATELINES_FETCH_TIMEOUT_MS, 10 s by default. */
const TIMEOUT_MS = Number(process.env.DATELINES_FETCH_TIMEOUT_MS) || 10_000;

export async function fetchPage(address: string, timeoutMs = TIMEOUT_MS, maxBytes = MAX_ARTICLE_BYTES): Promise<FetchedPage> {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new ArticleError(`url: "${address}" is not a web address`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArticleError(`url: only http and https addresses can be fetched, not ${url.protocol}`);
	let res: Response;
	try {
		res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.9' } });
	} catch (e) {
		const err = e as Error;
		if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new ArticleError(`url: ${url.host} did not answer within ${timeoutMs / 1000} s`);
		throw new ArticleError(`url: could not reach ${url.host} (${(err.cause as Error)?.message ?? err.message})`);
	}
	if (!res.ok) throw new ArticleError(`url: ${url.host} answered ${res.status} ${res.statusText}`);
	const type = (res.headers.get('content-type') ?? '').toLowerCase();
	const format = type.includes('html') ? 'html' : type.startsWith('text/plain') ? 'txt' : null;
	if (!format) throw new ArticleError(`url: the page is ${type || 'of no stated type'}, not HTML or text`);
	if (Number(res.headers.get('content-length') ?? 0) > maxBytes) throw new ArticleError(`url: the page is larger than ${maxBytes / 1024 / 1024} MiB`);
	// Read at most maxBytes, whatever the server claims.
	const reader = res.body!.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > maxBytes) {
			await reader.cancel();
			throw new ArticleError(`url: the page is larger than ${maxBytes / 1024 / 1024} MiB`);
		}
		chunks.push(value);
	}
	const charset = /charset=([\w-]+)/.exec(type)?.[1] ?? 'utf-8';
	let content: string;
	try {
		content = new TextDecoder(charset, { fatal: true }).decode(Buffer.concat(chunks));
	} catch {
		throw new ArticleError(`url: the page is not valid ${charset} text`);
	}
	return { content, format, url: res.url || url.href };
}
