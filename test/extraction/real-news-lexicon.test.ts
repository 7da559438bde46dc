/**
 * How reporters write speech acts and contacts (REAL-NEWS-PATTERNS C2): speech verbs other than
 * "said", German present tense and separable particles (kündigt … an, gibt … bekannt, lehnt … ab),
 * briefings and apologies as contacts, German compound titles (Gesundheitsminister), and a contact
 * dated after publication that has not happened yet. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const lines = (text: string): string[] => interactionLines(run(text));

describe('speech acts and contacts in real reporting', () => {
  it.each([
    ['en', 'reaffirmed', 'Chancellor Olaf Scholz reaffirmed that the pension reform would go ahead.',
      ['STATEMENT OCCURRED - olaf-scholz:SPEAKER']],
    ['en', 'assured', "Chancellor Olaf Scholz assured the farmers' union that subsidies would continue.",
      ['STATEMENT OCCURRED - olaf-scholz:SPEAKER']],
    ['en', 'cautioned', 'Emmanuel Macron cautioned that the deal could still fall apart.',
      ['STATEMENT OCCURRED - emmanuel-macron:SPEAKER']],
    ['de', 'kündigt … an (Präsens)', 'Bundeskanzler Olaf Scholz kündigt für Freitag neue Regeln an.',
      ['STATEMENT OCCURRED 2025-06-06 olaf-scholz:SPEAKER']],
    ['de', 'gab … bekannt', 'Am Abend gab Bundeskanzler Olaf Scholz seine Entscheidung bekannt.',
      ['STATEMENT OCCURRED - olaf-scholz:SPEAKER']],
    ['de', 'teilt … mit (Präsens)', 'Präsident Emmanuel Macron teilt seine Entscheidung am Abend mit.',
      ['STATEMENT OCCURRED - emmanuel-macron:SPEAKER']],
    ['de', 'kommentierte', 'Friedrich Merz kommentierte: „Das ist falsch.“',
      ['STATEMENT OCCURRED - friedrich-merz:SPEAKER']],
    ['de', 'ein zusammengesetzter Titel (Verkehrsminister)', 'Der Verkehrsminister Volker Wissing vermeldete einen Rückgang der Unfallzahlen.',
      ['STATEMENT OCCURRED - volker-wissing:SPEAKER']],
    ['en', 'rebuffed is criticism', 'Chancellor Olaf Scholz rebuffed Friedrich Merz over the budget.',
      ['CRITICISM OCCURRED - friedrich-merz:RECIPIENT olaf-scholz:INITIATOR']],
    ['de', 'lehnte … ab ist Kritik', 'Kanzler Olaf Scholz lehnte den Vorschlag von Friedrich Merz ab.',
      ['CRITICISM OCCURRED - friedrich-merz:RECIPIENT olaf-scholz:INITIATOR']],
    ['en', 'a briefing is a contact', 'Health Minister Karl Lauterbach briefed Chancellor Olaf Scholz on the vaccine rollout.',
      ['CONSULTATION OCCURRED - karl-lauterbach:INITIATOR olaf-scholz:RECIPIENT']],
    ['de', 'informierte ist ein Kontakt (mit zusammengesetztem Titel)', 'Gesundheitsminister Karl Lauterbach informierte Olaf Scholz über die Lage.',
      ['CONSULTATION OCCURRED - karl-lauterbach:INITIATOR olaf-scholz:RECIPIENT']],
    ['en', 'an apology to someone is a contact', 'Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev on Saturday.',
      ['CONSULTATION OCCURRED 2025-06-07 ilham-aliyev:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['de', 'sich bei jemandem entschuldigen ist ein Kontakt', 'Inzwischen hat sich Präsident Wladimir Putin bei Präsident Ilham Aliyev für den Vorfall entschuldigt.',
      ['CONSULTATION OCCURRED - ilham-aliyev:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['de', 'kommt … zusammen, morgen: geplant', 'Morgen kommt Präsident Javier Milei in Berlin mit Bundeskanzler Olaf Scholz zusammen.',
      ['MEETING PLANNED 2025-06-13 javier-milei:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['en', 'a meeting dated after publication is planned', 'President Javier Milei meets Chancellor Olaf Scholz in Berlin tomorrow.',
      ['MEETING PLANNED 2025-06-13 javier-milei:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['de', 'nahm … teil', 'Präsident Emmanuel Macron nahm an dem Treffen mit Olaf Scholz teil.',
      ['MEETING OCCURRED - emmanuel-macron:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['de', 'eine Zeitangabe zwischen Verb und Objekt', 'Der französische Präsident Emmanuel Macron traf am Montag Bundeskanzler Olaf Scholz in Paris.',
      ['MEETING OCCURRED 2025-06-09 emmanuel-macron:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['en', 'a noun "demands" is no appeal', "Particularly notable is Thailand's responsiveness to China's trickier demands.", []],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(lines(text)).toEqual([...expected].sort());
  });
});
