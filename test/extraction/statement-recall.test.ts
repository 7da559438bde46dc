/**
 * Statement recall: a reporting verb sharing the subject of a coordinated verb ("met X and later
 * said", "condemned the trip, writing on X", "kritisierte ... und erklärte"), a verb-final German
 * relative clause ("X, der ... bezeichnete"), verb-final "wie X mitteilte", a quoted criticism,
 * and a closing attribution whose own subject is a noun phrase ("..., the spokesperson added").
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const statements = (text: string, publishedAt = '2025-03-12'): string[] =>
  interactionLines(run(text, { publishedAt })).filter((l) => l.startsWith('STATEMENT'));

describe('statement recall', () => {
  it.each([
    ['en', 'a reporting verb after "and later" shares the subject',
      'Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City for an hour and later said both countries would coordinate on tariffs.',
      ['STATEMENT OCCURRED - mark-carney:SPEAKER']],
    ['en', 'a participle after a comma shares the subject',
      'Polish Foreign Minister Radoslaw Sikorski condemned the drone incursion, writing on X that Moscow was testing NATO.',
      ['STATEMENT OCCURRED - radoslaw-sikorski:SPEAKER']],
    ['en', 'a quoted accusation is a statement too',
      'Iranian foreign ministry spokesman Esmaeil Baghaei accused Washington of "economic terrorism".',
      ['STATEMENT OCCURRED - esmaeil-baghaei:SPEAKER']],
    ['en', 'criticism reported by another speaker is only the reporter\'s statement',
      'German government spokesman Steffen Hebestreit said the chancellor condemned the "brutal" attack.',
      ['STATEMENT OCCURRED - steffen-hebestreit:SPEAKER']],
    ['en', 'a closing attribution with its own subject does not make the last name the speaker',
      'Prime Minister Keir Starmer also discussed the situation with French President Emmanuel Macron, the spokesperson added.',
      []],
    ['de', 'ein Berichtsverb nach "und" teilt das Subjekt',
      'Polens Außenminister Radosław Sikorski kritisierte den Angriff scharf und erklärte, Moskau teste die Nato.',
      ['STATEMENT OCCURRED - radoslaw-sikorski:SPEAKER']],
    ['de', 'ein verbfinaler Relativsatz hat das Bezugswort als Sprecher',
      'Tusk traf den litauischen Präsidenten Gitanas Nausėda, der das Abkommen als „Meilenstein“ bezeichnete.',
      ['STATEMENT OCCURRED - gitanas-nauseda:SPEAKER']],
    ['de', '"wie X mitteilte" ist eine Aussage von X',
      'Die beiden Politiker sprachen über die Lage im Nahen Osten, wie Regierungssprecher Steffen Hebestreit mitteilte.',
      ['STATEMENT OCCURRED - steffen-hebestreit:SPEAKER']],
    ['de', 'eine zitierte Anschuldigung ist auch eine Aussage',
      'Kremlsprecher Dmitri Peskow verurteilte die Sanktionen als „illegal“.',
      ['STATEMENT OCCURRED - dmitry-peskov:SPEAKER']],
  ])('%s: %s', (_lang, _what, text, lines) => {
    expect(statements(text)).toEqual(lines);
  });
});
