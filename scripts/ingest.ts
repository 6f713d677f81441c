/**
 * Imports article files and folders into the store (the one DATABASE_URL chooses):
 *   npm run ingest -- PATH [PATH ...]
 * New or changed files only; a progress line on a terminal; a bad file is reported
 * and the others still go in. Exit 1 when any file failed.
 */
import { openStore } from '../src/lib/server/store/index';
import { articleFiles, importFiles, reextractStale } from '../src/lib/server/ingest';

const paths = process.argv.slice(2).filter((a) => a !== '--');
if (!paths.length) {
	process.stderr.write('usage: npm run ingest -- PATH [PATH ...]\n');
	process.exit(2);
}
let files: string[];
try {
	files = articleFiles(paths);
} catch (e) {
	process.stderr.write(`error: ${(e as Error).message}\n`);
	process.exit(2);
}
const store = await openStore();
const db = store.db;
await reextractStale(store);
const started = performance.now();
const tty = process.stderr.isTTY;
const results = await importFiles(store, files, (done, total, r) => {
	if (r.status === 'error') process.stderr.write(`${tty ? '\r\x1b[K' : ''}error: ${r.file}: ${r.error}\n`);
	if (tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${r.status} ${r.file}`);
	else if (done % 50 === 0 || done === total) process.stderr.write(`[${done}/${total}]\n`);
});
if (tty) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
const count = (s: string) => results.filter((r) => r.status === s).length;
const imported = count('new') + count('replaced');
console.log(
	`${db.kind} store at ${db.location}: ${count('new')} new, ${count('replaced')} replaced, ${count('skipped')} unchanged, ${count('error')} failed, ` +
		`${results.reduce((n, r) => n + (r.events ?? 0), 0)} events, in ${seconds.toFixed(1)} s (${(imported / seconds).toFixed(1)} articles/s)`
);
await store.close();
process.exit(count('error') ? 1 : 0);
