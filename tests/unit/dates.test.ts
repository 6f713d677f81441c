/**
 * Date traps, each worked out from the sentence and a publication date.
 * 2022-01-07 was a Friday; 2013-03-22 was a Friday.
 */
import { describe, expect, it } from 'vitest';
import { datesInSentence } from '../../src/lib/extract/dates';

function dates(sentence: string, published: string | null = '2022-01-07', anchor: string | null = null) {
	return datesInSentence(sentence, published, anchor).found.map((f) => ({ text: sentence.slice(f.start, f.end), ...f.date }));
}

describe('weekday names', () => {
	it('go back to the most recent such day in past-tense sentences (the same day counts)', () => {
		expect(dates('Protesters stormed the building on Wednesday.')).toMatchObject([{ text: 'Wednesday', start: '2022-01-05', precision: 'day' }]);
		expect(dates('Gunfire was heard on Friday morning.')).toMatchObject([{ text: 'Friday morning', start: '2022-01-07' }]);
		expect(dates('Officials met on Saturday.')).toMatchObject([{ start: '2022-01-01' }]);
	});
	it('go forward in future-tense sentences', () => {
		expect(dates('The leaders will meet on Monday.')).toMatchObject([{ start: '2022-01-10', precision: 'day' }]);
		expect(dates('The match is scheduled for 15:00 GMT Saturday.', '2013-03-22')).toMatchObject([{ start: '2013-03-23' }]);
	});
	it('stay unresolved without a publication date: never resolved against today', () => {
		expect(dates('Protesters stormed the building on Wednesday.', null)).toMatchObject([{ text: 'Wednesday' }]);
		expect(dates('Protesters stormed the building on Wednesday.', null)[0].start).toBeUndefined();
		expect(dates('It happened three years ago.', null)[0].start).toBeUndefined();
	});
});

describe('relative expressions', () => {
	it('"since Wednesday" is a range ending at publication', () => {
		expect(dates('The Internet has been down since Wednesday.')).toMatchObject([{ text: 'since Wednesday', start: '2022-01-05', end: '2022-01-07', precision: 'range' }]);
	});
	it('"three years ago" is a year', () => {
		expect(dates('He handed over the presidency three years ago.')).toMatchObject([{ start: '2019-01-01', end: '2019-12-31', precision: 'year' }]);
	});
	it('"the day before" counts from the date the sentence established, not from publication', () => {
		expect(dates('On Tuesday, soldiers were fighting protesters who had gathered the day before.')).toMatchObject([
			{ text: 'Tuesday', start: '2022-01-04' },
			{ text: 'the day before', start: '2022-01-03', precision: 'day' }
		]);
	});
	it('"a day later" counts from the paragraph\'s date when the sentence has none', () => {
		expect(dates('A day later, troops arrived.', '2022-01-07', '2022-01-05')).toMatchObject([{ start: '2022-01-06' }]);
	});
	it('"the day before" with nothing established stays unresolved', () => {
		expect(dates('Soldiers had been fighting the day before.')[0].start).toBeUndefined();
	});
	it('"one day after" an undated event stays unresolved', () => {
		expect(dates('This happened one day after Russia sent troops.')[0]).toMatchObject({ text: 'one day after' });
		expect(dates('This happened one day after Russia sent troops.')[0].start).toBeUndefined();
		// Even with a date established in the paragraph, the day after an event is not the day after that date.
		expect(dates('This happened one day after Russia sent troops.', '2022-01-07', '2022-01-05')[0].start).toBeUndefined();
	});
	it('"the day before" an event counts from that event, even when the sentence has a date', () => {
		// Sunday (2022-01-02) is the day the sentence established; the arrests were the day before the vote, whose day is not given.
		expect(dates('Police arrested 40 people on Sunday, the day before the vote was held.')).toMatchObject([
			{ text: 'Sunday', start: '2022-01-02' },
			{ text: 'the day before' }
		]);
		expect(dates('Police arrested 40 people on Sunday, the day before the vote was held.')[1].start).toBeUndefined();
		// Followed by a place, it still counts from Sunday.
		expect(dates('Police arrested 40 people on Sunday; they had marched the day before in Almaty.')[1]).toMatchObject({ start: '2022-01-01' });
		// "Two days later" is an adverb: the words after it are the event, not its anchor.
		expect(dates('Two days later the army moved in.', '2022-01-07', '2022-01-04')).toMatchObject([{ start: '2022-01-06' }]);
	});
	it('a weekday in a quotation counts from when it was said, if the sentence says when', () => {
		// Written in an e-mail on an undated day: the Sunday is not the one before publication.
		const email = 'Call me Sunday night at 8 PM at the resort," Raymond Roth wrote in an e-mail to his son the day before the son reported him missing.';
		expect(dates(email, '2013-03-22').map((d) => [d.text, d.start])).toEqual([
			['Sunday night at 8 PM', undefined],
			['the day before', undefined]
		]);
		// Said on Wednesday 2022-01-05: "Monday" in the quote, in the future, is 2022-01-10.
		expect(dates('"Troops will leave on Monday," the minister said on Wednesday.')).toMatchObject([
			{ text: 'Monday', start: '2022-01-10' },
			{ text: 'Wednesday', start: '2022-01-05' }
		]);
		// No date for the speaking: the quote counts from publication, as the rest of the article does.
		expect(dates('"We stormed the square on Wednesday," a protester said.')).toMatchObject([{ text: 'Wednesday', start: '2022-01-05' }]);
	});
	it('weeks, months and years relative to publication', () => {
		expect(dates('Prices rose this week.', '2013-03-22')).toMatchObject([{ start: '2013-03-18', end: '2013-03-24', precision: 'week' }]);
		expect(dates('Deaths were reported in the last week.', '2013-03-22')).toMatchObject([{ start: '2013-03-11', precision: 'week' }]);
		expect(dates('Sales fell last year.', '2013-03-22')).toMatchObject([{ start: '2012-01-01', precision: 'year' }]);
		expect(dates('It started six years ago.', '2013-03-21')).toMatchObject([{ start: '2007-01-01', precision: 'year' }]);
		expect(dates('Protests began yesterday.')).toMatchObject([{ start: '2022-01-06', precision: 'day' }]);
	});
});

