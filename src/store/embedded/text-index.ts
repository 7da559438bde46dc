/**
 * Which articles' text has a word starting with a given word (search.ts): an inverted index of
 * the words of nameKey(text), so the text itself can stay on disk. Exactly the test search used
 * on the whole text, ` ${word}` inside ` ${nameKey(text)} `: nameKey leaves single spaces between
 * words, so that is "some word of the text starts with it".
 */
import { nameKey } from '../../domain/name-key';
import { firstWhere } from './first-where';

/**
 * Article numbers, ascending, as the gaps between them in variable-length bytes: about one byte
 * per article for a common word; a word of one article (the most frequent case) needs no array.
 */
class Postings {
  private first = -1;
  private last = -1;
  private gaps: Uint8Array | null = null;
  private size = 0;

  /** Adds `n`, never below the last one added; again the last one (an article's words come together) is a no-op. */
  push(n: number): void {
    if (n === this.last) return;
    if (this.first < 0) this.first = n;
    else {
      for (let gap = n - this.last; ; gap >>>= 7) {
        if (!this.gaps || this.size === this.gaps.length) this.grow();
        if (gap < 0x80) {
          this.gaps![this.size++] = gap;
          break;
        }
        this.gaps![this.size++] = (gap & 0x7f) | 0x80;
      }
    }
    this.last = n;
  }

  private grow(): void {
    const grown = new Uint8Array(this.gaps ? this.gaps.length * 2 : 4);
    if (this.gaps) grown.set(this.gaps);
    this.gaps = grown;
  }

  *values(): Iterable<number> {
    if (this.first < 0) return;
    let n = this.first;
    yield n;
    for (let k = 0, gap = 0, shift = 0; k < this.size; k++) {
      const b = this.gaps![k];
      gap |= (b & 0x7f) << shift;
      if (b & 0x80) shift += 7;
      else {
        n += gap;
        yield n;
        gap = 0;
        shift = 0;
      }
    }
  }
}

/**
 * The text is cut at these before nameKey, piece by piece, with the same words as nameKey of the
 * whole: they are separators to nameKey, and neither change under its normalisation nor take part
 * in the case mapping of the letters around them (unlike, say, U+FEFF).
 */
const SPACES = /[ \t\n\r]+/;
const PIECES_KEPT = 50_000;

export class TextIndex {
  /** Article number -> id; undefined once the article was indexed again (its text replaced). */
  private readonly ids: (string | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  /** The words in code-unit order, for the words a prefix covers; rebuilt after additions. */
  private sorted: string[] | null = null;
  /** The postings of the words of recent pieces of text: most pieces of an article were seen before. */
  private pieces = new Map<string, Postings[]>();

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Indexes an article's text; a second call for the same id replaces the first. */
  add(id: string, text: string): void {
    const previous = this.numbers.get(id);
    if (previous !== undefined) this.ids[previous] = undefined;
    const n = this.ids.push(id) - 1;
    this.numbers.set(id, n);
    for (const piece of text.split(SPACES)) {
      for (const list of this.postingsOf(piece)) list.push(n);
    }
  }

  private postingsOf(piece: string): Postings[] {
    let lists = this.pieces.get(piece);
    if (lists === undefined) {
      lists = [];
      for (const word of nameKey(piece).split(' ')) {
        if (!word) continue;
        let list = this.postings.get(word);
        if (!list) {
          list = new Postings();
          this.postings.set(word, list);
          this.sorted = null;
        }
        lists.push(list);
      }
      if (this.pieces.size >= PIECES_KEPT) this.pieces = new Map();
      this.pieces.set(piece, lists);
    }
    return lists;
  }

  /**
   * Whether an indexed article has, for every one of the words, a word of the text starting with
   * it. One byte per article number: a common word matches most articles, and sets of their
   * numbers and ids were tens of megabytes of garbage per search at 100k articles.
   */
  matching(words: readonly string[]): (id: string) => boolean {
    let result: Uint8Array | null = null;
    for (const w of words) {
      const found = new Uint8Array(this.ids.length);
      let count = 0;
      for (const word of this.startingWith(w)) {
        for (const n of this.postings.get(word)!.values()) {
          if ((!result || result[n]) && !found[n]) {
            found[n] = 1;
            count++;
          }
        }
      }
      result = found;
      if (count === 0) break;
    }
    const hit = result;
    // An article indexed again has a new number; its old one is no longer in `numbers`.
    return (id) => {
      const n = this.numbers.get(id);
      return hit !== null && n !== undefined && hit[n] === 1;
    };
  }

  private *startingWith(prefix: string): Iterable<string> {
    this.sorted ??= [...this.postings.keys()].sort();
    const words = this.sorted;
    for (let k = firstWhere(0, words.length, (m) => words[m] >= prefix); k < words.length && words[k].startsWith(prefix); k++) yield words[k];
  }
}
