/**
 * The title dictionary of one language. German builds titles as compounds ("Gesundheitsminister",
 * "Hamas-Sprecher" written as one word): a title entry marked `compoundHead` also matches any
 * single word that ends with one of its one-word forms after a modifier of a few letters.
 */
import { TokenTrie, type TrieMatch } from '../extraction/lib/trie';
import type { TitleEntry } from './lexicons';

/** Letters a compound's modifier needs at least ("Bundes-", "Außen-"), so a form is not matched by itself plus noise. */
const MIN_MODIFIER = 3;

/** Heads are looked up by this many last letters, so a word is compared with few of them. */
const ENDING = 3;

type Head = { head: string; entry: TitleEntry };

export class TitleMatcher extends TokenTrie<TitleEntry> {
  private readonly heads: Head[] = [];
  /** The heads by their last ENDING letters, longest first; null when a head is shorter than that. */
  private byEnding: Map<string, Head[]> | null = null;

  addCompoundHead(head: string, entry: TitleEntry): void {
    this.heads.push({ head, entry });
    // Longest head first: "ministerin" before "minister".
    this.heads.sort((a, b) => b.head.length - a.head.length);
    this.byEnding = null;
    if (this.heads.every((h) => h.head.length >= ENDING)) {
      const byEnding = new Map<string, Head[]>();
      for (const h of this.heads) {
        const ending = h.head.slice(-ENDING);
        byEnding.set(ending, [...(byEnding.get(ending) ?? []), h]);
      }
      this.byEnding = byEnding;
    }
  }

  override longest(keys: readonly string[], start: number, stripS = false): TrieMatch<TitleEntry> | null {
    const found = super.longest(keys, start, stripS);
    if (found || this.heads.length === 0) return found;
    const k = keys[start];
    // No word shorter than the shortest head and its modifier ends with a head.
    if (k === undefined || k.length < this.heads[this.heads.length - 1].head.length + MIN_MODIFIER) return null;
    const candidates = this.byEnding ? this.byEnding.get(k.slice(-ENDING)) ?? [] : this.heads;
    const h = candidates.find((x) => k.length >= x.head.length + MIN_MODIFIER && k.endsWith(x.head) && /\p{L}/u.test(k.charAt(k.length - x.head.length - 1)));
    return h ? { end: start + 1, values: [h.entry], stripped: false } : null;
  }
}
