/**
 * Clauses of real reporting (REAL-NEWS-PATTERNS C4/C5): a verb coordinated after a reported clause
 * shares the sentence's first subject ("says Ukraine cannot win, and calls on Zelenskyy"), a
 * negation ends with its clause ("nicht gewinnen, und fordert ... auf"), and a leader's government
 * acts for the state ("Erdogan's government", "Erdogans Regierung", "his government"); "and with
 * X" after a partner is another partner of the verb; a trigger that is a prepositional phrase ("im
 * Gespräch mit") is not negated by its clause's verb; the commas of an apposition stay inside the
 * German verb bracket. Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const SALVINI_APPEALS = ['APPEAL OCCURRED - matteo-salvini:INITIATOR volodymyr-zelenskyy:RECIPIENT', 'STATEMENT OCCURRED - matteo-salvini:SPEAKER'];
const TURKEY_APPEALS = ['APPEAL OCCURRED - TUR:INITIATOR syrian-democratic-forces:RECIPIENT'];

describe('clauses', () => {
  it.each([
    ['en', 'a coordinated verb', 'Matteo Salvini says Ukraine cannot win the war, and calls on Volodymyr Zelenskyy to negotiate.', SALVINI_APPEALS],
    ['de', 'ein koordiniertes Verb nach verneintem Nebensatz', 'Matteo Salvini sagt, die Ukraine könne den Krieg nicht gewinnen, und fordert Wolodymyr Selenskyj zu Verhandlungen auf.', SALVINI_APPEALS],
    ['en', "a leader's government", "Recep Tayyip Erdogan's government has renewed calls on the SDF to abide by the agreement.", TURKEY_APPEALS],
    ['de', 'die Regierung eines Staatschefs', 'Recep Tayyip Erdogans Regierung forderte die SDF auf, das Abkommen einzuhalten.', TURKEY_APPEALS],
    ['en', '"his government"', 'Viktor Orban said his government would talk with Vladimir Putin.',
      ['CONSULTATION PLANNED - HUN:PARTICIPANT vladimir-putin:PARTICIPANT', 'STATEMENT OCCURRED - viktor-orban:SPEAKER']],
    ['en', "a minister's ministry is not the state", "Sergei Lavrov's ministry criticised Kaja Kallas.",
      ['CRITICISM OCCURRED - kaja-kallas:RECIPIENT sergei-lavrov:INITIATOR']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('partners and negation of contact phrases', () => {
  const CYPRUS = ['CONSULTATION OCCURRED - CYP:PARTICIPANT USA:PARTICIPANT', 'CONSULTATION OCCURRED - CYP:PARTICIPANT european-union:PARTICIPANT'];
  it.each([
    ['en', 'coordinated with-phrases', 'Cyprus is talking with Washington about an air base and with the EU about a naval base.', CYPRUS],
    ['de', 'koordinierte mit-Phrasen', 'Zypern spreche mit Washington über die Aufrüstung einer Luftwaffenbasis und mit der EU über einen Marinestützpunkt.', CYPRUS],
    ['de', 'die Verneinung des Verbs betrifft das Gespräch nicht', 'Donald Trump, der im Gespräch mit Wladimir Putin nicht einmal Europa erwähnt habe, sei gefährlich.',
      ['CONSULTATION OCCURRED - donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['en', 'a verb negated still is', 'Donald Trump did not talk with Vladimir Putin.', []],
    ['de', 'ein verneintes Treffen bleibt verneint', 'Ein Treffen mit Wladimir Putin fand nicht statt, sagte Donald Trump.', ['STATEMENT OCCURRED - donald-trump:SPEAKER']],
    ['de', 'die Kommas einer Apposition im Passiv', 'Benjamin Netanjahu wurde vom Leiter des Nordkommandos, Ori Gordin, über die Lage informiert.',
      ['CONSULTATION OCCURRED - benjamin-netanyahu:RECIPIENT ori-gordin:INITIATOR']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('the subject a later pronoun continues', () => {
  const LEE_MEETS_TAKAICHI = ['MEETING OCCURRED - lee-jae-myung:PARTICIPANT sanae-takaichi:PARTICIPANT'];
  it.each([
    ['en', "Lee Jae-myung won. Yoon Suk Yeol was impeached. As opposition leader, Mr Lee led a hunger strike in part to protest against Mr Yoon's stance toward Japan. Here, too, he has grown pragmatic. During the APEC meeting he held a summit with Sanae Takaichi."],
    ['de', 'Lee Jae-myung gewann. Yoon Suk Yeol wurde abgesetzt. Als Oppositionsführer trat Lee in einen Hungerstreik, auch aus Protest gegen Herrn Yoons Haltung gegenüber Japan. Auch hier ist er pragmatisch geworden. Beim APEC-Gipfel traf er Sanae Takaichi.'],
  ])("%s: a possessor is no subject; the sentence's first subject is (%s)", (_lang, text) => {
    expect(interactionLines(run(text, { publishedAt: '2025-11-13' }))).toEqual(LEE_MEETS_TAKAICHI);
  });
});

describe('"they" for the actors just listed', () => {
  const WITH_TRUMP = ['MEETING OCCURRED 2025-06-10 EGY:PARTICIPANT JOR:PARTICIPANT donald-trump:PARTICIPANT'];
  it.each([
    ['en', 'Egypt and Jordan want a role in Gaza. They met Donald Trump on Tuesday.'],
    ['de', 'Ägypten und Jordanien wollen eine Rolle in Gaza spielen. Sie trafen am Dienstag Donald Trump.'],
    ['en', 'Egypt and Jordan want a role in Gaza. They have spent years discussing plans, most recently at a meeting with Donald Trump on Tuesday.'],
  ])('%s: %s', (_lang, text) => {
    expect(interactionLines(run(text))).toEqual(WITH_TRUMP);
  });

  it('de: "sie" before a singular verb is no group', () => {
    expect(interactionLines(run('Ägypten und Jordanien wollen eine Rolle spielen. Sie traf am Dienstag Donald Trump.'))).toEqual([]);
  });
});

describe('an honorific after a preposition', () => {
  const SALVINI = ['APPEAL OCCURRED - matteo-salvini:INITIATOR volodymyr-zelenskyy:RECIPIENT'];
  it.each([
    ['en', 'With Mr Trump back in the White House, Matteo Salvini seems emboldened. He calls on Volodymyr Zelenskyy to negotiate.'],
    ['de', 'Mit Herrn Trump im Weißen Haus fühlt sich Matteo Salvini bestärkt. Er fordert Wolodymyr Selenskyj zu Verhandlungen auf.'],
  ])('%s: "with Mr X" is no subject a later "he" continues (%s)', (_lang, text) => {
    expect(interactionLines(run(text))).toEqual(SALVINI);
  });
});
