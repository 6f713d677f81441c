/**
 * Bringing articles into the store: one article (an upload, a paste, the API, a
 * fetched page), a folder (data/articles/ at start, `npm run ingest`), and the
 * articles an older loader extracted. Each article is stored whole or not at all.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extract, formatOf, LOADER_VERSION, type Format } from '../extract/index';
import { isValidIso } from '../extract/calendar';
import { loadGazetteer } from './gazetteer';
import { ArticleError, decodeArticle, sourceRecordFor } from './article-file';
import type { SaveResult, Store } from './store/store';

/** The folder of articles loaded at start. */
export function articlesDir(): string {
	return resolve(process.env.DATELINES_ARTICLES ?? 'data/articles');
}

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ArticleSubmission {
	content: string;
	/** File name, to tell the format. */
	name?: string;
	format?: Format;
	title?: string | null;
	published?: string | null;
	url?: string | null;
	source?: string | null;
	/** Where it came from (a file path or URL): a later, changed version replaces it. */
	origin?: string | null;
}

export function contentHash(content: string): string {
	return createHash('sha256').update(content).digest('hex');
}

/** Checks a submission and says what is wrong with it, field by field. */
export function validate(s: ArticleSubmission): ArticleSubmission {
	if (typeof s.content !== 'string' || !s.content.trim()) throw new ArticleError('text: the article is empty');
	if (Buffer.byteLength(s.content) > MAX_ARTICLE_BYTES) throw new ArticleError(`text: the article is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB`);
	if (s.content.includes('\u0000')) throw new ArticleError('text: the article is binary, not text');
	if (s.published && !isValidIso(s.published)) throw new ArticleError(`published: "${s.published}" is not a date in the form YYYY-MM-DD`);
	if (s.url && !/^https?:\/\//i.test(s.url)) throw new ArticleError(`url: "${s.url}" is not an http(s) address`);
	for (const field of ['title', 'source'] as const) if (s[field] != null && typeof s[field] !== 'string') throw new ArticleError(`${field}: must be text`);
	return s;
}

export async function importArticle(store: Store, submission: ArticleSubmission): Promise<SaveResult> {
	const s = validate(submission);
	const format = s.format ?? formatOf(s.name);
	const doc = extract({ name: s.name, content: s.content, format, published: s.published, title: s.title, url: s.url, source: s.source }, loadGazetteer());
	return store.save(doc, { origin: s.origin ?? s.url ?? null, contentHash: contentHash(s.content), raw: s.content, format, loaderVersion: LOADER_VERSION });
}

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;

/** Article files under the given paths (files, or folders searched recursively), in a stable order. */
export function articleFiles(paths: string[]): string[] {
	const out: string[] = [];
	const walk = (p: string) => {
		const st = statSync(p);
		if (st.isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
		else if (ARTICLE_FILE.test(p)) out.push(p);
	};
	for (const p of paths) {
		if (!existsSync(p)) throw new ArticleError(`${p}: no such file or folder`);
		walk(p);
	}
	return out;
}

export interface FileResult {
	file: string;
	status: SaveResult['status'] | 'skipped' | 'error';
	error?: string;
	events?: number;
}

/**
 * Imports article files, skipping those whose content is stored already under the
 * same path. A bad file is reported and the others still go in.
 */
export async function importFiles(store: Store, files: string[], onProgress?: (done: number, total: number, r: FileResult) => void): Promise<FileResult[]> {
	const known = await store.origins();
	const results: FileResult[] = [];
	for (const [i, path] of files.entries()) {
		const origin = relative(process.cwd(), path) || path;
		let result: FileResult;
		try {
			const content = decodeArticle(readFileSync(path));
			if (known.get(origin) === contentHash(content)) result = { file: origin, status: 'skipped' };
			else {
				const source = sourceRecordFor(path);
				const saved = await importArticle(store, { content, name: path, origin, source: source?.outlet, url: source?.url });
				result = { file: origin, status: saved.status, events: saved.doc.events.length };
			}
		} catch (e) {
			result = { file: origin, status: 'error', error: e instanceof ArticleError ? e.message : (e as Error).message };
		}
		results.push(result);
		onProgress?.(i + 1, files.length, result);
	}
	return results;
}

/** Extracts again the articles an older loader read; corrections stay with their events. */
export async function reextractStale(store: Store): Promise<number> {
	const stale = await store.stale(LOADER_VERSION);
	for (const a of stale) {
		const doc = extract({ content: a.raw, format: a.format as Format, published: a.published, url: a.url, source: a.source }, loadGazetteer());
		await store.replaceExtraction(doc, LOADER_VERSION);
	}
	return stale.length;
}
