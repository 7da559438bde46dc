/**
 * Who a contact is with when the sentence does not name them plainly (REAL-NEWS-PATTERNS C1, C3,
 * C4): the host of a visit named in the next sentence; "the two" for the last two office holders
 * named; a part of an actor ("members of the commission") acting for it; arrivals and "the first
 * president to visit" as visits that happened; nobody visits their own country. Every sentence is
 * invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const ORBAN_MEETS_ZELENSKYY = 'MEETING OCCURRED 2025-06-10 viktor-orban:INITIATOR volodymyr-zelenskyy:RECIPIENT';
const ORBAN_APPEALS = 'APPEAL OCCURRED - viktor-orban:INITIATOR volodymyr-zelenskyy:RECIPIENT';

describe('the host of a visit', () => {
  it.each([
    ['en', 'On Tuesday Viktor Orban visited Kyiv. There he urged Volodymyr Zelensky to consider a ceasefire.', [ORBAN_APPEALS, ORBAN_MEETS_ZELENSKYY]],
    ['de', 'Am Dienstag hatte Viktor Orban Kiew besucht. Dort forderte er Wolodymyr Selenskyj auf, eine Feuerpause zu erwägen.', [ORBAN_APPEALS, ORBAN_MEETS_ZELENSKYY]],
    ['en', 'On Tuesday Viktor Orban visited Kyiv. He met Volodymyr Zelensky.', [ORBAN_MEETS_ZELENSKYY]],
    // Someone else dealing with the country's leader is no host of this visit.
    ['en', 'On Tuesday Viktor Orban visited Kyiv. Later Vladimir Putin criticised Volodymyr Zelensky.',
      ['CRITICISM OCCURRED - vladimir-putin:INITIATOR volodymyr-zelenskyy:RECIPIENT', 'MEETING OCCURRED 2025-06-10 UKR:RECIPIENT viktor-orban:INITIATOR']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('"the two" after two office holders', () => {
  const LEE_MEETS_XI = ['MEETING OCCURRED - lee-jae-myung:PARTICIPANT xi-jinping:PARTICIPANT'];
  it.each([
    ['en', 'Lee Jae-myung wants calm. Xi Jinping came to the summit. The two smiled and joked when they met.', LEE_MEETS_XI],
    ['de', 'Lee Jae-myung will Ruhe. Xi Jinping kam zum Gipfel. Die beiden lächelten, als sie sich trafen.', LEE_MEETS_XI],
    ['de', 'Lee Jae-myung will Ruhe. Xi Jinping kam zum Gipfel. Die beiden trafen sich am Rande.', LEE_MEETS_XI],
    // A noun after "the two" is some other pair.
    ['en', 'Lee Jae-myung praised Xi Jinping. The two firms signed a contract with each other.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('a part of an actor acts for it', () => {
  it.each([
    ['en', 'Members of a Turkish parliamentary commission met Abdullah Ocalan on November 24th.',
      ['MEETING OCCURRED 2024-11-24 abdullah-ocalan:PARTICIPANT turkey-parliamentary-committee:PARTICIPANT']],
    ['de', 'Mitglieder von einer türkischen Parlamentskommission trafen Abdullah Öcalan am 24. November.',
      ['MEETING OCCURRED 2024-11-24 abdullah-ocalan:PARTICIPANT turkey-parliamentary-committee:PARTICIPANT']],
    // Behind a preposition the part is still no subject.
    ['en', 'Abdullah Ocalan wrote to members of a Turkish parliamentary commission.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text)).filter((l) => !l.startsWith('STATEMENT'))).toEqual(expected);
  });
});

describe('arrivals and first visits happened', () => {
  it.each([
    ['en', 'Emmanuel Macron arrived in Algeria on Monday.', ['MEETING OCCURRED 2025-06-09 DZA:RECIPIENT emmanuel-macron:INITIATOR']],
    ['de', 'Emmanuel Macron reiste in die Türkei.', ['MEETING OCCURRED - TUR:RECIPIENT emmanuel-macron:INITIATOR']],
    ['en', 'Emmanuel Macron is the first French president to visit Algeria since 2012.', ['MEETING OCCURRED - DZA:RECIPIENT emmanuel-macron:INITIATOR']],
    ['de', 'Als erster französischer Präsident seit 2012 besuchte Emmanuel Macron Algerien.', ['MEETING OCCURRED - DZA:RECIPIENT emmanuel-macron:INITIATOR']],
    ['en', 'Emmanuel Macron will visit Algeria.', ['MEETING PLANNED - DZA:RECIPIENT emmanuel-macron:INITIATOR']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('nobody visits their own country', () => {
  it.each([
    ['en', 'Xi Jinping visited China.', []],
    ['de', 'Xi Jinping besuchte China.', []],
    ['en', "Mark Carney accepted Xi Jinping's invitation to visit China.", ['MEETING PLANNED - mark-carney:PARTICIPANT xi-jinping:PARTICIPANT']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});
