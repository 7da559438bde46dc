/**
 * Which documents have, for every one of a query's words, a word starting with it: an inverted
 * index of the words of nameKey(text) per document, documents numbered in the order added. Search
 * finds article text (text-index.ts) and titles, evidence sentences and actor names
 * (search-index.ts) with it. Exactly the test search makes on the whole text, ` ${word}` inside
 * ` ${nameKey(text)} `: nameKey leaves single spaces between words (and none in a query word), so
 * that is "some word of the text starts with it".
 */
import { nameKey } from '../../domain/name-key';
import { firstWhere } from './first-where';

/**
 * Document numbers, ascending, as the gaps between them in variable-length bytes: about one byte
 * per document for a common word; a word of one document (the most frequent case) needs no array.
 */
class Postings {
  private first = -1;
  private last = -1;
  private gaps: Uint8Array | null = null;
  private size = 0;

  /** Adds `n`, never below the last one added; again the last one (a document's words come together) is a no-op. */
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

  /** Calls `visit` with each number, ascending (a loop, not a generator: a common prefix visits most documents). */
  forEach(visit: (n: number) => void): void {
    if (this.first < 0) return;
    let n = this.first;
    visit(n);
    for (let k = 0, gap = 0, shift = 0; k < this.size; k++) {
      const b = this.gaps![k];
      gap |= (b & 0x7f) << shift;
      if (b & 0x80) shift += 7;
      else {
        n += gap;
        visit(n);
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

export class WordIndex {
  private readonly postings = new Map<string, Postings>();
  /** The words in code-unit order, for the words a prefix covers; rebuilt after additions. */
  private sorted: string[] | null = null;
  /**
   * The postings of the words of recent pieces of text: most pieces of a text were seen before.
   * For adding many texts at once (open, a state's first search); a search drops it, as the few
   * texts added between searches gain little from it and it was most of a small index's memory.
   */
  private pieces = new Map<string, Postings[]>();
  private documents = 0;

  /** Indexes the words of `text` as the next document; returns its number. */
  add(text: string): number {
    const n = this.documents++;
    for (const piece of text.split(SPACES)) {
      for (const list of this.postingsOf(piece)) list.push(n);
    }
    return n;
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
   * The documents that have, for every one of the words, a word starting with it, in no
   * particular order. One byte per document while intersecting: a common word matches most
   * documents, and sets of their numbers were tens of megabytes of garbage per search at 100k articles.
   */
  matching(words: readonly string[]): number[] {
    this.pieces = new Map();
    let result: Uint8Array | null = null;
    let matched: number[] = [];
    for (const w of words) {
      const found = new Uint8Array(this.documents);
      const previous = result;
      matched = [];
      for (const word of this.startingWith(w)) {
        this.postings.get(word)!.forEach((n) => {
          if ((!previous || previous[n]) && !found[n]) {
            found[n] = 1;
            matched.push(n);
          }
        });
      }
      result = found;
      if (matched.length === 0) break;
    }
    return matched;
  }

  private *startingWith(prefix: string): Iterable<string> {
    this.sorted ??= [...this.postings.keys()].sort();
    const words = this.sorted;
    for (let k = firstWhere(0, words.length, (m) => words[m] >= prefix); k < words.length && words[k].startsWith(prefix); k++) yield words[k];
  }
}
