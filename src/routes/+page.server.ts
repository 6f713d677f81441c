import type { PageServerLoad } from './$types';
import { loadLibrary } from '$lib/server/library';

export const load: PageServerLoad = () => {
	const articles = loadLibrary();
	return {
		articles: articles.map(({ article, events, places }) => ({
			id: article.id,
			title: article.title,
			source: article.source,
			published: article.published,
			places: places.length,
			events
		}))
	};
};
