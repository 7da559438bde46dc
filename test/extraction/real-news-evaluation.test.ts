/**
 * Evaluative speech is criticism (REAL-NEWS-PATTERNS C2/C6): a labelling verb with a negative
 * judgement ("called X's threats irresponsible", "bezeichnete X als „nicht akzeptabel“") and a
 * reported judgement ("said X's proposal was not serious", "X sei gefährlich, sagte Y") criticise
 * the actor the judged phrase names, never one inside a prepositional phrase ("the attack on
 * Ukraine"); "called X a killer" is no phone call. A surname after a title names the knowledge
 * base's holder of that office; a definite title names the article's one holder of that office.
 * Every sentence is invented for the test.
 */
import { interactionLines, run } from '../helpers/extraction-harness';

const SCHOLZ_CRITICISES_PUTIN = ['CRITICISM OCCURRED - olaf-scholz:INITIATOR vladimir-putin:RECIPIENT', 'STATEMENT OCCURRED - olaf-scholz:SPEAKER'];
const MACRON_CRITICISES_PUTIN = ['CRITICISM OCCURRED - emmanuel-macron:INITIATOR vladimir-putin:RECIPIENT', 'STATEMENT OCCURRED - emmanuel-macron:SPEAKER'];
const STARMER_CRITICISES_PUTIN = ['CRITICISM OCCURRED - keir-starmer:INITIATOR vladimir-putin:RECIPIENT', 'STATEMENT OCCURRED - keir-starmer:SPEAKER'];

describe('evaluative speech is criticism of the judged actor', () => {
  it.each([
    ['en', 'a labelling verb with an adjective', "Chancellor Olaf Scholz called Vladimir Putin's threats irresponsible.", SCHOLZ_CRITICISES_PUTIN],
    ['de', 'ein Benennungsverb mit Adjektiv', 'Bundeskanzler Olaf Scholz nannte die Drohungen von Wladimir Putin unverantwortlich.', SCHOLZ_CRITICISES_PUTIN],
    ['en', '"described ... as" with a noun', "Keir Starmer described Putin's offer as a farce.", STARMER_CRITICISES_PUTIN],
    ['de', '"bezeichnete ... als" mit verneintem Lob', 'Emmanuel Macron bezeichnete den Vorschlag Wladimir Putins als "nicht akzeptabel".', MACRON_CRITICISES_PUTIN],
    ['en', 'a reported judgement with a negated positive word', "Keir Starmer said Vladimir Putin's proposal was not serious.", STARMER_CRITICISES_PUTIN],
    ['de', 'ein berichtetes Urteil nach einer Ortsangabe', 'Olaf Scholz sagte im Bundestag, der Plan von Wladimir Putin sei gefährlich.', SCHOLZ_CRITICISES_PUTIN],
    ['en', 'a judgement before a closing attribution', "Putin's demands are absurd, Emmanuel Macron said.", MACRON_CRITICISES_PUTIN],
    ['de', 'ein Urteil vor der Quellenangabe', 'Die Forderungen Putins seien inakzeptabel, sagte Emmanuel Macron.', MACRON_CRITICISES_PUTIN],
    ['en', '"called X a killer" is no phone call', 'Donald Trump called Vladimir Putin a killer.',
      ['CRITICISM OCCURRED - donald-trump:INITIATOR vladimir-putin:RECIPIENT', 'STATEMENT OCCURRED - donald-trump:SPEAKER']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });

  it.each([
    ['en', 'the victim of a judged attack is not criticised', 'Keir Starmer said the attack on Ukraine was appalling.', ['STATEMENT OCCURRED - keir-starmer:SPEAKER']],
    ['de', 'das Opfer eines verurteilten Angriffs wird nicht kritisiert', 'Emmanuel Macron sagte, die Angriffe auf die Ukraine seien unerträglich.',
      ['STATEMENT OCCURRED - emmanuel-macron:SPEAKER']],
    ['en', 'praise is no criticism', 'Keir Starmer described the talks with Vladimir Putin as constructive.', ['STATEMENT OCCURRED - keir-starmer:SPEAKER']],
    ['en', 'a call stays a call when no judgement labels its object', 'Donald Trump called Vladimir Putin on Tuesday to discuss the dangerous situation.',
      ['CALL OCCURRED 2025-06-10 donald-trump:INITIATOR vladimir-putin:RECIPIENT']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('titles that name a holder of an office', () => {
  it('en: a definite title before the holder is named refers to the article\'s one holder of that office', () => {
    const x = run("The chief prosecutor's request was shameful, said Benjamin Netanyahu. Prosecutor Khan rejected that.");
    expect(x.persons.map((p) => p.id).sort()).toEqual(['benjamin-netanyahu', 'karim-khan']);
    expect(interactionLines(x)).toEqual(['CRITICISM OCCURRED - benjamin-netanyahu:INITIATOR karim-khan:RECIPIENT', 'STATEMENT OCCURRED - benjamin-netanyahu:SPEAKER']);
  });

  it('de: ein Nachname nach dem Titel endet vor einem Zitat und ist der Amtsinhaber der Wissensbasis', () => {
    expect(run('Den Hamas-Führern wirft Chefankläger Khan "Ausrottung" vor.').persons.map((p) => p.id)).toEqual(['karim-khan']);
  });

  it.each([
    ['en', "Keir Starmer, Britain's cautious prime minister, said so.", ['keir-starmer']],
    ['en', "Matteo Salvini, Italy's populist deputy prime minister, is again beating the drum for Vladimir Putin.", ['matteo-salvini', 'vladimir-putin']],
    ['de', 'Matteo Salvini, Italiens populistischer Vize-Regierungschef, sagte das.', ['matteo-salvini']],
  ])('%s: an adjective between a country\'s possessive and the title keeps the apposition (%s)', (_lang, text, expected) => {
    expect(run(text).persons.map((p) => p.id)).toEqual(expected);
  });
});

describe('judgements of a named person with an apposition', () => {
  it.each([
    ['en', 'Gustavo Petro, of Colombia, is a drug lord, Donald Trump said.'],
    ['de', '"Präsident Gustavo Petro ist ein Drogenboss", schrieb Donald Trump.'],
  ])('%s: %s', (_lang, text) => {
    expect(interactionLines(run(text))).toEqual(['CRITICISM OCCURRED - donald-trump:INITIATOR gustavo-petro:RECIPIENT', 'STATEMENT OCCURRED - donald-trump:SPEAKER']);
  });
});

describe('speech verbs that name an act, and bodies after a title', () => {
  it.each([
    ['en', 'Yoon Suk Yeol was impeached for declaring martial law.', []],
    ['de', 'Yoon Suk Yeol wurde abgesetzt, weil er das Kriegsrecht erklärt hatte.', []],
    ['de', 'Yoon Suk Yeol erklärte den Ausnahmezustand.', []],
    ['en', '"This is not religious violence," says the head of a Nigerian NGO.', []],
  ])('%s: %s', (_lang, text, expected) => {
    const x = run(text);
    expect(interactionLines(x)).toEqual(expected);
    expect(x.persons.filter((p) => p.id === 'ngo')).toEqual([]);
  });
});
