/**
 * Stage 2, sentences: splits each block at sentence ends, minding abbreviations
 * (`Jan.`, `Gen.`, `U.S.`), initials, decimals and closing quotes.
 */
import type { AnnotatedDocument, Sentence } from './document';

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set(
	('mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev st jr sr inc ltd co corp vs etc no nos fig ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun approx est dept univ ave blvd mt ft pres')
		.split(' ')
);
/** Words that start sentences: after "U.S." they mark a new one. */
const STARTERS = new Set('the a an he she it they we i this that these those but and in on at after before when while there his her its their our mr mrs ms'.split(' '));

/** Candidate ends: terminal punctuation, closing quotes or brackets, then space or an opening quote. */
const END = /[.!?]+["'”’)\]]*(?=\s+["“‘'(\[]?[\p{Lu}\d]|["“‘][\p{Lu}])/gu;

export function isSentenceEnd(text: string, at: number, mark: string): boolean {
	if (!mark.startsWith('.') || mark.length > 1) return true;
	const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
	const word = before.replace(/^.*?([\p{L}]+)$/u, '$1');
	const next = /^\s*["“‘'(]?([\p{L}\d]+)/u.exec(text.slice(at + 1, at + 30))?.[1] ?? '';
	if (/^(\p{L}\.)+\p{L}?$/u.test(before)) {
		// U.S., D.C., or an initial ("J. Smith"): an end only when a sentence clearly starts next.
		return STARTERS.has(next.toLowerCase()) && before.length > 2;
	}
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	return true;
}

export function splitSentences(doc: AnnotatedDocument): AnnotatedDocument {
	const sentences: Sentence[] = [];
	doc.blocks.forEach((block, b) => {
		const [start, end] = block.offset;
		const text = doc.text.slice(start, end);
		let from = 0;
		for (const m of text.matchAll(END)) {
			const dot = m.index + m[0].search(/[.!?]/);
			if (!isSentenceEnd(text, dot, m[0].replace(/["'”’)\]]+$/, ''))) continue;
			const to = m.index + m[0].length;
			push(start + from, start + to);
			from = to;
			while (from < text.length && /\s/.test(text[from])) from++;
		}
		push(start + from, end);
		function push(s: number, e: number) {
			while (e > s && /\s/.test(doc.text[e - 1])) e--;
			if (e > s) sentences.push({ offset: [s, e], block: b });
		}
	});
	return { ...doc, sentences };
}
