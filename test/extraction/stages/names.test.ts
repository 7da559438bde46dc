import { run } from '../../helpers/extraction-harness';

describe('names stage', () => {
  it.each([
    ['en', 'an unknown name that speaks', 'John Mearsheimer said the war would last years.', ['john-mearsheimer:OTHER'], ['STATEMENT:john-mearsheimer']],
    ['en', 'an apposition with an adjective', 'Michael Kofman, a military analyst, said Russia would advance.', ['michael-kofman:OTHER'], ['STATEMENT:michael-kofman']],
    ['en', 'an organization-like name is no person', 'The Security Council said nothing.', [], []],
    ['en', 'a subject after "said" only after a quotation', 'Analysts said Russia would advance.', [], []],
    ['de', 'a German name that speaks', 'Laut Gustav Gressel ist die Lage ernst.', ['gustav-gressel:OTHER'], ['STATEMENT:gustav-gressel']],
  ])('%s: %s', (lang, _what, text, persons, interactions) => {
    const x = run(text, { language: lang });
    expect([x.persons.map((p) => `${p.id}:${p.role}`), x.interactions.map((i) => `${i.type}:${i.participants[0].actor}`)])
      .toEqual([persons, interactions]);
  });
});
