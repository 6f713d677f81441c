/**
 * Reading: formats, titles, publication dates and boilerplate.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../../src/lib/extract/read';
import { isHeadline } from '../../src/lib/extract/boilerplate';
import { splitSentences } from '../../src/lib/extract/sentences';
import { extractText } from './helpers';

const zones = (doc: ReturnType<typeof read>) => doc.blocks.map((b) => [b.zone, doc.text.slice(b.offset[0], b.offset[1])]);

describe('reading an article', () => {
	it('takes Markdown front matter and leaves the text after it', () => {
		const doc = read({ name: 'a.md', content: '---\ntitle: "Unrest in Almaty"\npublished: 2022-01-07T10:00:00Z\nurl: https://example.org/a\n---\nFirst paragraph.\n' });
		expect(doc.meta).toMatchObject({ title: 'Unrest in Almaty', published: '2022-01-07', url: 'https://example.org/a', publishedFrom: 'front matter' });
		expect(doc.text).toBe('First paragraph.\n');
	});

	it('reads a wire dateline: the city and day, and no year to invent', () => {
		const doc = read({ name: 'w.txt', content: 'Troops patrol Almaty\n\nALMATY, Jan 7 (Reuters) - Gunfire rang out on Friday.' });
		expect(zones(doc)).toEqual([
			['title', 'Troops patrol Almaty'],
			['dateline', 'ALMATY, Jan 7 (Reuters) - '],
			['story', 'Gunfire rang out on Friday.']
		]);
		expect(doc.meta.published).toBeNull();
	});

	it('reads "Published 7 January 2022"', () => {
		const doc = read({ name: 'p.txt', content: 'Headline here\n\nPublished 7 January 2022\n\nThe story.' });
		expect(doc.meta).toMatchObject({ published: '2022-01-07', publishedFrom: 'dateline' });
	});

	it('takes the main text of a saved page, leaving navigation out', () => {
		const html = `<!doctype html><html><head><title>Unrest | Example</title><meta property="article:published_time" content="2022-01-07T09:00:00Z"><meta property="og:site_name" content="Example News"></head>
		<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Unrest in Almaty</h1>
		<p>Security forces appeared to control the streets of Almaty on Friday morning, but gunfire was still heard, witnesses said.</p>
		<p>The interior minister said 26 armed criminals had been eliminated and 18 officers killed since the protests began on Sunday.</p>
		<p>State television reported more than 3,700 arrests across the country, and the Internet has been down since Wednesday.</p></article>
		<footer>Copyright Example News</footer></body></html>`;
		const doc = read({ name: 'page.html', content: html });
		expect(doc.meta).toMatchObject({ published: '2022-01-07', source: 'Example News' });
		expect(doc.text).toContain('gunfire was still heard');
		expect(doc.text).not.toContain('Home');
		expect(doc.text).not.toContain('Copyright');
	});

	it('tells related headlines from story sentences', () => {
		expect(isHeadline('Foreign Troops enter Kazakhstan as Peacekeepers')).toBe(true);
		expect(isHeadline('Grenades, Tear Gas, State of Emergency. New clashes over Increase of LPG Prices in Kazakhstan')).toBe(true);
		expect(isHeadline('Nazarbayev has not been seen or heard since the protests began.')).toBe(false);
	});

	it('keeps a story paragraph that a copy ran into its copyright line; only the line is furniture', () => {
		const story =
			'WASHINGTON (AP) - The National Guard was sent to the border with Mexico on Thursday, officials said. ' +
			'Governors in Texas and Arizona welcomed the deployment, which had been announced a week earlier. ' +
			'A spokesman said more troops could follow if crossings rose again in the spring.';
		const footer = 'Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
		const doc = extractText(`${story} ${footer}`, '2018-04-06');
		expect(doc.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Mexico', 'Texas', 'Arizona']));
		expect(doc.events.length).toBeGreaterThan(0);
		expect(doc.boilerplate.map(([a, b]) => doc.article.text.slice(a, b))).toEqual([footer]);
	});

	it('reads furniture words at the top of a long story paragraph as story', () => {
		const paragraph =
			'Police in Almaty said on Monday that a newsletter calling for protests had been seized at a printing house near the main square. ' +
			'Officers detained four men who, they said, had printed thousands of copies over the weekend and planned to hand them out at the university. ' +
			'Relatives of the men gathered outside the police station in the evening and demanded to see them, witnesses said. ' +
			'The city administration said the square would stay closed until Wednesday, and that public transport would run on a shortened timetable. ' +
			'Shops on the main avenue stayed shut, and banks limited cash withdrawals to the equivalent of a few hundred dollars a day.';
		expect(extractText(paragraph, '2022-01-10').places.map((p) => p.name)).toContain('Almaty');
	});

	it('reads an appeal word inside a long story paragraph as story', () => {
		const paragraph =
			'Doctors in Toronto said on Monday that the man had found a kidney donor after his daughter posted flyers around the city. ' +
			'The donor, who had registered to donate her organs years ago, met the family at the hospital, where the transplant was carried out. ' +
			'The hospital said both were recovering.';
		expect(extractText(paragraph, '2018-04-06').places.map((p) => p.name)).toContain('Toronto');
	});
});

describe('sentences', () => {
	const split = (text: string) => {
		const doc = splitSentences(read({ name: 's.txt', content: text }));
		return doc.sentences.map((s) => doc.text.slice(s.offset[0], s.offset[1]));
	};
	it('mind abbreviations, initials, decimals and quotes', () => {
		expect(split('On Jan. 7 the U.S. embassy said 3.5 million people were affected. Gen. Smith agreed.')).toEqual([
			'On Jan. 7 the U.S. embassy said 3.5 million people were affected.',
			'Gen. Smith agreed.'
		]);
		expect(split('“We will fight,” he said in a televised address.“I ordered it.” The U.S. The end.')).toEqual([
			'“We will fight,” he said in a televised address.',
			'“I ordered it.”',
			'The U.S.',
			'The end.'
		]);
	});
});
