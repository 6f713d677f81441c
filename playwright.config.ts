import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each run starts from an empty embedded store, loaded with data/articles/ at start. */
const store = mkdtempSync(join(tmpdir(), 'datelines-e2e-store-'));

/** Pages tested as a reader uses them, in Debian's Chromium (Playwright's own browsers are never downloaded). */
export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e',
	timeout: 30_000,
	workers: 1,
	// On CI a test that fails once is run again and reported as flaky rather than hidden; locally, never.
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	globalSetup: './tests/e2e/chromium.ts',
	use: {
		baseURL: 'http://127.0.0.1:4173',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	},
	webServer: {
		command: 'npm run build && node build/index.js',
		url: 'http://127.0.0.1:4173',
		env: { PORT: '4173', HOST: '127.0.0.1', DATABASE_URL: store },
		reuseExistingServer: false,
		timeout: 120_000
	}
});
