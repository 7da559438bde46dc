import { run, runUntil } from '../../helpers/extraction-harness';

const person = (text: string, id: string, date?: string) => {
  const p = run(text, date ? { publishedAt: date } : {}).persons.find((x) => x.id === id);
  return p && { name: p.name, role: p.role, country: p.country, organization: p.organization };
};

describe('titles stage', () => {
  it.each([
    ['en', 'title before a new name', 'Kremlin aide Yevgeny Kostin said talks would resume.', 'yevgeny-kostin',
      { name: 'Yevgeny Kostin', role: 'OFFICIAL', country: 'RUS', organization: 'kremlin' }],
    ['en', 'country + title before a new name', 'U.S. Deputy Secretary Martin Holloway visited Kyiv.', 'martin-holloway',
      { name: 'Martin Holloway', role: 'OFFICIAL', country: 'USA', organization: null }],
    ['en', 'apposition after a new name', 'Mara Jensen, the Danish foreign minister, said Denmark would help.', 'mara-jensen',
      { name: 'Mara Jensen', role: 'OFFICIAL', country: 'DNK', organization: null }],
    ['de', 'apposition before a new name', 'Der Sprecher des Weißen Hauses, Tom Berger, sagte nichts dazu.', 'tom-berger',
      { name: 'Tom Berger', role: 'OFFICIAL', country: 'USA', organization: 'white-house' }],
    ['en', '"of <country>" after the name', 'Prime Minister Ravi Kumar of India arrived.', 'ravi-kumar',
      { name: 'Ravi Kumar', role: 'LEADER', country: 'IND', organization: null }],
    ['en', 'a journalist is OTHER', 'Journalist Anna Weber reported from the front.', 'anna-weber',
      { name: 'Anna Weber', role: 'OTHER', country: null, organization: null }],
  ])('%s: %s', (_lang, _what, text, id, expected) => {
    expect(person(text, id)).toEqual(expected);
  });

  it.each([
    ['en', 'the Russian president', 'The Russian president spoke.', '2025-06-12', 'vladimir-putin'],
    ['de', 'der ukrainische Präsident', 'Der ukrainische Präsident sprach.', '2025-06-12', 'volodymyr-zelenskyy'],
    ['en', 'the US president before the 2025 inauguration', 'The US president spoke.', '2024-12-01', 'joe-biden'],
    ['en', 'the US president after it', 'The US president spoke.', '2025-06-12', 'donald-trump'],
    ['en', 'the U.S. president-elect', 'The U.S. president-elect spoke.', '2024-12-01', 'donald-trump'],
  ])('%s: resolves a title-only reference by date: %s', (_lang, _what, text, date, id) => {
    const doc = runUntil('titles', text, { publishedAt: date });
    expect(doc.mentions.filter((m) => m.kind === 'person').map((m) => [m.id, m.form, m.named])).toEqual([[id, 'description', false]]);
  });

  it('resolves "the Russian leader" to the leader the article names when a country has several', () => {
    const doc = runUntil('titles', 'Putin arrived in Minsk. The Russian leader spoke.');
    expect(doc.mentions.filter((m) => m.kind === 'person').map((m) => [m.sentence, m.id, m.form])).toEqual([
      [0, 'vladimir-putin', 'name'], [1, 'vladimir-putin', 'description'],
    ]);
  });

  it('does not list a person who is only described', () => {
    expect(run('The Russian president spoke.').persons).toEqual([]);
  });

  it('marks an unnamed official as nobody', () => {
    const doc = runUntil('titles', 'A senior U.S. official said so.');
    expect(doc.mentions.map((m) => [m.kind, m.attributive])).toEqual([['country', true], ['blocker', false]]);
  });
});
