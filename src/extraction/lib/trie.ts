/** A token-sequence dictionary: longest match of many phrases at a position in one pass. */

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  /**
   * The children that hold values, keyed by their token plus "s" ("Putin" -> "Putins"): the
   * German genitive is looked up with the token as it stands, not a new string per token.
   */
  withS: Map<string, TrieNode<V>> | null;
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
  private readonly root: TrieNode<V> = { next: new Map(), withS: null, values: [] };
  private longestKey = 0;

  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let parent = this.root;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), withS: null, values: [] };
        node.next.set(k, child);
      }
      parent = node;
      node = child;
    }
    node.values.push(value);
    // Only a token of more than 3 characters is tried without its "s" (see longest).
    const last = `${keys[keys.length - 1]}s`;
    if (last.length > 3) (parent.withS ??= new Map()).set(last, node);
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
    // The best match so far as plain locals: one object is made for the result, not one per step.
    let bestEnd = -1;
    let bestValues: V[] = node.values;
    let bestStripped = false;
    for (let i = start; i < keys.length && i - start < this.longestKey; i++) {
      const k = keys[i];
      if (stripS && node.withS !== null) {
        const alt = node.withS.get(k);
        if (alt !== undefined) {
          bestEnd = i + 1;
          bestValues = alt.values;
          bestStripped = true;
        }
      }
      const child = node.next.get(k);
      if (child === undefined) break;
      node = child;
      if (node.values.length > 0) {
        bestEnd = i + 1;
        bestValues = node.values;
        bestStripped = false;
      }
    }
    return bestEnd < 0 ? null : { end: bestEnd, values: bestValues, stripped: bestStripped };
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
