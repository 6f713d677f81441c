/**
 * Starts the built app on its own port with its own empty store, for tests that
 * need other settings (a tile server) or must not touch the shared store.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startApp(port: number, env: Record<string, string> = {}): Promise<{ url: string; stop: () => void }> {
	const app = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, DATABASE_URL: mkdtempSync(join(tmpdir(), 'datelines-app-store-')), PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => app.kill('SIGTERM') };
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	app.kill();
	throw new Error(`the app did not start on port ${port}`);
}
