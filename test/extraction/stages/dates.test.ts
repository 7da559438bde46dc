import { findDates } from '../../../src/extraction/interactions/date-expressions';
import { getKnowledge } from '../../../src/knowledge';
import { run, runUntil } from '../../helpers/extraction-harness';

/** Date expressions of a one-sentence text: `past/future` per expression. */
function dates(text: string, language: string, publishedAt: string): string[] {
  const doc = runUntil('sentences', text, { language, publishedAt });
  const lex = getKnowledge().languages.get(language)!.dates;
  return findDates(doc.sentences[0], lex, publishedAt).map((d) => `${d.past}/${d.future}${d.since ? ' since' : ''}`);
}

describe('dates stage', () => {
  // 2025-06-12 is a Thursday.
  it.each([
    ['en', 'on Monday: the last Monday on or before publication', 'They met on Monday.', ['2025-06-09/2025-06-16']],
    ['en', 'the weekday of publication is that day', 'They met on Thursday.', ['2025-06-12/2025-06-12']],
    ['de', 'am Montag', 'Sie trafen sich am Montag.', ['2025-06-09/2025-06-16']],
    ['en', 'next Monday', 'They meet next Monday.', ['2025-06-16/2025-06-16']],
    ['en', 'month and day in the publication year', 'They met on June 3.', ['2025-06-03/2025-06-03']],
    ['en', 'a month-day after publication is last year, unless planned', 'They met on July 3.', ['2024-07-03/2025-07-03']],
    ['de', 'German ordinal date', 'Sie trafen sich am 3. Juni.', ['2025-06-03/2025-06-03']],
    ['en', 'with a year', 'They met on March 5, 2023.', ['2023-03-05/2023-03-05']],
    ['en', 'yesterday and today', 'Yesterday they spoke and today they met.', ['2025-06-11/2025-06-11', '2025-06-12/2025-06-12']],
    ['de', 'gestern', 'Gestern sprachen sie.', ['2025-06-11/2025-06-11']],
    ['en', 'a period gives no day', 'They met last week.', []],
    ['en', '"since" marks an earlier event', 'It was their first call since May 19.', ['2025-05-19/2025-05-19 since']],
    ['en', '"may" the verb is no month', 'They may meet 3 times.', []],
  ])('%s: %s', (lang, _what, text, expected) => {
    expect(dates(text, lang, '2025-06-12')).toEqual(expected);
  });

  it('never invents a date: without publishedAt a weekday stays unknown', () => {
    expect(run('Trump called Putin on Monday.', { publishedAt: null }).interactions[0].date).toBeNull();
  });

  it('dates a planned event in the future tense ahead of publication', () => {
    expect(run('Trump will call Putin on Monday.').interactions.map((i) => [i.status, i.date])).toEqual([['PLANNED', '2025-06-16']]);
  });

  it('does not date an event by a date inside a quotation', () => {
    expect(run('"I talked to him today," Trump said of his call with Putin.', { publishedAt: '2025-06-12' })
      .interactions.map((i) => [i.type, i.date])).toEqual([['STATEMENT', null], ['CALL', null]]);
  });
});
