/**
 * Starts the built app on its own port with its own empty store, for tests that
 * need other settings (a tile server) or must not touch the shared store.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServer } from '../../scripts/lib/wait-for-server';

export async function startApp(port: number, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
	const app = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, DATABASE_URL: mkdtempSync(join(tmpdir(), 'datelines-app-store-')), PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitForServer(url);
	} catch (e) {
		app.kill();
		throw e;
	}
	return { url, stop: () => app.kill('SIGTERM') };
}
