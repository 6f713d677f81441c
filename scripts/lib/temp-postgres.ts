/**
 * A throwaway PostgreSQL server on 127.0.0.1 in a temporary directory, for the store
 * tests and the import benchmark. As root it runs as the postgres user (PostgreSQL
 * refuses root). Throws with the reason when no server can be started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

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

export async function startTempPostgres(): Promise<{ url: string; stop: () => void }> {
	const initdb = findBin('initdb');
	const pgCtl = findBin('pg_ctl');
	if (!initdb || !pgCtl) throw new Error("no PostgreSQL server binaries (initdb, pg_ctl) on this machine: install Debian's postgresql package");
	const dir = mkdtempSync(join(tmpdir(), 'datelines-pg-'));
	const data = join(dir, 'data');
	const port = await freePort();
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
		run(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -h 127.0.0.1`, 'start']);
	} catch (e) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`could not start a PostgreSQL server: ${(e as Error).message.split('\n')[0]}`);
	}
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop: () => {
			try {
				run(pgCtl, ['-D', data, '-m', 'immediate', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
