/**
 * German as the press writes it (REAL-NEWS-PATTERNS C1/C4): every noun is capitalised, so a
 * capitalised word after a determiner is no name that makes a capital beside it a person ("in der
 * Nacht Kiew"); "die Bundesregierung" is Germany; "Kollege" is a counterpart title; separable
 * "zusammentreffen" is a meeting. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

describe('German nouns, names and verbs', () => {
  it.each([
    ['a capital after a common noun is still a capital', 'Russland griff in der Nacht Kiew mit Drohnen an.', ['ATTACK OCCURRED - RUS:INITIATOR UKR:RECIPIENT']],
    ['the federal government is Germany', 'Die Bundesregierung verurteilte den russischen Angriff auf Kiew scharf.',
      ['ATTACK OCCURRED - RUS:INITIATOR UKR:RECIPIENT', 'CRITICISM OCCURRED - DEU:INITIATOR RUS:RECIPIENT']],
    ['"Kollege" with a country adjective is the counterpart', 'Außenminister Wadephul ist zu Gesprächen mit seinem chinesischen Kollegen Wang Yi in Peking eingetroffen.',
      ['TALKS OCCURRED - CHN:PARTICIPANT DEU:PARTICIPANT johann-wadephul:PARTICIPANT wang-yi:PARTICIPANT']],
    ['a separable verb in one word', 'Selenskyj wird am Donnerstag in Berlin erwartet, wo er mit Merz zusammentreffen soll.',
      ['MEETING PLANNED 2025-06-12 friedrich-merz:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
  ])('de: %s', (_what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });

  it('en: an English capital beside an unknown capitalised word may still be a name', () => {
    expect(run('Paris Hilton said she liked the show.').countries.map((c) => c.id)).toEqual([]);
  });
});

describe('offices, dates and places', () => {
  const SCHOLZ_MEETS_STOCKER = ['MEETING OCCURRED - christian-stocker:PARTICIPANT olaf-scholz:PARTICIPANT'];
  it.each([
    ['de', 'the head of government a state has: Austria\'s chancellor', 'Olaf Scholz traf den österreichischen Regierungschef in Salzburg.', SCHOLZ_MEETS_STOCKER],
    ['en', 'the head of government a state has: Austria\'s chancellor', 'Olaf Scholz met the Austrian prime minister in Salzburg.', SCHOLZ_MEETS_STOCKER],
    ['de', 'a weekday written with its part of the day', 'Olaf Scholz telefonierte am Mittwochabend mit Emmanuel Macron.',
      ['CALL OCCURRED 2025-06-11 emmanuel-macron:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['en', 'a place after a preposition is no guest', 'Giorgia Meloni said the engineers she had welcomed to Norway were staying.', ['STATEMENT OCCURRED - giorgia-meloni:SPEAKER']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('bodies of a state', () => {
  it.each([
    ['en', "Kazakhstan's transport ministry said the plane had been damaged.", ['STATEMENT OCCURRED - kazakhstan-ministry-of-transport:SPEAKER']],
    ['de', 'Das kasachische Verkehrsministerium teilte mit, das Flugzeug sei beschädigt worden.', ['STATEMENT OCCURRED - kazakhstan-ministry-of-transport:SPEAKER']],
    ['en', 'A Turkish parliamentary commission met Abdullah Ocalan on Monday.',
      ['MEETING OCCURRED 2025-06-09 abdullah-ocalan:PARTICIPANT turkey-parliamentary-committee:PARTICIPANT']],
    ['de', 'Eine türkische Parlamentskommission traf am Montag Abdullah Öcalan.',
      ['MEETING OCCURRED 2025-06-09 abdullah-ocalan:PARTICIPANT turkey-parliamentary-committee:PARTICIPANT']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});
