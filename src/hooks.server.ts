import type { Handle, ServerInit } from '@sveltejs/kit';
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

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/**
 * Refuses posts from other sites (a page elsewhere posting a form at a journalist's
 * Datelines). Browsers send Origin with every cross-site post; a request without
 * one comes from a script or a command line, which the API serves.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	const origin = request.headers.get('origin');
	// Hosts, not origins: behind no proxy, adapter-node takes its own protocol to be https.
	if (request.method !== 'GET' && request.method !== 'HEAD' && origin && hostOf(origin) !== url.host && FORM_TYPES.test(request.headers.get('content-type') ?? '')) {
		const message = `Cross-site ${request.method} from ${origin} refused`;
		return url.pathname.startsWith('/api/') ? Response.json({ error: message }, { status: 403 }) : new Response(message, { status: 403 });
	}
	return resolve(event);
};

function hostOf(origin: string): string | null {
	try {
		return new URL(origin).host;
	} catch {
		return null;
	}
}
