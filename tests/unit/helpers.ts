import { readFileSync } from 'node:fs';
import { extract, annotate } from '../../src/lib/extract/index';
import { loadGazetteer } from '../../src/lib/server/gazetteer';
import type { Extraction } from '../../src/lib/domain';

export const gazetteer = loadGazetteer();

export const KAZAKHSTAN = 'data/articles/novinite-2022-01-07-kazakhstan.txt';

export function extractFile(path: string, published?: string): Extraction {
	return extract({ name: path, content: readFileSync(path, 'utf8'), published }, gazetteer);
}

/** Extracts a short text as a plain-text article published on the given day. */
export function extractText(text: string, published: string | null = '2022-01-07'): Extraction {
	return extract({ name: 'test.txt', content: text, published }, gazetteer);
}

export function annotateText(text: string, published: string | null = '2022-01-07') {
	return annotate({ name: 'test.txt', content: text, published }, gazetteer);
}
