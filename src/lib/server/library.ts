/**
 * The articles in data/articles/, read and extracted once per process: what the
 * pages show until the store (the newsroom library) takes over.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Extraction } from '../domain';
import { extract, formatOf } from '../extract/index';
import { loadGazetteer } from './gazetteer';
import { decodeArticle, parseSources } from './article-file';

const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i;
let cache: Extraction[] | null = null;

export function articlesDir(): string {
	return resolve(process.env.DATELINES_ARTICLES ?? 'data/articles');
}

export function loadLibrary(): Extraction[] {
	if (cache) return cache;
	const dir = articlesDir();
	if (!existsSync(dir)) return (cache = []);
	const sourcesFile = join(dir, 'sources.csv');
	const sources = existsSync(sourcesFile) ? parseSources(readFileSync(sourcesFile, 'utf8')) : new Map();
	const gazetteer = loadGazetteer();
	cache = readdirSync(dir)
		.filter((name) => ARTICLE_FILE.test(name))
		.sort()
		.map((name) => {
			const source = sources.get(name);
			const content = decodeArticle(readFileSync(join(dir, name)));
			return extract({ name, content, format: formatOf(name), source: source?.outlet, url: source?.url }, gazetteer);
		});
	return cache;
}
