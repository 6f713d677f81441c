import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { libraryArticle } from '$lib/server/library';
import { readerRuns } from '$lib/reader';
import { formatDate } from '$lib/format';

export const load: PageServerLoad = ({ params }) => {
	const doc = libraryArticle(params.id);
	if (!doc) error(404, `No article with id ${params.id}`);
	const { text: _text, ...article } = doc.article;
	return {
		article,
		events: doc.events.map(({ id, title, type, date }) => ({ id, title, type, when: formatDate(date ? { ...date } : null) })),
		runs: readerRuns(doc, (d) => formatDate({ ...d, text: '' }))
	};
};
