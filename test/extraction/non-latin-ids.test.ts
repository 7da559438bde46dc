/** Ids of persons the knowledge base does not know, in any script: never empty, distinct for distinct names. */
import { createHash } from 'node:crypto';
import { prepareArticle } from '../../src/ingest/prepare-article';

const personIds = (text: string) => prepareArticle(text, { publishedAt: '2025-06-02' }).extraction.persons.map((p) => [p.id, p.name]);
const hashOf = (name: string) => createHash('sha256').update(name.toLowerCase()).digest('hex').slice(0, 10);

describe('ids of unknown persons', () => {
  it('gives two Cyrillic names two ids, not one empty id', () => {
    expect(personIds('Russian Deputy Foreign Minister Иван Петров met Ukrainian Deputy Foreign Minister Олег Сидоров in Geneva on Monday.')).toEqual([
      [`u-${hashOf('Иван Петров')}`, 'Иван Петров'],
      [`u-${hashOf('Олег Сидоров')}`, 'Олег Сидоров'],
    ]);
  });

  it('transliterates Latin letters that have no accent to strip', () => {
    expect(personIds('Spokesperson Ivan Petrov said on Monday that talks with Norwegian envoy Øystein Ødegård would continue.')).toEqual([
      ['ivan-petrov', 'Ivan Petrov'],
      ['oystein-odegard', 'Øystein Ødegård'],
    ]);
  });
});
