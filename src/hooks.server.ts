import type { ServerInit } from '@sveltejs/kit';
import { closeStore, getStore } from '$lib/server/store';

/** The store opens, migrates and loads data/articles/ before the first request is served. */
export const init: ServerInit = async () => {
	const store = await getStore();
	const counts = await store.counts();
	console.log(`datelines: ${store.db.kind} store at ${store.db.location}: ${counts.articles} articles, ${counts.events} events, ${counts.corrections} corrections`);
	// Close the store on the way out, so the embedded one is known to be whole at the next start.
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => {
			closeStore().finally(() => process.exit(0));
		});
	}
};
