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

/** Date and participants of each spoke-to interaction of a text (2025-06-12 is a Thursday). */
function contactDates(text: string, language: string): string[] {
  return run(text, { language, publishedAt: '2025-06-12' }).interactions
    .filter((i) => ['CALL', 'MEETING', 'TALKS', 'CONSULTATION'].includes(i.type))
    .map((i) => `${i.type} ${i.date ?? '-'} ${i.participants.map((p) => p.actor).sort().join('+')}`);
}

describe('dates stage: a contact without a date takes the date of the occasion it continues', () => {
  it.each([
    ['en', 'the same two states, one sentence later',
      'U.S. and Russian officials agreed on Tuesday to reopen embassies. Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov held talks for four hours.',
      ['TALKS 2025-06-10 RUS+USA+marco-rubio+sergei-lavrov']],
    ['en', '"that evening" counts from the earlier date',
      'Macron gave a speech in Berlin on Monday. That evening Scholz called Biden.',
      ['CALL 2025-06-09 joe-biden+olaf-scholz']],
    ['en', '"the previous day" is one day before the earlier date',
      'Scholz arrived in Warsaw on Wednesday. Baerbock had met Sikorski in Warsaw the previous day.',
      ['MEETING 2025-06-10 annalena-baerbock+radoslaw-sikorski']],
    ['de', '"dabei" continues the dated occasion of the same person',
      'Bundeskanzler Olaf Scholz hat am Montag in Warschau eine Rede gehalten. Scholz traf dabei den polnischen Ministerpräsidenten Donald Tusk.',
      ['MEETING 2025-06-09 donald-tusk+olaf-scholz']],
    ['de', '"am Vortag" ist ein Tag vor dem genannten Datum',
      'Scholz reiste am Mittwoch nach Paris. Baerbock war bereits am Vortag mit ihrem Amtskollegen Sikorski zusammengekommen.',
      ['MEETING 2025-06-10 annalena-baerbock+radoslaw-sikorski']],
    ['de', '"am Abend" ist der Tag des zuletzt genannten Datums',
      'Putin empfing am Mittwoch Witkoff im Kreml. Am Abend telefonierte Selenskyj mit Trump.',
      ['CALL 2025-06-11 donald-trump+volodymyr-zelenskyy', 'MEETING 2025-06-11 steve-witkoff+vladimir-putin']],
  ])('%s: %s', (lang, _what, text, expected) => {
    expect(contactDates(text, lang).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['en', 'other parties and no back-reference keep no date',
      'Macron gave a speech in Berlin on Monday. Erdogan and Putin met in Sochi.',
      ['MEETING - recep-tayyip-erdogan+vladimir-putin']],
    ['en', 'a date of a different event in between stops the search',
      'Trump and Putin met in Alaska on Friday. Rubio spoke to Lavrov, Reuters reported on Monday. Macron and Scholz held talks.',
      ['MEETING 2025-06-06 donald-trump+vladimir-putin', 'CONSULTATION 2025-06-09 marco-rubio+sergei-lavrov', 'TALKS - DEU+FRA+emmanuel-macron+olaf-scholz']],
    ['de', 'ein einziges gemeinsames Land genügt nicht ohne Rückverweis',
      'Ungarn übernahm am 1. Juni den EU-Vorsitz. Orbán traf Putin in Moskau.',
      ['MEETING - viktor-orban+vladimir-putin']],
    ['de', 'ein geplantes Treffen übernimmt kein Datum',
      'Merz traf Macron am Montag in Paris. Merz will Tusk in Warschau treffen.',
      ['MEETING 2025-06-09 emmanuel-macron+friedrich-merz', 'MEETING - donald-tusk+friedrich-merz']],
    ['en', 'a date after publication belongs to something still ahead',
      'Trump wants a deal before he takes office on January 20, 2026. Trump and Putin held the call from Florida.',
      ['CALL - donald-trump+vladimir-putin']],
    ['de', 'ein Datum nach der Veröffentlichung liegt noch vor uns',
      'Merz will bis zum 3. Oktober 2026 eine Einigung. Dabei traf Merz Macron in Paris.',
      ['MEETING - emmanuel-macron+friedrich-merz']],
  ])('%s: never invents a date: %s', (lang, _what, text, expected) => {
    expect(contactDates(text, lang).sort()).toEqual([...expected].sort());
  });
});
