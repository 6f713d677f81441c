import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getStore } from '$lib/server/store';
import { readerRuns } from '$lib/reader';
import { formatDate } from '$lib/format';

export const load: PageServerLoad = async ({ params }) => {
	const doc = await (await getStore()).article(params.id);
	if (!doc) error(404, `No article with id ${params.id}`);
	const { text: _text, ...article } = doc.article;
	return {
		article,
		events: doc.events.map(({ id, title, type, date, correction }) => ({ id, title, type, when: formatDate(date), wrong: !!correction?.wrong })),
		runs: readerRuns(doc, (d) => formatDate({ ...d, text: '' }))
	};
};
