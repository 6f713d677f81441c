import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Cross-site form posts are refused in hooks.server.ts instead, so that API
		// clients (curl, scripts) can POST text/plain to /api/articles as the contract says.
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
