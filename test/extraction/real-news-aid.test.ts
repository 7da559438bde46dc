/**
 * Aid and attacks as reporters write them (REAL-NEWS-PATTERNS C6): a verb that takes an aid noun
 * as its object makes its subject the giver ("paused promised weapon deliveries", "stoppten die
 * Waffenlieferungen"), and the participle in between is no statement; "suspended the sanctions"
 * or "sent jets" is no aid; a body of no state (the EU, NATO) gives aid as itself; an attack that
 * "is unlikely" did not occur. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

describe('aid', () => {
  it.each([
    ['en', 'The US paused promised weapon deliveries to Kyiv, Al Jazeera reported.', ['AID OCCURRED - UKR:RECIPIENT USA:INITIATOR']],
    ['de', 'Die USA stoppten die Waffenlieferungen an die Ukraine.', ['AID OCCURRED - UKR:RECIPIENT USA:INITIATOR']],
    ['en', 'The EU provided new aid to Ukraine.', ['AID OCCURRED - UKR:RECIPIENT european-union:INITIATOR']],
    ['de', 'Die EU genehmigte weitere Militärhilfe für die Ukraine.', ['AID OCCURRED - UKR:RECIPIENT european-union:INITIATOR']],
    ['en', 'NATO delivered air defence systems to Ukraine.', ['AID OCCURRED - UKR:RECIPIENT nato:INITIATOR']],
    ['en', 'China suspended the sanctions on Japan.', []],
    ['en', 'Thailand sent fighter jets to the border with Cambodia.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('attacks that did not happen', () => {
  it.each([
    ['en', 'A new Turkish offensive against the SDF is unlikely, analysts say.'],
    ['de', 'Eine neue türkische Offensive gegen die SDF ist unwahrscheinlich.'],
  ])('%s: %s', (_lang, text) => {
    expect(interactionLines(run(text))).toEqual([]);
  });

  it('en: an offensive that happened still counts', () => {
    expect(interactionLines(run('A new Turkish offensive against the SDF began on Monday.'))).toEqual(['ATTACK OCCURRED 2025-06-09 TUR:INITIATOR syrian-democratic-forces:RECIPIENT']);
  });
});

describe('light verbs stay in their clause', () => {
  it('de: "kündigte an, die Angriffe ..." makes the speaker no attacker', () => {
    expect(interactionLines(run('Wolodymyr Selenskyj kündigte an, die Angriffe auf die Ukraine würden zunehmen.'))).toEqual([
      'STATEMENT OCCURRED - volodymyr-zelenskyy:SPEAKER',
    ]);
  });
});

describe('attacks on places and protests', () => {
  it.each([
    ['en', 'Israel struck targets in Lebanon overnight.', ['ATTACK OCCURRED - ISR:INITIATOR LBN:RECIPIENT']],
    ['de', 'Israel hat erneut Ziele im Libanon angegriffen.', ['ATTACK OCCURRED - ISR:INITIATOR LBN:RECIPIENT']],
    ['en', 'Japan protested to China over the incident.', ['CRITICISM OCCURRED - CHN:RECIPIENT JPN:INITIATOR']],
    ['en', 'Tokyo lodged a protest with Beijing.', ['CRITICISM OCCURRED - CHN:RECIPIENT JPN:INITIATOR']],
    ['de', 'Japan protestierte bei China gegen den Vorfall.', ['CRITICISM OCCURRED - CHN:RECIPIENT JPN:INITIATOR']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('projectiles fired at a target', () => {
  it.each([
    ['en', 'Russia launched 500 drones at Ukraine overnight.', ['ATTACK OCCURRED - RUS:INITIATOR UKR:RECIPIENT']],
    ['en', 'Iran fired missiles at Israel.', ['ATTACK OCCURRED - IRN:INITIATOR ISR:RECIPIENT']],
    ['de', 'Russland feuerte in der Nacht Raketen auf die Ukraine.', ['ATTACK OCCURRED - RUS:INITIATOR UKR:RECIPIENT']],
    ['de', 'Der Iran schoss Raketen auf Israel.', ['ATTACK OCCURRED - IRN:INITIATOR ISR:RECIPIENT']],
    ['en', 'North Korea fired missiles at the sea near Japan.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('idioms and passives without an agent', () => {
  it.each([
    ['en', 'an idiom with an attack verb', 'Thailand struck a deal with China.', []],
    ['en', 'an idiom with an attack verb', 'Thailand has long struck a careful balance between China and America.', []],
    ['en', 'a discussion of a deal is still a contact', 'Donald Trump discussed a deal with Xi Jinping.', ['CONSULTATION OCCURRED - donald-trump:PARTICIPANT xi-jinping:PARTICIPANT']],
    ['en', 'a passive appeal with nobody named as asking', 'Sanae Takaichi was asked what might prompt Japan to act.', []],
    ['de', 'ein Passiv ohne Handelnden', 'Die Ukraine wurde in der Nacht angegriffen.', []],
  ])('%s: %s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});
