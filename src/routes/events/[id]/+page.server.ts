import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getStore, type Correction } from '$lib/server/store';
import { loadGazetteer } from '$lib/server/gazetteer';
import { searchPlaces } from '$lib/server/place-search';
import { EVENT_TYPES, type EventType, type Precision } from '$lib/domain';
import { isValidIso } from '$lib/extract/calendar';

export const load: PageServerLoad = async ({ params, url }) => {
	const store = await getStore();
	const event = await store.event(params.id);
	if (!event) error(404, `No event with id ${params.id}`);
	const q = url.searchParams.get('place')?.trim() ?? '';
	return { event, corrections: await store.corrections(params.id), placeQuery: q, placeChoices: q ? searchPlaces(loadGazetteer(), q) : [] };
};

const PRECISIONS: Precision[] = ['day', 'week', 'month', 'year', 'range'];

/** A journalist's correction: kept apart from the loader's output, with who made it and when. */
export const actions: Actions = {
	default: async ({ request, params }) => {
		const form = await request.formData();
		const get = (k: string) => String(form.get(k) ?? '').trim();
		const author = get('author');
		if (!author) return fail(400, { error: 'author: say who makes the correction' });
		const c: Correction = { author, note: get('note') || undefined };
		const store = await getStore();
		const event = await store.event(params.id);
		if (!event) error(404, `No event with id ${params.id}`);
		if (get('title') && get('title') !== event.title) c.title = get('title');
		const type = get('type');
		if (type && type !== event.type) {
			if (!(EVENT_TYPES as readonly string[]).includes(type)) return fail(400, { error: `type: "${type}" is not an event type` });
			c.type = type as EventType;
		}
		if (form.get('noDate') === 'on') c.date = null;
		else if (get('start')) {
			const start = get('start');
			const precision = get('precision') as Precision;
			const end = get('end') || start;
			if (!isValidIso(start) || !isValidIso(end)) return fail(400, { error: 'date: start and end must be dates' });
			if (end < start) return fail(400, { error: 'date: the end is before the start' });
			if (!PRECISIONS.includes(precision)) return fail(400, { error: 'precision: choose day, week, month, year or range' });
			if (start !== event.date?.start || end !== event.date?.end || precision !== event.date?.precision) c.date = { start, end, precision };
		}
		if (form.get('noPlace') === 'on') c.place = null;
		else if (get('placeChoice')) {
			try {
				c.place = JSON.parse(get('placeChoice'));
			} catch {
				return fail(400, { error: 'place: choose a place from the list' });
			}
		}
		if (form.get('wrong') === 'on' && !event.correction?.wrong) c.wrong = true;
		if (form.get('wrong') !== 'on' && event.correction?.wrong) c.wrong = false;
		if (Object.keys(c).length <= 2) return fail(400, { error: 'nothing to correct: change a field, or mark the event as wrong' });
		await store.correct(params.id, c);
		redirect(303, `/events/${params.id}?saved=1`);
	}
};
