/**
 * Clause-level readings real reporting needs (REAL-NEWS-PATTERNS C4, C5, C6, C12): an object
 * pronoun is not the subject of its own clause, a gerund after "before" shares the sentence's
 * subject, talks named as a condition are not held, a future contact is planned.
 * Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const contacts = (text: string): string[] => interactionLines(run(text)).filter((l) => !l.startsWith('STATEMENT'));

describe('clause readings in real reporting', () => {
  it.each([
    ['en', 'an object pronoun is not its clause\'s subject',
      'President Ilham Aliyev said the demand was met when Russian President Vladimir Putin apologised to him on Saturday.',
      ['CONSULTATION OCCURRED 2025-06-07 ilham-aliyev:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['de', 'ein Objektpronomen ist nicht das Subjekt seines Satzes',
      'Präsident Ilham Aliyev sagte, Präsident Wladimir Putin habe ihn am Samstag angerufen.',
      ['CALL OCCURRED 2025-06-07 ilham-aliyev:RECIPIENT vladimir-putin:INITIATOR']],
    ['en', 'a gerund after "before" shares the subject', 'Donald Trump posted a message hours before meeting Chancellor Friedrich Merz.',
      ['MEETING OCCURRED - donald-trump:INITIATOR friedrich-merz:RECIPIENT']],
    ['en', 'talks named as a precondition are not held', 'Putin described a withdrawal as a precondition for peace talks with Ukraine.', []],
    ['de', 'Verhandlungen als Voraussetzung finden nicht statt', 'Putin nannte einen Rückzug als Voraussetzung für Friedensverhandlungen mit der Ukraine.', []],
    ['en', 'a future meeting is planned', 'A future meeting between Trump and Putin would probably take place in Saudi Arabia.',
      ['MEETING PLANNED - donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['de', 'ein zukünftiges Treffen ist geplant', 'Ein zukünftiges Treffen von Trump und Putin werde wahrscheinlich in Saudi-Arabien stattfinden.',
      ['MEETING PLANNED - donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(contacts(text)).toEqual([...expected].sort());
  });
});

describe('occasions kept apart', () => {
  it.each([
    ['en', 'Sweden accused Norway of stalling. Norway then accused Sweden of bad faith.'],
    ['de', 'Schweden warf Norwegen eine Verzögerung vor. Norwegen warf Schweden daraufhin Unaufrichtigkeit vor.'],
  ])('%s: accusations in opposite directions are two criticisms', (_lang, text) => {
    expect(interactionLines(run(text)).filter((l) => l.startsWith('CRITICISM'))).toEqual([
      'CRITICISM OCCURRED - NOR:INITIATOR SWE:RECIPIENT',
      'CRITICISM OCCURRED - NOR:RECIPIENT SWE:INITIATOR',
    ]);
  });
});

describe('scare quotes and unnamed sources', () => {
  it.each([
    ['en', 'scare quotes are part of the clause; unnamed aides speak for nobody named',
      'Chancellor Olaf Scholz and President Emmanuel Macron had a "frank" conversation on Monday, aides said.',
      ['CONSULTATION OCCURRED 2025-06-09 emmanuel-macron:PARTICIPANT olaf-scholz:PARTICIPANT']],
    ['de', 'Anführungszeichen um ein Wort unterbrechen den Satz nicht',
      'Bundeskanzler Olaf Scholz hat „endlich“ mit Präsident Emmanuel Macron gesprochen, sagten Diplomaten.',
      ['CONSULTATION OCCURRED - emmanuel-macron:PARTICIPANT olaf-scholz:PARTICIPANT']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});
