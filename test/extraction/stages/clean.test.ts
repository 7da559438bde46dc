import { runUntil } from '../../helpers/extraction-harness';

describe('clean stage', () => {
  it.each([
    ['en', 'drops an "Also Read" line', 'Trump called Putin.\n\nAlso Read: Five things to know about the summit\n\nThe call lasted an hour.',
      'Trump called Putin.\n\nThe call lasted an hour.'],
    ['de', 'drops a "Lesen Sie auch" line', 'Merz reiste nach Kiew.\nLesen Sie auch: Was der Besuch bedeutet\nEr traf Selenskyj.',
      'Merz reiste nach Kiew.\n\nEr traf Selenskyj.'],
    ['en', 'drops a byline', 'By John Smith and Jane Doe\nPutin spoke on Monday.', 'Putin spoke on Monday.'],
    ['en', 'drops a section heading that is not a sentence', 'Putin spoke on Monday.\n\nWhat comes next\n\nTalks resume in July.',
      'Putin spoke on Monday.\n\nTalks resume in July.'],
    ['de', 'joins a hyphen that lost its left side', 'Der US -Präsident lehnte Ceasefire -Anrufe ab.', 'Der US-Präsident lehnte Ceasefire-Anrufe ab.'],
    ['de', 'splits two sentences that lost their space', 'Der Krieg begann.Früher am Montag sprach er.', 'Der Krieg begann. Früher am Montag sprach er.'],
    ['en', 'normalises quotes, apostrophes and dashes', '“No,” Russia’s envoy said—again.', '"No," Russia\'s envoy said - again.'],
    ['en', 'removes space before punctuation', 'It ended in Ukraine , Trump said .', 'It ended in Ukraine, Trump said.'],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(runUntil('clean', text).text).toBe(expected);
  });

  it('takes publishedAt from a leading " date" line and removes it', () => {
    const doc = runUntil('clean', ' date 2024-11-11 Washington: Trump spoke.', { publishedAt: undefined });
    expect([doc.publishedAt, doc.text]).toEqual(['2024-11-11', 'Washington: Trump spoke.']);
  });

  it('lets ExtractionInput.publishedAt win over the date line', () => {
    expect(runUntil('clean', ' date 2024-11-11\nTrump spoke.', { publishedAt: '2025-01-02' }).publishedAt).toBe('2025-01-02');
  });

  it.each([
    ['a short first line without a period', 'Trump and Putin speak by phone\n\nThe two leaders spoke on Monday.', 'Trump and Putin speak by phone'],
    ['no title when the first line is a sentence', 'The two leaders spoke on Monday.\n\nThey agreed to talk again.', null],
    ['no title for a single line', 'Trump and Putin speak by phone', null],
  ])('title: %s', (_what, text, title) => {
    expect(runUntil('clean', text).title).toBe(title);
  });
});
