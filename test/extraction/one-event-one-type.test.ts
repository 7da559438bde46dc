/**
 * One contact per event mention, of its most specific type; names split by the gazetteer
 * ("Chinese President Xi" + "Jinping"), regnal short names ("Leo"), German compounds
 * ("Handelsgespräche") and verb brackets followed by "und".
 */
import { interactionLines, run } from '../helpers/extraction-harness';

describe('contacts beyond the seed articles', () => {
  it.each([
    ['en', 'a full name whose alias matched first keeps both parties', 'Chinese President Xi Jinping and French President Emmanuel Macron held a phone conversation on Monday.',
      ['CALL OCCURRED 2025-03-03 emmanuel-macron:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['en', 'a meeting for talks is one contact, not also a call', 'Lavrov and Rubio met for talks on Monday that both sides called useful.',
      ['MEETING OCCURRED 2025-03-03 marco-rubio:PARTICIPANT sergei-lavrov:PARTICIPANT']],
    ['en', 'a regnal name alone refers to the pope', 'Pope Leo XIV spoke in Beirut. On Monday, Leo met Lebanese President Joseph Aoun.',
      ['MEETING OCCURRED 2025-03-03 joseph-aoun:PARTICIPANT pope-leo-xiv:PARTICIPANT']],
    ['de', 'ein Kompositum aus Gespräche', 'Die Türkei und Griechenland haben am Montag in Athen ihre Handelsgespräche fortgesetzt.',
      ['TALKS OCCURRED 2025-03-03 GRC:PARTICIPANT TUR:PARTICIPANT']],
    ['de', 'Verbklammer vor "und"', 'Am Montag hatte Macron in Kiew den ukrainischen Präsidenten Wolodymyr Selenskyj getroffen und ihn gelobt.',
      ['MEETING OCCURRED 2025-03-03 emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'Papst Leo allein', 'Papst Leo XIV. war in Rom. Am Montag hatte Leo mit Kremlchef Wladimir Putin telefoniert.',
      ['CALL OCCURRED 2025-03-03 pope-leo-xiv:PARTICIPANT vladimir-putin:PARTICIPANT']],
  ])('%s: %s', (lang, _what, text, expected) => {
    expect(interactionLines(run(text, { language: lang, publishedAt: '2025-03-05' }))).toEqual([...expected].sort());
  });
});
