/**
 * Visits and the contacts made on them (REAL-NEWS-PATTERNS C3): a visit to a country whose leader
 * the visitor meets in the same sentence is the occasion, not a second meeting; a verb coordinated
 * after a visit keeps the visitor as its subject; travelling "for talks with X" makes the traveller
 * a party; contact verbs in the passive ("was joined by") take the agent as partner. Every
 * sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const MERZ_MEETS_ZELENSKYY = ['MEETING OCCURRED - friedrich-merz:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT'];

describe('visits', () => {
  it.each([
    ['en', 'During his visit to Kyiv, Friedrich Merz met Volodymyr Zelenskyy.', MERZ_MEETS_ZELENSKYY],
    ['de', 'Bei seinem Besuch in Kiew traf Friedrich Merz Wolodymyr Selenskyj.', MERZ_MEETS_ZELENSKYY],
    ['en', 'Friedrich Merz visited Kyiv and met Volodymyr Zelenskyy.', MERZ_MEETS_ZELENSKYY],
    ['de', 'Friedrich Merz besuchte Kiew und traf dort Wolodymyr Selenskyj.', MERZ_MEETS_ZELENSKYY],
    ['en', 'Friedrich Merz visited Kyiv.', ['MEETING OCCURRED - UKR:RECIPIENT friedrich-merz:INITIATOR']],
    ['en', 'Friedrich Merz visited Kyiv and met Emmanuel Macron there.',
      ['MEETING OCCURRED - UKR:RECIPIENT friedrich-merz:INITIATOR', 'MEETING OCCURRED - emmanuel-macron:PARTICIPANT friedrich-merz:PARTICIPANT']],
    ['en', 'Antony Blinken travelled to Beijing for talks with Wang Yi.',
      ['MEETING OCCURRED - CHN:RECIPIENT antony-blinken:INITIATOR', 'TALKS OCCURRED - CHN:PARTICIPANT USA:PARTICIPANT antony-blinken:PARTICIPANT wang-yi:PARTICIPANT']],
    ['de', 'Antony Blinken reiste zu Gesprächen mit Wang Yi nach Peking.',
      ['TALKS OCCURRED - CHN:PARTICIPANT USA:PARTICIPANT antony-blinken:PARTICIPANT wang-yi:PARTICIPANT']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('contact verbs in the passive', () => {
  it.each([
    ['en', 'Keir Starmer was joined by Emmanuel Macron and Friedrich Merz on the train to Kyiv.',
      ['MEETING OCCURRED - emmanuel-macron:PARTICIPANT friedrich-merz:PARTICIPANT keir-starmer:PARTICIPANT']],
    ['en', 'Keir Starmer was met by Volodymyr Zelenskyy at the station.', ['MEETING OCCURRED - keir-starmer:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
    ['de', 'Keir Starmer wurde in Kiew von Wolodymyr Selenskyj empfangen.', ['MEETING OCCURRED - keir-starmer:RECIPIENT volodymyr-zelenskyy:INITIATOR']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('parties added in a later sentence', () => {
  const WITH_KIM = ['MEETING OCCURRED - kim-jong-un:RECIPIENT vladimir-putin:RECIPIENT xi-jinping:INITIATOR'];
  it.each([
    ['en', 'an addendum', 'Xi Jinping hosted Vladimir Putin in Beijing. Also present was Kim Jong Un.', WITH_KIM],
    ['de', 'ein Nachtrag', 'Xi Jinping empfing Wladimir Putin in Peking. Ebenfalls anwesend war Kim Jong Un.', WITH_KIM],
    ['de', 'ein Nachtrag mit Verb statt Kopula', 'Xi Jinping empfing Wladimir Putin in Peking. Zu den Teilnehmern gehörten auch Kim Jong Un.', WITH_KIM],
    ['de', 'ein Nachtrag mit zwei Personen', 'Xi Jinping empfing Wladimir Putin in Peking. Anwesend waren auch Kim Jong Un und Alexander Lukaschenko.',
      ['MEETING OCCURRED - alexander-lukashenko:RECIPIENT kim-jong-un:RECIPIENT vladimir-putin:RECIPIENT xi-jinping:INITIATOR']],
    ['en', 'an opening that adds nobody', 'Xi Jinping hosted Vladimir Putin in Beijing. Among them, Kim Jong Un is the youngest.',
      ['MEETING OCCURRED - vladimir-putin:RECIPIENT xi-jinping:INITIATOR']],
    ['en', 'too far from the meeting', 'Friedrich Merz met Emmanuel Macron. The economy grew. Prices rose. Also present was Keir Starmer.',
      ['MEETING OCCURRED - emmanuel-macron:PARTICIPANT friedrich-merz:PARTICIPANT']],
  ])('%s: %s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('travel verbs', () => {
  it.each([
    ['en', 'Marco Rubio went to the White House on Wednesday to discuss the bill.', ['MEETING OCCURRED 2025-06-11 marco-rubio:INITIATOR white-house:RECIPIENT']],
    ['en', 'Viktor Orban flew to Moscow on Friday.', ['MEETING OCCURRED 2025-06-06 RUS:RECIPIENT viktor-orban:INITIATOR']],
    ['de', 'Viktor Orban flog nach Moskau.', ['MEETING OCCURRED - RUS:RECIPIENT viktor-orban:INITIATOR']],
    ['de', 'Viktor Orban reiste nach Moskau und traf dort Wladimir Putin.', ['MEETING OCCURRED - viktor-orban:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['en', 'Prices went to record highs in Germany.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});
