/**
 * The main text of a saved web page, by Mozilla's Readability (Firefox Reader View)
 * over linkedom's DOM: navigation, ads and boilerplate left out, paragraphs kept.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
	title: string;
	text: string;
	published: string | null;
	source: string | null;
	url: string | null;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td';

/** Block elements' text, one paragraph each, so sentences and offsets follow the page's layout. */
function paragraphs(html: string): string {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	const parts: string[] = [];
	for (const el of document.querySelectorAll(BLOCKS)) {
		if (el.querySelector(BLOCKS)) continue; // the innermost block carries the text
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (text) parts.push(text);
	}
	return parts.join('\n\n');
}

function meta(document: Document, ...names: string[]): string | null {
	for (const name of names) {
		const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
		const content = el?.getAttribute('content')?.trim();
		if (content) return content;
	}
	return null;
}

export function readHtml(raw: string): HtmlArticle {
	const { document } = parseHTML(raw);
	const published =
		meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued') ??
		document.querySelector('time[datetime]')?.getAttribute('datetime') ??
		null;
	const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
	const siteName = meta(document, 'og:site_name');
	const parsed = new Readability(document as unknown as Document).parse();
	const text = parsed?.content ? paragraphs(parsed.content) : (document.body?.textContent ?? '').trim();
	return {
		title: (parsed?.title ?? document.title ?? '').trim(),
		text,
		published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
		source: parsed?.siteName ?? siteName ?? null,
		url: url ?? null
	};
}
