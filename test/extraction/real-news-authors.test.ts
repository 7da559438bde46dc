/**
 * Persons the knowledge base does not know, found by what they work for, and authors who speak
 * through what they wrote (REAL-NEWS-PATTERNS C2, C7): "Paul Chambers of Naresuan University", "a
 * report by X said", "according to a paper by X". Every sentence is invented for the test.
 */
import { run } from '../helpers/extraction-harness';

const persons = (text: string): string[] => run(text).persons.map((p) => p.id).sort();
const speakers = (text: string): string[] => run(text).interactions.filter((i) => i.type === 'STATEMENT').map((i) => i.participants[0].actor);

describe('a name tied to a body is a person', () => {
  it.each([
    ['en', 'The reform stalled in 2023, as Maria Lindgren of Uppsala University has shown.', ['maria-lindgren']],
    ['en', 'The reform stalled in 2023, as Tomas Berg of a government think-tank has shown.', ['tomas-berg']],
    ['de', 'Die Reform stockte 2023, wie Tomas Berg vom Institut für Weltwirtschaft gezeigt hat.', ['tomas-berg']],
    ['de', 'Die Reform stockte 2023, wie Tomas Berg von der Universität Kiel gezeigt hat.', ['tomas-berg']],
    // A place or body noun inside the name makes it none.
    ['de', 'Das Treffen fand im Bezirk Kafr Sousa von Damaskus statt.', []],
    ['en', 'The Bank of England raised rates.', []],
  ])('%s: %s', (_lang, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('authors speak through what they wrote', () => {
  it.each([
    ['en', 'A report by Maria Lindgren of Uppsala University said the sanctions had failed.', ['maria-lindgren']],
    ['de', 'Ein Bericht von Maria Lindgren von der Universität Uppsala sagte, die Sanktionen seien gescheitert.', ['maria-lindgren']],
    ['en', 'The sanctions failed, according to a recent paper by Maria Lindgren of Uppsala University.', ['maria-lindgren']],
    ['de', 'Die Sanktionen seien gescheitert, heißt es in einer Studie von Maria Lindgren von der Universität Uppsala.', []],
    ['de', 'Laut einer Studie von Maria Lindgren von der Universität Uppsala sind die Sanktionen gescheitert.', ['maria-lindgren']],
  ])('%s: %s', (_lang, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