describe('month names and years', () => {
	it('a month alone goes back in past tense and forward in future tense', () => {
		expect(dates('The virus spread in early December.', '2013-03-22')).toMatchObject([{ start: '2012-12-01', end: '2012-12-31', precision: 'month' }]);
		expect(dates('The vote will be held in June.', '2013-03-18')).toMatchObject([{ start: '2013-06-01', precision: 'month' }]);
		expect(dates('It ended late last July.', '2013-03-22')).toMatchObject([{ start: '2012-07-01', precision: 'month' }]);
	});
	it('a full date is a day; a month and year is a month; a year is a year', () => {
		expect(dates('The law passed on January 5, 2022.')).toMatchObject([{ start: '2022-01-05', precision: 'day' }]);
		expect(dates('He was elected in May 2010.')).toMatchObject([{ start: '2010-05-01', precision: 'month' }]);
		expect(dates('The pandemic of 2009-2010 killed 348 children.')).toMatchObject([
			{ text: '2009', precision: 'year' },
			{ text: '2010', precision: 'year' }
		]);
	});
	it('a month takes the year written after it ("that January day in 2011"), not the publication\'s', () => {
		expect(dates("Ms. Ayotte's induction that January day in 2011 was a first.", '2013-03-21')).toMatchObject([
			{ text: 'January', start: '2011-01-01', precision: 'month' },
			{ text: '2011', precision: 'year' }
		]);
	});
	it('"the end of year" is the year the sentence is already in', () => {
		expect(dates('The season started in early December and peaked by the end of year.', '2013-03-22')).toMatchObject([
			{ text: 'early December', start: '2012-12-01', precision: 'month' },
			{ text: 'the end of year', start: '2012-01-01', precision: 'year' }
		]);
		expect(dates('Prices will rise by the end of the year.', '2013-03-22')).toMatchObject([{ start: '2013-01-01', precision: 'year' }]);
	});
	it('"May" the verb is not a month; counts are not years', () => {
		expect(dates('Officials said there may be more.')).toEqual([]);
		expect(dates('About 2000 troops were sent.')).toEqual([]);
	});
	it('durations are not dates', () => {
		expect(dates('It was the worst violence in 30 years.')).toEqual([]);
		expect(dates('Troops will stay for days or weeks.')).toEqual([]);
	});
});
