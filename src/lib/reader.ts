/**
 * The article reader's text as nested pieces: top-level runs (plain text, a
 * boilerplate block, the sentence of one or more events), each holding inline
 * runs (plain, a place name, a date), so the page can mark them without
 * re-reading offsets.
 */
import type { Extraction, Offset } from './domain';

export interface InlineRun {
	text: string;
	kind: 'text' | 'place' | 'date';
	/** For a place: its name and id; for a date: the resolved span, as words. */
	note?: string;
	placeId?: string;
}

export interface TopRun {
	kind: 'text' | 'boilerplate' | 'event';
	eventIds: string[];
	eventTypes: string[];
	inline: InlineRun[];
}

interface Inline extends InlineRun {
	at: Offset;
}

export function readerRuns(doc: Extraction, describeDate: (d: NonNullable<Extraction['timexes'][number]['date']>) => string): TopRun[] {
	const { text } = doc.article;
	const inlines: Inline[] = [];
	for (const p of doc.places) {
		p.mentions.forEach((at, i) => {
			if (p.roles[i] === 'demonym') return;
			inlines.push({ at, text: '', kind: 'place', note: `${p.name} (${p.kind}${p.country ? `, ${p.country}` : ''}), ${p.roles[i]}`, placeId: p.id });
		});
	}
	for (const t of doc.timexes) inlines.push({ at: t.offset, text: '', kind: 'date', note: t.date ? describeDate(t.date) : 'not resolved: nothing in the text anchors it' });
	inlines.sort((a, b) => a.at[0] - b.at[0] || b.at[1] - a.at[1]);

	// Top-level ranges: event sentences (events sharing a sentence share one range) and boilerplate.
	const tops = new Map<string, { at: Offset; kind: TopRun['kind']; eventIds: string[]; eventTypes: string[] }>();
	for (const e of doc.events) {
		const key = e.offset.join(':');
		const held = tops.get(key);
		if (held) {
			held.eventIds.push(e.id);
			held.eventTypes.push(e.type);
		} else tops.set(key, { at: e.offset, kind: 'event', eventIds: [e.id], eventTypes: [e.type] });
	}
	for (const b of doc.boilerplate) tops.set(b.join(':'), { at: b, kind: 'boilerplate', eventIds: [], eventTypes: [] });
	const ranges = [...tops.values()].sort((a, b) => a.at[0] - b.at[0]);

	const runs: TopRun[] = [];
	let cursor = 0;
	const inlineRuns = (from: number, to: number): InlineRun[] => {
		const out: InlineRun[] = [];
		let at = from;
		for (const s of inlines) {
			if (s.at[0] < at || s.at[1] > to) continue; // outside, or overlapping one already shown
			if (s.at[0] > at) out.push({ text: text.slice(at, s.at[0]), kind: 'text' });
			out.push({ text: text.slice(s.at[0], s.at[1]), kind: s.kind, note: s.note, placeId: s.placeId });
			at = s.at[1];
		}
		if (to > at) out.push({ text: text.slice(at, to), kind: 'text' });
		return out;
	};
	for (const r of ranges) {
		if (r.at[0] < cursor) continue;
		if (r.at[0] > cursor) runs.push({ kind: 'text', eventIds: [], eventTypes: [], inline: inlineRuns(cursor, r.at[0]) });
		runs.push({ kind: r.kind, eventIds: r.eventIds, eventTypes: r.eventTypes, inline: inlineRuns(r.at[0], r.at[1]) });
		cursor = r.at[1];
	}
	if (cursor < text.length) runs.push({ kind: 'text', eventIds: [], eventTypes: [], inline: inlineRuns(cursor, text.length) });
	return runs;
}
