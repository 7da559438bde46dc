/**
 * Person mentions as real reporting writes them (REAL-NEWS-PATTERNS C3): family names written
 * first and used alone ("Mr Lee", "Park said"), hyphenated given names with a lower-case
 * syllable, names the press writes in either order, unknown persons introduced by an inverted
 * attribution ("says X of Y", "erklärte X") or an apposition ("X, a veteran trade unionist,").
 * Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const persons = (text: string): string[] => run(text).persons.map((p) => `${p.id}(${p.aliases.join('|')})`).sort();
const lines = (text: string): string[] => interactionLines(run(text));

describe('person mentions in real reporting', () => {
  it.each([
    ['en', 'a family name written first is the short form',
      'South Korean President Park Min-jun met German Chancellor Olaf Scholz in Seoul on Monday. Park said the talks had gone well.',
      ['MEETING OCCURRED 2025-06-09 olaf-scholz:PARTICIPANT park-min-jun:PARTICIPANT', 'STATEMENT OCCURRED - park-min-jun:SPEAKER']],
    ['de', 'ein vorangestellter Familienname ist die Kurzform',
      'Der südkoreanische Präsident Park Min-jun traf am Montag Bundeskanzler Olaf Scholz in Seoul. Park sagte, die Gespräche seien gut verlaufen.',
      ['MEETING OCCURRED 2025-06-09 olaf-scholz:PARTICIPANT park-min-jun:PARTICIPANT', 'STATEMENT OCCURRED - park-min-jun:SPEAKER']],
    ['en', 'an honorific before a family name written first',
      'President Lee Jae-myung arrived in Washington on Sunday. Mr Lee met Donald Trump at the White House on Monday.',
      ['MEETING OCCURRED 2025-06-09 donald-trump:PARTICIPANT lee-jae-myung:PARTICIPANT']],
    ['de', 'eine Anrede vor dem vorangestellten Familiennamen',
      'Präsident Lee Jae-myung landete am Sonntag in Washington. Am Montag traf Herr Lee Donald Trump im Weißen Haus.',
      ['MEETING OCCURRED 2025-06-09 donald-trump:PARTICIPANT lee-jae-myung:PARTICIPANT']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(lines(text)).toEqual([...expected].sort());
  });

  it.each([
    ['en', 'a hyphenated given name with a lower-case syllable stays whole',
      'Finance Minister Choi Ha-eun said the budget would pass. Choi added that taxes would rise.', ['choi-ha-eun(Choi Ha-eun|Choi)']],
    ['de', 'ein Vorname mit Bindestrich und kleiner Silbe bleibt ganz',
      'Die Finanzministerin Choi Ha-eun sagte, der Haushalt komme durch.', ['choi-ha-eun(Choi Ha-eun)']],
    ['en', 'a name the press writes family-name-first is the known person',
      'The minister later met Ishiba Shigeru, the prime minister, in Tokyo.', ['shigeru-ishiba(Ishiba Shigeru)']],
    ['de', 'ein in umgekehrter Folge geschriebener Name ist die bekannte Person',
      'Der Minister traf später Ishiba Shigeru in Tokio.', ['shigeru-ishiba(Ishiba Shigeru)']],
    ['en', 'an apposition with an indefinite article introduces a person',
      'Mira Holm, a veteran trade unionist, has led the strike since May.', ['mira-holm(Mira Holm)']],
    ['de', 'eine Apposition mit unbestimmtem Artikel führt eine Person ein',
      'Mira Holm, eine erfahrene Gewerkschafterin, führt den Streik seit Mai.', ['mira-holm(Mira Holm)']],
    ['en', 'an apposition naming a place introduces nobody',
      'The plane came down near Port Elsby, a town on the coast.', []],
    ['de', 'eine Apposition, die einen Ort nennt, führt niemanden ein',
      'Das Flugzeug stürzte bei Port Elsby ab, einer Stadt an der Küste.', []],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ['en', 'an inverted attribution after a comma names the speaker',
      'The strike will go on, says Ivo Laska of the Institute for Labour Studies.', 'ivo-laska'],
    ['en', 'the speaker after the verb wins over a possessor in the clause before',
      "Norway's fishing industry has flourished under the reform, says Lucia Bird of a research group.", 'lucia-bird'],
    ['de', 'ein nachgestellter Sprecher nach dem Zitat',
      '„Die Lage ist ernst“, erklärte Sara Lindgren vom Institut für Weltwirtschaft.', 'sara-lindgren'],
    ['en', 'an apposition between the name and the speech verb',
      '"The next phase will be the riskiest," Numan Kaya, a senior member of the ruling party, said recently.', 'numan-kaya'],
    ['de', 'eine Apposition zwischen Name und Sprechverb',
      'Peter Birle, der Forschungsdirektor des Instituts, sagte, der Dialog dürfe nicht abreißen.', 'peter-birle'],
  ])('%s: %s', (_lang, _what, text, speaker) => {
    expect(lines(text)).toEqual([`STATEMENT OCCURRED - ${speaker}:SPEAKER`]);
  });

  it('a comma before the verb does not make a country after it the speaker', () => {
    expect(lines('Secretary of State Antony Blinken, speaking in Brussels, said Israel must increase aid.'))
      .toEqual(['STATEMENT OCCURRED - antony-blinken:SPEAKER']);
  });
});

describe('appositive speakers set off by commas', () => {
  it.each([
    ['en', 'a full name between commas before the verb', 'The group\'s spokesman, Amir Dahan, said the talks would resume.', 'amir-dahan'],
    ['de', 'ein Name zwischen Kommas vor dem Verb', 'Der Minister für Diaspora-Angelegenheiten, Amir Dahan, schrieb, dass die Gespräche weitergingen.', 'amir-dahan'],
    ['de', 'ein einzelner Nachname nach einer Titelphrase', 'Der Sprecher des Büros der Vereinten Nationen, Laske, berichtete, dass die Lage ernst sei.', 'laske'],
  ])('%s: %s', (_lang, _what, text, speaker) => {
    expect(lines(text).filter((l) => l.startsWith('STATEMENT'))).toEqual([`STATEMENT OCCURRED - ${speaker}:SPEAKER`]);
  });

  it('a single word between commas with no title before it is no person', () => {
    expect(persons('In the end, Kessing, said the clerk, had gone.')).toEqual([]);
  });
});
