/**
 * Turns the bytes of an article file or upload into text, or says clearly why not:
 * empty, binary, or not UTF-8. Shared by the extract command, ingest and uploads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ArticleError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array): string {
	if (bytes.length === 0) throw new ArticleError('the file is empty');
	if (bytes.subarray(0, 8192).includes(0)) throw new ArticleError('the file is binary, not text');
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		throw new ArticleError('the file is not UTF-8 text');
	}
	if (!text.trim()) throw new ArticleError('the file holds only white space');
	return text;
}

export interface SourceRecord {
	outlet: string | null;
	url: string | null;
}

const sourcesByDir = new Map<string, Map<string, SourceRecord>>();

/** The `sources.csv` record of an article file, read once per folder. */
export function sourceRecordFor(file: string): SourceRecord | undefined {
	const dir = dirname(file);
	if (!sourcesByDir.has(dir)) {
		const csv = join(dir, 'sources.csv');
		sourcesByDir.set(dir, existsSync(csv) ? parseSources(readFileSync(csv, 'utf8')) : new Map());
	}
	return sourcesByDir.get(dir)!.get(basename(file));
}

/**
 * `sources.csv` beside articles records where each came from (file, outlet,
 * published, url, note): what a copied page's text does not carry itself. The
 * publication date there is for the reader of the CSV; the loader finds its own.
 */
export function parseSources(csv: string): Map<string, SourceRecord> {
	const rows = new Map<string, SourceRecord>();
	const lines = csv.split(/\r?\n/).filter((l) => l.trim());
	const header = splitCsvLine(lines.shift() ?? '').map((h) => h.trim().toLowerCase());
	for (const line of lines) {
		const cells = splitCsvLine(line);
		const get = (name: string) => cells[header.indexOf(name)]?.trim() || null;
		const file = get('file');
		if (file) rows.set(file, { outlet: get('outlet'), url: get('url') });
	}
	return rows;
}

function splitCsvLine(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') cells.push(cell), (cell = '');
		else cell += c;
	}
	cells.push(cell);
	return cells;
}
