/**
 * The extract command as CONTRACT.md section 1 describes it, bad input included.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KAZAKHSTAN } from './helpers';

function run(...args: string[]) {
	const r = spawnSync('node_modules/.bin/tsx', ['scripts/extract.ts', ...args], { encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'datelines-'));
	writeFileSync(join(dir, 'empty.txt'), '');
	writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
	writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Almaty on Friday', 'latin1'));
	writeFileSync(join(dir, 'undated.txt'), 'Protesters stormed the akimat in Almaty on Wednesday.');
	writeFileSync(join(dir, 'front.md'), '---\ntitle: Unrest\npublished: 2022-01-06\nsource: Example Wire\n---\nProtesters gathered in Almaty on Wednesday.\n');
});

describe('npm run extract', () => {
	it('prints one JSON object for one file, with the file as given', () => {
		const r = run(KAZAKHSTAN);
		expect(r.status).toBe(0);
		const doc = JSON.parse(r.stdout);
		expect(doc.file).toBe(KAZAKHSTAN);
		expect(doc.article.published).toBe('2022-01-07');
		expect(doc.article.source).toBe('Novinite.com (Sofia News Agency)');
		expect(Object.keys(doc)).toEqual(expect.arrayContaining(['article', 'timexes', 'places', 'events']));
	});

	it('prints JSON Lines in order for several files; a bad one gets an error line and exit 1', () => {
		const r = run(join(dir, 'front.md'), join(dir, 'missing.txt'), KAZAKHSTAN);
		expect(r.status).toBe(1);
		const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.file)).toEqual([join(dir, 'front.md'), join(dir, 'missing.txt'), KAZAKHSTAN]);
		expect(lines[0].article).toMatchObject({ title: 'Unrest', published: '2022-01-06', source: 'Example Wire' });
		expect(lines[0].article.text.startsWith('Protesters')).toBe(true);
		expect(lines[1].error).toMatch(/no such file/);
		expect(lines[2].events.length).toBeGreaterThan(10);
		expect(r.stderr).toMatch(/^error: .*missing\.txt: no such file/m);
	});

	it.each([
		['empty.txt', /empty/],
		['binary.txt', /binary/],
		['latin1.txt', /not UTF-8/],
		['missing.txt', /no such file/]
	])('rejects %s with a one-line error naming the file', (name, reason) => {
		const r = run(join(dir, name));
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(new RegExp(`^error: .*${name.replace('.', '\\.')}: `));
		expect(r.stderr).toMatch(reason);
	});

	it('rejects a bad --published or no file with exit 2', () => {
		const bad = run(KAZAKHSTAN, '--published', '2022-02-30');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/^error: --published/);
		expect(run('--published', '2022-01-07').status).toBe(2);
		expect(run(KAZAKHSTAN, '--frobnicate').status).toBe(2);
	});

	it('uses --published only when the file carries no date, and resolves nothing without one', () => {
		const withDate = JSON.parse(run(join(dir, 'undated.txt'), '--published', '2022-01-07').stdout);
		expect(withDate.article.published).toBe('2022-01-07');
		expect(withDate.timexes[0].date).toMatchObject({ start: '2022-01-05', precision: 'day' });
		const without = JSON.parse(run(join(dir, 'undated.txt')).stdout);
		expect(without.article.published).toBeNull();
		expect(without.timexes[0]).toMatchObject({ text: 'Wednesday', date: null });
		expect(without.events[0].date).toBeNull();
		const fileWins = JSON.parse(run(KAZAKHSTAN, '--published', '2022-01-09').stdout);
		expect(fileWins.article.published).toBe('2022-01-07');
	});
});
