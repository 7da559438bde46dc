/**
 * Which articles' text has a word starting with each of a query's words (search.ts): a word index
 * of the texts, so the text itself can stay on disk.
 */
import { WordIndex } from './word-index';

export class TextIndex {
  /** Article number -> id; undefined once the article was indexed again (its text replaced). */
  private readonly ids: (string | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly words = new WordIndex();

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Indexes an article's text; a second call for the same id replaces the first. */
  add(id: string, text: string): void {
    const previous = this.numbers.get(id);
    if (previous !== undefined) this.ids[previous] = undefined;
    const n = this.words.add(text);
    this.ids[n] = id;
    this.numbers.set(id, n);
  }

  /**
   * The ids of the indexed articles whose text has, for every one of the words, a word starting
   * with it (an article indexed again has a new number; its old one has no id).
   */
  matching(words: readonly string[]): string[] {
    const ids: string[] = [];
    for (const n of this.words.matching(words)) {
      const id = this.ids[n];
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }
}
