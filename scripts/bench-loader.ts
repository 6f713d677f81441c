/**
 * Loader benchmark: time to the first result (gazetteer load included), articles
 * per second in one process, and peak memory. The articles are those in
 * data/articles/, each cut into 500-word articles and run with several
 * publication dates so every run does the full work.
 * Usage: npm run bench:loader [-- --seconds N] [--dir FOLDER]   (FOLDER: other articles to measure on)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const started = performance.now();
const { extract } = await import('../src/lib/extract/index');
const { loadGazetteer } = await import('../src/lib/server/gazetteer');
const { articlesDir } = await import('../src/lib/server/ingest');

let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 20);

const dirArg = process.argv.indexOf('--dir');
const dir = dirArg > 0 ? process.argv[dirArg + 1] : articlesDir();
const texts = readdirSync(dir)
	.filter((f) => /\.(txt|md|html?)$/.test(f))
	.map((f) => ({ name: f, content: readFileSync(join(dir, f), 'utf8') }));

const gazetteer = loadGazetteer();
extract({ ...texts[0], published: null }, gazetteer);
const firstResult = performance.now() - started;

// 500-word articles: each source text cut at paragraph ends into pieces of about 500 words.
const articles: { name: string; content: string }[] = [];
for (const t of texts) {
	let piece: string[] = [];
	let words = 0;
	for (const para of t.content.split(/\n\s*\n/)) {
		piece.push(para);
		words += para.split(/\s+/).length;
		if (words >= 500) {
			articles.push({ name: t.name, content: piece.join('\n\n') });
			piece = [];
			words = 0;
		}
	}
	if (words >= 250) articles.push({ name: t.name, content: piece.join('\n\n') });
}
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 5;
const dates = ['2022-01-05', '2022-01-06', '2022-01-07', '2022-01-08', '2022-01-09', '2022-01-10', '2022-01-11'];
let runs = 0;
let totalWords = 0;
let events = 0;
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
	const a = articles[runs % articles.length];
	const doc = extract({ ...a, published: dates[runs % dates.length] }, gazetteer);
	events += doc.events.length;
	totalWords += a.content.split(/\s+/).length;
	runs++;
	if (runs % 50 === 0) sample();
}
const elapsed = (performance.now() - t0) / 1000;
clearInterval(timer);
sample();

console.log('Loader benchmark (npm run bench:loader)');
console.log(`  gazetteer: ${gazetteer.size} places`);
console.log(`  time to first result (process start, gazetteer load, one article): ${Math.round(firstResult)} ms`);
console.log(`  articles: ${articles.length} distinct of ${Math.round(totalWords / runs)} words on average, ${runs} runs in ${elapsed.toFixed(1)} s`);
console.log(`  throughput: ${(runs / elapsed).toFixed(0)} articles/s (${Math.round(totalWords / elapsed)} words/s), ${events} events`);
console.log(`  peak memory (RSS): ${(peak / 2 ** 20).toFixed(0)} MiB`);
