/** A token-sequence dictionary: longest match of many phrases at a position in one pass. */

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

export interface TrieMatch<V> {
  /** Token index after the match. */
  end: number;
  values: V[];
  /** The last token matched only without its German genitive / plural "s" ("Putins"). */
  stripped: boolean;
}

export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
  private longestKey = 0;

  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
    this.longestKey = Math.max(this.longestKey, keys.length);
  }

  get maxLength(): number {
    return this.longestKey;
  }

  /**
   * Longest phrase starting at `start`. `key` gives a token's lookup key. With `stripS`, a last
   * token that is not in the dictionary may match without a final "s" (German genitive).
   */
  longest(keys: readonly string[], start: number, stripS = false): TrieMatch<V> | null {
    let node = this.root;
    let best: TrieMatch<V> | null = null;
    for (let i = start; i < keys.length && i - start < this.longestKey; i++) {
      const k = keys[i];
      if (stripS && k.length > 3 && k.charCodeAt(k.length - 1) === 115 /* s */) {
        const alt = node.next.get(k.slice(0, -1));
        if (alt && alt.values.length > 0) best = { end: i + 1, values: alt.values, stripped: true };
      }
      const child = node.next.get(k);
      if (!child) break;
      node = child;
      if (node.values.length > 0) best = { end: i + 1, values: node.values, stripped: false };
    }
    return best;
  }

  /** Every match in a token sequence, leftmost-longest, non-overlapping. */
  scan(keys: readonly string[], stripS = false): { start: number; end: number; values: V[]; stripped: boolean }[] {
    const out: { start: number; end: number; values: V[]; stripped: boolean }[] = [];
    for (let i = 0; i < keys.length; ) {
      const m = this.longest(keys, i, stripS);
      if (m) {
        out.push({ start: i, end: m.end, values: m.values, stripped: m.stripped });
        i = m.end;
      } else i++;
    }
    return out;
  }
}
