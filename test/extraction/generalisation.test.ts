/** Cases written to check that the extractor generalises: talks with negotiators, German verb bracket, plans. */
import { interactionLines, run } from '../helpers/extraction-harness';

describe('interactions beyond the seed articles', () => {
  it.each([
    ['en', 'named negotiators take part with their delegations', 'Lavrov and Rubio held talks in Jeddah.',
      ['TALKS OCCURRED - RUS:PARTICIPANT USA:PARTICIPANT marco-rubio:PARTICIPANT sergei-lavrov:PARTICIPANT']],
    ['en', 'talks between two named countries, not the main pair', 'Turkey and Greece held talks in Athens.',
      ['TALKS OCCURRED - GRC:PARTICIPANT TUR:PARTICIPANT']],
    ['de', 'Verhandlungsführer mit ihren Staaten', 'Lawrow und Rubio verhandelten in Riad.',
      ['TALKS OCCURRED - RUS:PARTICIPANT USA:PARTICIPANT marco-rubio:PARTICIPANT sergei-lavrov:PARTICIPANT']],
    ['de', 'Perfekt mit sein: zusammengekommen', 'Macron ist mit Selenskyj in Lyon zusammengekommen.',
      ['MEETING OCCURRED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'Plusquamperfekt: hatte ... getroffen', 'Macron hatte Selenskyj vergangene Woche getroffen.',
      ['MEETING OCCURRED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'Perfekt: hat ... telefoniert', 'Pedro Sánchez hat mit Selenskyj telefoniert.',
      ['CALL OCCURRED - pedro-sanchez:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'Passiv: von X empfangen worden (X empfängt)', 'Selenskyj ist von Macron empfangen worden.',
      ['MEETING OCCURRED - emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['de', 'Modalverb: soll ... treffen ist geplant', 'Macron soll Selenskyj nächste Woche treffen.',
      ['MEETING PLANNED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'sollen sich ... wiedersehen', 'Macron und Selenskyj sollen sich bald wiedersehen.',
      ['MEETING PLANNED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'will ... empfangen', 'Macron will Selenskyj in Paris empfangen.',
      ['MEETING PLANNED - emmanuel-macron:INITIATOR volodymyr-zelenskyy:RECIPIENT']],
    ['de', 'ein Treffen ... ist geplant', 'Ein Treffen von Macron und Selenskyj ist für Oktober geplant.',
      ['MEETING PLANNED - emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
  ])('%s: %s', (lang, _what, text, expected) => {
    expect(interactionLines(run(text, { language: lang, publishedAt: '2025-03-05' }))).toEqual([...expected].sort());
  });
});

describe('actor lists', () => {
  it('counts a person known only by description at least once', () => {
    const x = run('The Ukrainian leader spoke by phone with U.S. President Donald Trump.', { publishedAt: '2019-09-20', language: 'en' });
    expect(x.persons.every((p) => p.mentions >= 1)).toBe(true);
  });

  const texts = [
    'Bundeskanzler Friedrich Merz drone strikes Ukraine.',
    'Prime Minister Keir Starmer attacked Russia in a speech.',
    'Präsident Macron lieferte der Ukraine Raketen.',
    'The Kremlin said Putin called Erdogan about Gaza.',
    'Lavrov und Rubio verhandelten in Riad.',
    'Macron struck Moscow with sanctions, Scholz said.',
  ];
  it.each(texts.map((t) => [t]))('lists every participant of %s', (text) => {
    for (const language of ['en', 'de']) {
      const x = run(text, { language, publishedAt: '2025-12-22' });
      const listed = new Set([...x.persons, ...x.countries, ...x.organizations].map((a) => a.id));
      for (const i of x.interactions) for (const p of i.participants) expect([i.id, listed.has(p.actor)]).toEqual([i.id, true]);
    }
  });
});
