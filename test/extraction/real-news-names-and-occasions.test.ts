/**
 * Names as real reporting writes them and contacts reported twice in one sentence
 * (REAL-NEWS-PATTERNS C1/C3): small-capital lead-ins ("DONALD TRUMP took"), initials ("George W.
 * Bush") and a platform's letter before a name ("On X George Glass"), another transliteration
 * of a known person ("Christodoulidis"), German plural titles told by their determiner ("die
 * Regierungschefs" is several, "den Regierungschef" one), a contact noun that names the
 * occasion of a contact the verb reports ("on the sidelines of a summit"), and "both countries"
 * when the two were named apart. Every sentence is invented for the test.
 */
import { getKnowledge } from '../../src/knowledge';
import { interactionLines, run } from '../helpers/extraction-harness';

const personIds = (text: string): string[] => run(text).persons.map((p) => p.id);

describe('names as reporters write them', () => {
  it.each([
    ['en', 'DONALD TRUMP met Vladimir Putin in Alaska on Friday.', ['MEETING OCCURRED 2025-06-06 donald-trump:PARTICIPANT vladimir-putin:PARTICIPANT']],
    ['de', 'WOLODYMYR SELENSKYJ hat am Montag mit Emmanuel Macron telefoniert.', ['CALL OCCURRED 2025-06-09 emmanuel-macron:PARTICIPANT volodymyr-zelenskyy:PARTICIPANT']],
  ])('%s: a small-capital lead-in is read as a name (%s)', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });

  it.each([
    ['en', 'an initial is part of the name', 'George W. Bush said the war was over.', ['george-w-bush']],
    ['en', 'a letter standing alone is not', 'On X George Glass wrote that China was wrong.', ['george-glass']],
    ['de', 'ein allein stehender Buchstabe nicht', 'Auf X schrieb George Glass, China liege falsch.', ['george-glass']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(personIds(text)).toEqual(expected);
  });

  const CYPRUS_TALKS = ['STATEMENT OCCURRED - nikos-christodoulides:SPEAKER', 'TALKS OCCURRED - CYP:PARTICIPANT USA:PARTICIPANT'];
  it.each([
    ['en', 'President Nikos Christodoulidis said his country was negotiating with the United States.'],
    ['de', 'Präsident Nikos Christodoulidis sagte, sein Land verhandle mit den USA.'],
  ])('%s: another transliteration of a known full name is that person, with his country (%s)', (_lang, text) => {
    expect(interactionLines(run(text))).toEqual(CYPRUS_TALKS);
  });

  it.each([
    ['Wolodymyr Selenskyj', 'volodymyr-zelenskyy'],
    ['Sergej Lawrow', 'sergei-lavrov'],
    ['Nikos Christodoulidis', 'nikos-christodoulides'],
    ['Jane Doe', null],
    ['Christodoulidis', null],
  ])('knowledge: "%s" is another spelling of %s', (name, id) => {
    expect(getKnowledge().personBySpelling(name)).toBe(id);
  });
});

describe('plural titles and occasions', () => {
  const HOSTS_BOTH = ['MEETING OCCURRED - KHM:RECIPIENT THA:RECIPIENT donald-trump:INITIATOR'];
  it.each([
    ['en', 'Donald Trump convened the leaders of Cambodia and Thailand on the sidelines of a regional summit in Kuala Lumpur.', HOSTS_BOTH],
    ['de', 'Donald Trump empfing die Regierungschefs von Kambodscha und Thailand am Rande eines regionalen Gipfels in Kuala Lumpur.', HOSTS_BOTH],
    ['de', 'Donald Trump empfing den Regierungschef von Kambodscha in Washington.', ['MEETING OCCURRED - donald-trump:INITIATOR hun-manet:RECIPIENT']],
    ['de', 'Donald Trump empfing die Regierungschefin von Thailand in Washington.', ['MEETING OCCURRED - donald-trump:INITIATOR paetongtarn-shinawatra:RECIPIENT']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });

  it.each([
    ['en', 'Thailand says Cambodia attacked first. Cambodia denies it. Donald Trump called the leaders of both countries.',
      ['STATEMENT OCCURRED - KHM:SPEAKER', 'STATEMENT OCCURRED - THA:SPEAKER']],
    ['de', 'Thailand sagt, Kambodscha habe zuerst angegriffen. Kambodscha bestreitet das. Donald Trump rief die Regierungschefs beider Länder an.',
      ['STATEMENT OCCURRED - THA:SPEAKER']],
  ])('%s: "both countries" are the only two named just before, even apart', (_lang, text, statements) => {
    expect(interactionLines(run(text))).toEqual([
      'CALL OCCURRED - KHM:RECIPIENT donald-trump:INITIATOR',
      'CALL OCCURRED - THA:RECIPIENT donald-trump:INITIATOR',
      ...statements,
    ]);
  });

  it('en: with a third country named, "both countries" refers to nobody', () => {
    const lines = interactionLines(run('Thailand says Cambodia attacked first. Laos urged calm. Donald Trump called the leaders of both countries.'));
    expect(lines.filter((l) => l.startsWith('CALL'))).toEqual([]);
  });
});

describe('speakers behind titles and appositions', () => {
  it.each([
    ['de', 'an English adjective is no German word: "German" opens a name', 'Es sei im nationalen Interesse der Ukraine, erklärte Energieminister German Galuschtschenko.',
      ['STATEMENT OCCURRED - german-galuschtschenko:SPEAKER']],
    ['de', 'an unknown of-phrase between title and apposition', '"Das ist falsch", sagte der Vorsitzende der Hayek-Gesellschaft, Stefan Kooths.',
      ['STATEMENT OCCURRED - stefan-kooths:SPEAKER']],
    ['en', 'an unknown of-phrase between title and apposition', '"It is wrong," said the chairman of the Hayek Society, Stefan Kooths.',
      ['STATEMENT OCCURRED - stefan-kooths:SPEAKER']],
    ['en', "a country's possessive before an inverted speaker's title is not the speaker", '"It is wrong," wrote China\'s consul-general, Xue Jian.',
      ['STATEMENT OCCURRED - xue-jian:SPEAKER']],
    ['de', 'der Generalkonsul, nicht sein Land, spricht', '"Das ist falsch", schrieb Chinas Generalkonsul in Osaka, Xue Jian.',
      ['STATEMENT OCCURRED - xue-jian:SPEAKER']],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(interactionLines(run(text))).toEqual(expected);
  });
});

describe('a name as written', () => {
  it.each([
    ['en', 'King Maha Vajiralongkorn visited China.'],
    ['de', 'König Maha Vajiralongkorn besuchte China.'],
  ])('%s: an alias that starts with a title lists the name without it (%s)', (_lang, text) => {
    expect(run(text).persons.map((p) => [p.id, p.aliases])).toEqual([['vajiralongkorn', ['Maha Vajiralongkorn']]]);
  });
});

describe('persons nobody quotes', () => {
  it.each([
    ['en', 'a known given name opens a name', 'China detained Michael Kovrig and Michael Spavor in 2018.', ['michael-kovrig', 'michael-spavor']],
    ['de', 'ein bekannter Vorname eröffnet einen Namen', 'China hielt Michael Spavor jahrelang fest.', ['michael-spavor']],
    ['de', 'nach einem Artikel ist es eine Firma', 'Der Alexander Verlag veröffentlichte das Buch.', []],
    ['en', 'an institution named after a person is none', 'The Adam Smith Institute published a report.', []],
  ])('%s: %s', (_lang, _what, text, expected) => {
    expect(personIds(text)).toEqual(expected);
  });
});
