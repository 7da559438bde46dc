import { runUntil } from '../../helpers/extraction-harness';

/** `kind:id "surface"` for every mention, in text order. */
function mentions(text: string, language?: string): string[] {
  const doc = runUntil('entities', text, { language });
  return doc.mentions
    .sort((a, b) => a.sentence - b.sentence || a.start - b.start)
    .map((m) => {
      const s = doc.sentences[m.sentence];
      return `${m.kind}:${m.id}${m.possessive ? "'s" : ''} "${doc.text.slice(s.tokens[m.start].start, s.tokens[m.end - 1].end)}"`;
    });
}

describe('entities stage', () => {
  it.each([
    ['en', 'longest match: a newspaper beats its city', 'The Washington Post said so.', ['org:washington-post "The Washington Post"']],
    ['en', 'possessive of a country', "Russia's army advanced.", ["country:RUS's \"Russia\""]],
    ['de', 'German genitive of a person', 'Putins Sprecher schwieg.', ["person:vladimir-putin's \"Putins\""]],
    ['de', 'German genitive of a country', 'Russlands Armee rückte vor.', ["country:RUS's \"Russlands\""]],
    ['de', 'German adjective with an ending', 'Die französische Regierung und der britischen Botschafter.', ['country:FRA "französische"', 'country:GBR "britischen"']],
    ['en', 'a capital used as a place is no country', 'The talks took place in Minsk.', []],
    ['en', 'a capital used for its government is', 'Kyiv rejected the offer.', ['country:UKR "Kyiv"']],
    ['en', 'an ambiguous country name beside an unknown name', 'Chad Smith met Jordan Peterson.', []],
    ['en', 'an ambiguous country name alone', 'The king of Jordan spoke.', ['country:JOR "Jordan"']],
    ['en', 'a ministry built from a country and a body', "Russia's Defense Ministry said so.", ['org:russian-ministry-of-defense "Russia\'s Defense Ministry"', 'country:RUS "Russia"']],
    ['de', 'a ministry built from a German adjective', 'Das ukrainische Verteidigungsministerium meldete Angriffe.', ['org:ministry-of-defense-of-ukraine "ukrainische Verteidigungsministerium"', 'country:UKR "ukrainische"']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(mentions(text, _lang)).toEqual(expected);
  });
});
