/**
 * vitest global setup: a throwaway PostgreSQL server on 127.0.0.1 for the store
 * tests, unless TEST_DATABASE_URL names one. When none can be started, the store
 * tests against PostgreSQL say so and why (TEST_DATABASE_SKIP), never silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

function findBin(name: string): string | null {
	const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
	if (which) return which;
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	for (const v of readdirSync(root).sort().reverse()) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
	return null;
}

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

export default async function setup(project: TestProject) {
	if (process.env.TEST_DATABASE_URL) {
		project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
		return;
	}
	const initdb = findBin('initdb');
	const pgCtl = findBin('pg_ctl');
	if (!initdb || !pgCtl) {
		project.provide('postgresSkip', 'no PostgreSQL server binaries (initdb, pg_ctl) on this machine: install Debian\'s postgresql package');
		return;
	}
	const dir = mkdtempSync(join(tmpdir(), 'datelines-pg-'));
	const data = join(dir, 'data');
	const port = await freePort();
	// PostgreSQL refuses to run as root: as root, run it as the postgres user.
	const asRoot = process.getuid?.() === 0;
	const run = (cmd: string, args: string[]) => (asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' }));
	try {
		if (asRoot) {
			chmodSync(dir, 0o777);
			const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
			const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
			chownSync(dir, uid, gid);
		}
		run(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
		run(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off`, 'start']);
	} catch (e) {
		project.provide('postgresSkip', `could not start a PostgreSQL server: ${(e as Error).message.split('\n')[0]}`);
		rmSync(dir, { recursive: true, force: true });
		return;
	}
	project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
	return () => {
		try {
			run(pgCtl, ['-D', data, '-m', 'immediate', 'stop']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl?: string;
		postgresSkip?: string;
	}
}
