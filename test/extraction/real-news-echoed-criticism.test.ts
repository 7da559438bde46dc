/**
 * Criticism told indirectly (REAL-NEWS-PATTERNS C6): a sentence saying that an actor joined the
 * criticism just reported criticises the same target; a judgement quoted before its speaker
 * ('"X is a criminal," Y said'); a threat as a label. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const crit = (critic: string, target: string): string => `CRITICISM OCCURRED - ${[`${critic}:INITIATOR`, `${target}:RECIPIENT`].sort().join(' ')}`;
const criticisms = (text: string): string[] => interactionLines(run(text)).filter((l) => l.startsWith('CRITICISM'));

describe('joining the criticism just reported', () => {
  it.each([
    ['en', 'Joe Biden criticised Karim Khan. Antony Blinken voiced similar criticism.', [crit('antony-blinken', 'karim-khan'), crit('joe-biden', 'karim-khan')]],
    ['de', 'Joe Biden kritisierte Karim Khan scharf. Ähnlich äußerte sich US-Außenminister Antony Blinken.', [crit('antony-blinken', 'karim-khan'), crit('joe-biden', 'karim-khan')]],
    ['en', 'Joe Biden criticised Karim Khan. Criticism also came from the German foreign ministry.',
      [crit('german-federal-foreign-office', 'karim-khan'), crit('joe-biden', 'karim-khan')]],
    ['de', 'Joe Biden kritisierte Karim Khan scharf. Kritik kam auch vom Auswärtigen Amt.',
      [crit('german-federal-foreign-office', 'karim-khan'), crit('joe-biden', 'karim-khan')]],
    // With no criticism just before, there is nothing to join.
    ['en', 'Joe Biden met Karim Khan. Antony Blinken voiced similar criticism.', []],
    ['de', 'Joe Biden traf Karim Khan. Ähnlich äußerte sich Antony Blinken.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(criticisms(text)).toEqual(expected);
  });

  it('the one who joins also makes a statement', () => {
    expect(interactionLines(run('Joe Biden kritisierte Karim Khan scharf. Kritik kam auch vom Auswärtigen Amt.')))
      .toContain('STATEMENT OCCURRED - german-federal-foreign-office:SPEAKER');
  });
});

describe('a judgement quoted before its speaker', () => {
  it.each([
    ['en', '"Gustavo Petro is a criminal," Donald Trump declared.', [crit('donald-trump', 'gustavo-petro')]],
    ['de', '"Gustavo Petro ist ein Verbrecher", erklärte Donald Trump.', [crit('donald-trump', 'gustavo-petro')]],
    ['en', '"Gustavo Petro is a friend," Donald Trump declared.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(criticisms(text)).toEqual(expected);
  });
});

describe('a threat as a label', () => {
  it.each([
    ['en', "Mark Carney called China Canada's biggest threat.", [crit('mark-carney', 'CHN')]],
    ['de', 'Mark Carney nannte China die größte Bedrohung für Kanada.', [crit('mark-carney', 'CHN')]],
  ])('%s: %s', (_lang, text, expected) => {
    expect(criticisms(text)).toEqual(expected);
  });
});
