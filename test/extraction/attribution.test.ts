/**
 * Speaker and party attribution around titles (possessors are not speakers), aid pauses named
 * by a noun, persons introduced by unusual titles and names, and the names of state bodies.
 */
import { expectExtraction, interactionLines, run } from '../helpers/extraction-harness';

describe('attribution around titles', () => {
  it.each([
    ['de', 'the possessor of a title is not the inverted speaker', '„Die Gespräche waren nützlich“, sagte Putins außenpolitischer Berater Juri Uschakow.',
      ['STATEMENT OCCURRED - yuri-ushakov:SPEAKER']],
    ['en', 'the possessor of a title is not the speaker', "Putin's foreign policy aide Yuri Ushakov said the talks were useful.",
      ['STATEMENT OCCURRED - yuri-ushakov:SPEAKER']],
    ['de', 'possessors of relational nouns are no parties', 'Merz\' Vorgänger Olaf Scholz hatte Trumps Vorgänger Joe Biden im Weißen Haus getroffen.',
      ['MEETING OCCURRED - joe-biden:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['en', 'possessors of relational nouns are no parties', "Trump's predecessor Joe Biden met Merz's predecessor Olaf Scholz in Berlin.",
      ['MEETING OCCURRED - joe-biden:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['de', 'an organization prefix of a title is not a party', 'EU-Ratspräsident Charles Michel kritisierte den Besuch scharf.', []],
    ['en', 'a verb followed by its object is no verb-final clause', 'Council President Charles Michel sharply criticised the visit.', []],
  ])('%s: %s', (_lang, _what, text, lines) => {
    expect(interactionLines(run(text, { publishedAt: '2024-07-05' }))).toEqual(lines);
  });

  it.each([
    ['en', "Macron's spokesperson said the meeting went well."],
    ['de', 'Macrons Sprecherin sagte, das Treffen sei gut verlaufen.'],
  ])('%s: an unnamed spokesperson of a named leader says nothing we can attribute: %s', (_lang, text) => {
    expect(run(text).interactions.filter((i) => i.type === 'STATEMENT')).toEqual([]);
  });
});

describe('aid named by a noun with a possessive pronoun', () => {
  it.each([
    ['de', 'Anfang Juli hatten die USA einen Teil ihrer Waffenlieferungen an die Ukraine ausgesetzt.', 'AID OCCURRED - UKR:RECIPIENT USA:INITIATOR'],
    ['de', 'Deutschland hat seine Rüstungsexporte nach Israel teilweise gestoppt.', 'AID OCCURRED - DEU:INITIATOR ISR:RECIPIENT'],
    ['en', 'Germany has partly halted its arms exports to Israel.', 'AID OCCURRED - DEU:INITIATOR ISR:RECIPIENT'],
    ['en', 'The United States paused weapons deliveries to Ukraine.', 'AID OCCURRED - UKR:RECIPIENT USA:INITIATOR'],
  ])('%s: %s', (_lang, text, line) => {
    expect(interactionLines(run(text))).toEqual([line]);
  });
});

describe('persons introduced by title', () => {
  it.each([
    ['en', 'a two-letter family name shaped like a pronoun', 'Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in London.', 'he-lifeng', 'OFFICIAL'],
    ['en', 'a regnal number', 'The pope will meet Ecumenical Patriarch Bartholomew I in Istanbul.', 'bartholomew-i', 'OTHER'],
    ['de', 'a hyphenated name after a compound title', 'UN-Sonderkoordinatorin Jeanine Hennis-Plasschaert sagte, die Lage sei ernst.', 'jeanine-hennis-plasschaert', 'OFFICIAL'],
    ['de', 'a vice premier is an official', 'Vizepremier Lin Wanqiang sagte, die Gespräche seien nützlich.', 'lin-wanqiang', 'OFFICIAL'],
    ['de', 'a council president is an official', 'Ratspräsident Jonas Ambrosius sagte, das Treffen sei nützlich.', 'jonas-ambrosius', 'OFFICIAL'],
  ])('%s: %s', (_lang, _what, text, id, role) => {
    const p = run(text).persons.find((x) => x.id === id);
    expect(p?.role).toBe(role);
  });

  it('does not read a sentence-initial pronoun after a title as a name', () => {
    expectExtraction('Macron met the foreign minister. He said the talks went well.', { persons: ['emmanuel-macron'] });
  });
});

describe('state body names', () => {
  it.each([
    ['en', "Iran's foreign ministry said the talks were useful.", 'Ministry of Foreign Affairs of Iran', 'Iranian Foreign Ministry'],
    ['en', 'The Russian Defence Ministry said the drones were shot down.', 'Ministry of Defense of Russia', "Russia's Defense Ministry"],
    ['de', 'Das ukrainische Außenministerium erklärte, die Reise sei nicht abgestimmt gewesen.', 'Ministry of Foreign Affairs of Ukraine', "Ukraine's Foreign Ministry"],
  ])('%s: names %s in every style', (_lang, text, a, b) => {
    const org = run(text).organizations.find((o) => o.type === 'GOVERNMENT_BODY');
    const names = [org?.name, ...(org?.aliases ?? [])];
    expect(names).toEqual(expect.arrayContaining([a, b]));
  });
});
