/**
 * Distinct occasions (REAL-NEWS-PATTERNS C10): a planned call or meeting and one that occurred
 * are two events unless a date ties them; a conversation that was planned and then held is one.
 * A sentence's focus is whoever speaks, else the first subject of a verb, not the object before a
 * German clause-final verb ("er werde Xi Jinping anrufen"). Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const TWO_CALLS = [
  'CALL OCCURRED - donald-trump:INITIATOR xi-jinping:RECIPIENT',
  'CALL PLANNED - donald-trump:INITIATOR xi-jinping:RECIPIENT',
  'STATEMENT OCCURRED - donald-trump:SPEAKER',
];

describe('planned and past contacts of one pair', () => {
  it.each([
    ['en', 'a call promised and an earlier one', 'Donald Trump said he would call Xi Jinping. When the trade war began in April, he called Xi Jinping and threatened tariffs.', TWO_CALLS],
    ['de', 'ein angekündigter und ein früherer Anruf', 'Donald Trump sagte, er werde Xi Jinping anrufen. Als der Handelskrieg im April begann, rief er Xi Jinping an.', TWO_CALLS],
    ['en', 'a handshake and an accepted invitation', "Mark Carney shook hands with Xi Jinping in October. Mark Carney accepted Xi Jinping's invitation to visit China.",
      ['MEETING OCCURRED - mark-carney:PARTICIPANT xi-jinping:PARTICIPANT', 'MEETING PLANNED - mark-carney:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['de', 'ein angekündigtes Gespräch, das dann stattfand', 'Trump kündigte sein geplantes Gespräch mit Putin an. Am Montag telefonierte Trump mit Putin.',
      ['CALL OCCURRED 2025-06-09 donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT', 'STATEMENT OCCURRED - donald-trump:SPEAKER']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});
