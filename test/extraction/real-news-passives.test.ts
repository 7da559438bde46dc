/**
 * Contacts and acts told in the passive, by handshake and by invitation (REAL-NEWS-PATTERNS C4):
 * the subject of a passive is the patient and the agent phrase ("by", "von") the actor; a
 * passive labelling verb is criticism, not a call; "schüttelte ... die Hand" is a meeting;
 * "accepted X's invitation" a planned meeting, a declined one none. Every sentence is invented
 * for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

describe('passives: the agent phrase names who acts', () => {
  it.each([
    ['en', 'Benjamin Netanyahu was briefed by Israel Katz on the situation.', ['CONSULTATION OCCURRED - benjamin-netanyahu:RECIPIENT israel-katz:INITIATOR']],
    ['de', 'Benjamin Netanjahu wurde von Israel Katz über die Lage informiert.', ['CONSULTATION OCCURRED - benjamin-netanyahu:RECIPIENT israel-katz:INITIATOR']],
    ['en', 'Emmanuel Macron was received by Xi Jinping in Beijing.', ['MEETING OCCURRED - emmanuel-macron:RECIPIENT xi-jinping:INITIATOR']],
    ['de', 'Emmanuel Macron wurde in Peking von Xi Jinping empfangen.', ['MEETING OCCURRED - emmanuel-macron:RECIPIENT xi-jinping:INITIATOR']],
    ['en', 'Ukraine was attacked by Russia on Tuesday.', ['ATTACK OCCURRED 2025-06-10 RUS:INITIATOR UKR:RECIPIENT']],
    ['de', 'Die Ukraine wurde am Dienstag von Russland angegriffen.', ['ATTACK OCCURRED 2025-06-10 RUS:INITIATOR UKR:RECIPIENT']],
    ['en', 'Vladimir Putin was criticised by Olaf Scholz.', ['CRITICISM OCCURRED - olaf-scholz:INITIATOR vladimir-putin:RECIPIENT']],
    ['de', 'Wladimir Putin wurde von Olaf Scholz kritisiert.', ['CRITICISM OCCURRED - olaf-scholz:INITIATOR vladimir-putin:RECIPIENT']],
    ['en', 'Olaf Scholz was called a traitor by Donald Trump.',
      ['CRITICISM OCCURRED - donald-trump:INITIATOR olaf-scholz:RECIPIENT', 'STATEMENT OCCURRED - donald-trump:SPEAKER']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('handshakes and invitations', () => {
  it.each([
    ['en', 'In October Mark Carney shook hands with Xi Jinping in South Korea.', ['MEETING OCCURRED - mark-carney:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['de', 'Friedrich Merz schüttelte Xi Jinping in Peking die Hand.', ['MEETING OCCURRED - friedrich-merz:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['de', 'In Peking gab Friedrich Merz dem chinesischen Präsidenten Xi Jinping die Hand.', ['MEETING OCCURRED - friedrich-merz:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['en', "Mark Carney accepted Xi Jinping's invitation to visit China.", ['MEETING PLANNED - mark-carney:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['de', 'Mark Carney nahm die Einladung von Xi Jinping zu einem Besuch in China an.', ['MEETING PLANNED - mark-carney:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['en', "Mark Carney declined Xi Jinping's invitation.", []],
    ['de', 'Friedrich Merz gab am Montag eine Pressekonferenz.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});
