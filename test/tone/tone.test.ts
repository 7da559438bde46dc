/** The tone module on invented English and German sentences. */
import { INTERACTION_TYPES } from '../../src/domain/enums';
import { BASE_TONE, findCues, meanTone, toneOf } from '../../src/tone/tone';

const en = (evidence: string) => ({ evidence, language: 'en' });
const de = (evidence: string) => ({ evidence, language: 'de' });

describe('base values', () => {
  it('orders the types from hostile to cooperative', () => {
    expect(BASE_TONE).toEqual({
      ATTACK: -9, CRITICISM: -2, STATEMENT: 0, APPEAL: 1.5, CALL: 1, CONSULTATION: 1, MEETING: 2.8, TALKS: 3.5, AID: 7,
    });
  });

  it('gives a sentence without cues its type base value', () => {
    expect(toneOf('CALL', [en('The two leaders spoke by telephone on Tuesday.')])).toBe(1);
    expect(toneOf('MEETING', [de('Die beiden trafen sich am Dienstag in Genf.')])).toBe(2.8);
    expect(toneOf('STATEMENT', [])).toBe(0);
  });

  it('keeps every attack below every call and meeting whatever the cues say', () => {
    const friendliest = en('It was a productive, constructive and friendly exchange, a breakthrough.');
    const hostile = en('There was no progress; he was frustrated, the talks stalled amid threats.');
    expect(toneOf('ATTACK', [friendliest])).toBe(-5);
    for (const type of ['CALL', 'MEETING'] as const) expect(toneOf(type, [hostile])).toBeGreaterThan(toneOf('ATTACK', [friendliest]));
    expect(toneOf('CALL', [hostile])).toBe(-3);
  });
});

describe('English cues', () => {
  it.each([
    ['The call was productive, the Kremlin said.', 'CALL', 3, ['productive']],
    ['Trump said he made no progress at all with Putin.', 'CALL', -2, ['no progress']],
    ['Aides described the meeting as frank and constructive.', 'MEETING', 3.8, ['frank', 'constructive']],
    ['A frustrated Macron called the talks a waste of time.', 'TALKS', 1.5, ['frustrat*']],
    ['Frank Weber, the envoy, attended the meeting.', 'MEETING', 2.8, []],
    ['The minister condemned the threat of new strikes.', 'CRITICISM', -6, ['condemn*', 'threat*']],
  ] as const)('%s', (sentence, type, tone, phrases) => {
    expect(findCues(sentence, 'en').map((h) => h.phrase)).toEqual(phrases);
    expect(toneOf(type, [en(sentence)])).toBe(tone);
  });

  it('reverses a negated cue', () => {
    expect(findCues('The talks were not constructive.', 'en')).toEqual([{ phrase: 'constructive', negated: true, weight: -2 }]);
    expect(findCues("They didn't make any progress.", 'en')).toEqual([{ phrase: 'progress', negated: true, weight: -1.5 }]);
    expect(toneOf('TALKS', [en('The talks were never hostile.')])).toBe(6.5);
  });

  it('does not let the no of "no progress" negate a later cue', () => {
    expect(findCues('No progress, but a constructive tone.', 'en')).toEqual([
      { phrase: 'no progress', negated: false, weight: -3 },
      { phrase: 'constructive', negated: false, weight: 2 },
    ]);
  });

  it('does not reach past the negation window', () => {
    expect(findCues('Nobody said it was not true that the call was productive.', 'en')).toEqual([
      { phrase: 'productive', negated: false, weight: 2 },
    ]);
  });
});

describe('German cues', () => {
  it.each([
    ['Das Telefonat verlief ergebnislos.', 'CALL', -2, ['ergebnislos*']],
    ['Die Gespräche seien konstruktiv und produktiv gewesen.', 'TALKS', 7.5, ['konstruktiv*', 'produktiv*']],
    ['Er sprach von einer Drohung gegen die Nachbarn.', 'STATEMENT', -2.5, ['drohung*']],
    ['Es habe keine Fortschritte gegeben, sagte Scholz.', 'CALL', -2, ['kein* fortschritt*']],
    ['Es gab Fortschritte bei den Gesprächen.', 'TALKS', 5, ['fortschritt*']],
  ] as const)('%s', (sentence, type, tone, phrases) => {
    expect(findCues(sentence, 'de').map((h) => h.phrase)).toEqual(phrases);
    expect(toneOf(type, [de(sentence)])).toBe(tone);
  });

  it('reverses a negated cue', () => {
    expect(findCues('Das Treffen war nicht konstruktiv.', 'de')).toEqual([{ phrase: 'konstruktiv*', negated: true, weight: -2 }]);
    expect(toneOf('MEETING', [de('Das Treffen war nicht konstruktiv.')])).toBe(0.8);
  });

  it('applies only the lexicon of the article language', () => {
    expect(findCues('Das Treffen war productive.', 'de')).toEqual([]);
    expect(findCues('The meeting was konstruktiv.', 'en')).toEqual([]);
    expect(toneOf('CALL', [{ evidence: 'The call was productive.', language: 'fr' }])).toBe(1);
  });
});

describe('several sources and means', () => {
  it('averages the cue shifts over the sources of one interaction', () => {
    expect(toneOf('CALL', [en('The call was productive.'), de('Das Telefonat verlief ergebnislos.')])).toBe(0.5);
  });

  it('caps the shift of one sentence', () => {
    expect(toneOf('STATEMENT', [en('He condemned the hostile threats and the ultimatum, angry and frustrated.')])).toBe(-4);
  });

  it('takes means of tones', () => {
    expect(meanTone([1, -2, 3.5])).toBe(0.8);
    expect(meanTone([])).toBeNull();
  });

  it('has a base value for every interaction type', () => {
    expect(Object.keys(BASE_TONE).sort()).toEqual([...INTERACTION_TYPES].sort());
  });
});
