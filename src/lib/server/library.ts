/**
 * The articles in data/articles/, read and extracted once per process: what the
 * pages show until the store (the newsroom library) takes over.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Extraction, MentionedPlace } from '../domain';
import type { LibraryEvent } from '../filter';
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

/** Every event of every article, with the article it came from. */
export function libraryEvents(): LibraryEvent[] {
	return loadLibrary().flatMap(({ article, events }) =>
		events.map((e) => ({ ...e, articleId: article.id, articleTitle: article.title, source: article.source, url: article.url }))
	);
}

/** A place the articles mention, with how many mentions across articles. */
export interface LibraryPlace extends MentionedPlace {
	articles: number;
}

/** Every place the articles name as a location (not demonyms, embedded names or actors), merged across articles. */
export function libraryPlaces(): LibraryPlace[] {
	const byId = new Map<string, LibraryPlace>();
	for (const { places } of loadLibrary()) {
		for (const p of places) {
			const keep = p.roles.map((r, i) => (r === 'location' || r === 'dateline' ? i : -1)).filter((i) => i >= 0);
			if (!keep.length) continue;
			const held = byId.get(p.id);
			if (held) {
				held.mentions.push(...keep.map((i) => p.mentions[i]));
				held.roles.push(...keep.map((i) => p.roles[i]));
				held.articles++;
			} else byId.set(p.id, { ...p, mentions: keep.map((i) => p.mentions[i]), roles: keep.map((i) => p.roles[i]), articles: 1 });
		}
	}
	return [...byId.values()];
}

export function libraryArticle(id: string): Extraction | undefined {
	return loadLibrary().find((x) => x.article.id === id);
}
