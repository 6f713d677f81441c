/**
 * The embedded store's write-ahead journal. PGlite (0.5) does not survive a killed
 * process reliably: its data directory may come back inconsistent, or not open.
 * So every change is first appended here and synced to disk; a store that was not
 * closed cleanly is rebuilt from the journal instead of being trusted.
 */
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { DateSpan, EventType, Extraction, Place } from '../../domain';

export type JournalEntry =
	| { op: 'save'; doc: Extraction; source: { origin: string | null; contentHash: string; raw: string; format: string; loaderVersion: number } }
	| { op: 'replace'; doc: Extraction; loaderVersion: number }
	| { op: 'correct'; eventId: string; at: string; correction: { title?: string; type?: EventType; date?: DateSpan | null; place?: Place | null; wrong?: boolean; author: string; note?: string } };

export class Journal {
	private tail: Promise<void> = Promise.resolve();

	constructor(readonly path: string) {}

	/** Appends an entry and syncs it to disk; entries are written in call order. */
	append(entry: JournalEntry): Promise<void> {
		const line = JSON.stringify(entry) + '\n';
		this.tail = this.tail.then(() => {
			const fd = openSync(this.path, 'a');
			try {
				writeSync(fd, line);
				fsyncSync(fd);
			} finally {
				closeSync(fd);
			}
		});
		return this.tail;
	}

	/** Every complete entry; a last line cut short by a crash is left out. */
	entries(): JournalEntry[] {
		if (!existsSync(this.path)) return [];
		const lines = readFileSync(this.path, 'utf8').split('\n').filter(Boolean);
		const out: JournalEntry[] = [];
		for (const [i, line] of lines.entries()) {
			try {
				out.push(JSON.parse(line));
			} catch (e) {
				if (i < lines.length - 1) throw new Error(`${this.path}: entry ${i + 1} is damaged: ${(e as Error).message}`);
			}
		}
		return out;
	}
}

/** Writes a small file and syncs it, for markers that must be on disk before going on. */
export function writeSynced(path: string, content: string) {
	appendFileSync(path, '');
	const fd = openSync(path, 'w');
	try {
		writeSync(fd, content);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}
