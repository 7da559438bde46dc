/**
 * Actors named as a group or by reference (REAL-NEWS-PATTERNS C3/C5): "both countries", "each
 * side", "beide Seiten" stand for the nearest pair of countries joined by "and"; "his country",
 * "sein Land" for the speaker's country; "the leaders of X and Y" is one plural head, so hosting
 * them is one joint meeting; a capital before an event noun ("the Madrid conference") names an
 * event, not a government. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const TRUMP_CALLS_BOTH = [
  'CALL OCCURRED 2025-06-07 KHM:RECIPIENT donald-trump:INITIATOR',
  'CALL OCCURRED 2025-06-07 THA:RECIPIENT donald-trump:INITIATOR',
];
const IRAN_US_TALKS_AND_NEXT_MEETING = [
  'MEETING PLANNED - IRN:PARTICIPANT USA:PARTICIPANT',
  'TALKS OCCURRED - IRN:PARTICIPANT USA:PARTICIPANT',
];

describe('a group reference stands for each member of the pair it refers to', () => {
  it.each([
    ['en', '"the leaders of both countries"', 'Cambodia and Thailand are fighting. Donald Trump called the leaders of both countries on Saturday.', TRUMP_CALLS_BOTH],
    ['de', '"die Staatschefs beider Länder"', 'Kambodscha und Thailand kämpfen. Donald Trump rief am Samstag die Regierungschefs beider Länder an.', TRUMP_CALLS_BOTH],
    ['en', '"each side" after a noun used as a verb', 'Cambodia and Thailand are fighting. Donald Trump said he would call each side.',
      ['CALL PLANNED - KHM:RECIPIENT donald-trump:INITIATOR', 'CALL PLANNED - THA:RECIPIENT donald-trump:INITIATOR', 'STATEMENT OCCURRED - donald-trump:SPEAKER']],
    ['en', '"both sides" as the subject', 'Iran and the United States held talks in Oman. Both sides agreed to meet again.', IRAN_US_TALKS_AND_NEXT_MEETING],
    ['de', '"beide Seiten" als Subjekt', 'Der Iran und die USA verhandelten in Oman. Beide Seiten vereinbarten ein neues Treffen.', IRAN_US_TALKS_AND_NEXT_MEETING],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });

  it('en: places in a list are no pair of sides', () => {
    expect(interactionLines(run('Donald Trump praised Istanbul and Switzerland. Both sides said they wanted peace.'))).not.toContainEqual(
      expect.stringMatching(/^(TALKS|MEETING|CALL) /),
    );
  });
});

describe("the speaker's own country", () => {
  const CYPRUS_US_TALKS = ['STATEMENT OCCURRED - nikos-christodoulides:SPEAKER', 'TALKS OCCURRED - CYP:PARTICIPANT USA:PARTICIPANT'];
  it.each([
    ['en', 'Nikos Christodoulides said his country was negotiating with the United States.', CYPRUS_US_TALKS],
    ['de', 'Nikos Christodoulides sagte, sein Land verhandle mit den USA.', CYPRUS_US_TALKS],
    ['de', 'Nikos Christodoulides sagte, Zypern spreche mit Washington.',
      ['CONSULTATION OCCURRED - CYP:PARTICIPANT USA:PARTICIPANT', 'STATEMENT OCCURRED - nikos-christodoulides:SPEAKER']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('plural heads and event names', () => {
  it('en: hosting "the leaders of X and Y" is one joint meeting', () => {
    expect(interactionLines(run('Emmanuel Macron hosted the leaders of Rwanda and the DRC in Paris.'))).toEqual([
      'MEETING OCCURRED - COD:RECIPIENT RWA:RECIPIENT emmanuel-macron:INITIATOR',
    ]);
  });

  it.each([
    ['en', 'The Madrid peace conference was a failure, said Emmanuel Macron.'],
    ['de', 'Das Oslo-Abkommen sei gescheitert, sagte Emmanuel Macron.'],
  ])('%s: a capital naming an event is no government (%s)', (_lang, text) => {
    expect(interactionLines(run(text))).toEqual(['STATEMENT OCCURRED - emmanuel-macron:SPEAKER']);
  });
});

describe('a plural title over states, then their holders by name', () => {
  it.each([
    ['en', 'Vladimir Putin met the presidents of Azerbaijan and Mongolia, Ilham Aliyev and Ukhnaagiin Khurelsukh.',
      ['ilham-aliyev', 'ukhnaagiin-khurelsukh']],
    ['de', 'Wladimir Putin traf die Präsidenten von Aserbaidschan und der Mongolei, Ilham Alijew und Uchnaagiin Chürelsüch.',
      ['ilham-aliyev', 'uchnaagiin-churelsuch']],
  ])('%s: each name is its state\'s holder and meets the host (%s)', (_lang, text, guests) => {
    const x = run(text, { publishedAt: '2024-07-04' });
    expect(interactionLines(x)).toEqual(guests.map((g) => `MEETING OCCURRED - ${g}:PARTICIPANT vladimir-putin:PARTICIPANT`));
    expect(x.persons.filter((p) => guests.includes(p.id)).map((p) => p.country)).toEqual(['AZE', 'MNG']);
  });
});
