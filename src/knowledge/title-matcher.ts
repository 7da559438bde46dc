/**
 * The title dictionary of one language. German builds titles as compounds ("Gesundheitsminister",
 * "Hamas-Sprecher" written as one word): a title entry marked `compoundHead` also matches any
 * single word that ends with one of its one-word forms after a modifier of a few letters.
 */
import { TokenTrie, type TrieMatch } from '../extraction/lib/trie';
import type { TitleEntry } from './lexicons';

/** Letters a compound's modifier needs at least ("Bundes-", "Außen-"), so a form is not matched by itself plus noise. */
const MIN_MODIFIER = 3;

export class TitleMatcher extends TokenTrie<TitleEntry> {
  private readonly heads: { head: string; entry: TitleEntry }[] = [];

  addCompoundHead(head: string, entry: TitleEntry): void {
    this.heads.push({ head, entry });
    // Longest head first: "ministerin" before "minister".
    this.heads.sort((a, b) => b.head.length - a.head.length);
  }

  override longest(keys: readonly string[], start: number, stripS = false): TrieMatch<TitleEntry> | null {
    const found = super.longest(keys, start, stripS);
    if (found || this.heads.length === 0) return found;
    const k = keys[start];
    if (k === undefined) return null;
    const h = this.heads.find((x) => k.length >= x.head.length + MIN_MODIFIER && k.endsWith(x.head) && /\p{L}/u.test(k.charAt(k.length - x.head.length - 1)));
    return h ? { end: start + 1, values: [h.entry], stripped: false } : null;
  }
}
