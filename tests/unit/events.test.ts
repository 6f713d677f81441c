/**
 * Event traps: words that look like triggers but report no such event, and titles a reader can scan.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from '../../src/lib/extract/events';
import { extractText } from './helpers';

const titles = (text: string) => extractText(text).events.map((e) => e.title);

describe('event types', () => {
	it('a figurative battle is politics, not an armed clash', () => {
		expect(typeOf('She is charged with shaping the strategy in the fiscal battle dominating Capitol Hill.')).not.toBe('armed clash');
		expect(typeOf('Soldiers battled gunmen near the airport.')).toBe('armed clash');
	});
	it('a trigger inside a name is the name: the "Violence Against Women Act" is a law', () => {
		expect(typeOf('The senators voted to reauthorize the Violence Against Women Act.')).toBeNull();
		expect(typeOf('Violence erupted in the capital.')).toBe('violence');
	});
	it('a flu shot is not gunfire', () => {
		expect(typeOf('Only about half of children get a flu shot.')).toBeNull();
		expect(typeOf('A man was shot in the head.')).toBe('violence');
	});
	it('marching toward someone is not a protest march', () => {
		expect(typeOf('A doorman marched toward her with purpose.')).toBeNull();
		expect(typeOf('Thousands marched through the capital.')).toBe('protest');
	});
});

describe('titles', () => {
	it('a statement that opens with its quote reads "Speaker: “quote”", or the quote alone after a pronoun', () => {
		expect(titles('"It is time to remove the air bags," said Stephen Jen, a former economist.')).toEqual(['Stephen Jen: “It is time to remove the air bags”']);
		expect(titles('"We will not register as foreign agents," he said.')).toEqual(['“We will not register as foreign agents”']);
	});
	it('who reported it: a passive "were reported" names no source; "reports" can be a noun', () => {
		const [deaths] = extractText('Six of the deaths were reported in the last week, CDC officials said.', '2013-03-22').events;
		expect(deaths).toMatchObject({ type: 'casualties', attribution: 'CDC officials', date: { start: '2013-03-11', precision: 'week' } });
		expect(deaths.title).toBe('Six of the deaths reported');
		expect(extractText('Since then, flu reports have been dropping off across the country.').events[0]?.attribution ?? null).toBeNull();
	});
	it('a title\'s full stop does not end the name of who said it', () => {
		expect(extractText("Six children died of flu last week, said the CDC's Dr. Michael Jhung.", '2013-03-22').events[0].attribution).toBe("the CDC's Dr. Michael Jhung");
	});
	it('a year range taken out of a title leaves nothing behind', () => {
		expect(titles('One exception was the pandemic of 2009-2010, when 348 children died.')).toEqual(['One exception was the pandemic, when 348 children died']);
	});
	it('a date taken out of a title takes its possessive with it', () => {
		expect(titles('Police arrested 40 people after Friday\'s march through the capital.')[0]).toBe('Police arrested 40 people after march through the capital');
	});
});
