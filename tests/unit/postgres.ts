/**
 * vitest global setup: a throwaway PostgreSQL server on 127.0.0.1 for the store
 * tests, unless TEST_DATABASE_URL names one. When none can be started, the store
 * tests against PostgreSQL print why they did not run, never silently.
 */
import type { TestProject } from 'vitest/node';
import { startTempPostgres } from '../../scripts/lib/temp-postgres';

export default async function setup(project: TestProject) {
	if (process.env.TEST_DATABASE_URL) {
		project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
		return;
	}
	try {
		const server = await startTempPostgres();
		project.provide('postgresUrl', server.url);
		return server.stop;
	} catch (e) {
		project.provide('postgresSkip', (e as Error).message);
	}
}

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl?: string;
		postgresSkip?: string;
	}
}
