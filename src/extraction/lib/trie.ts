/** A token-sequence dictionary: longest match of many phrases at a position in one pass. */

interface TrieNode<V> {
  next: Map<string, TrieEdge<V>>;
  values: V[];
}

/**
 * What one token leads to: the child node, and the value-holding child whose token is this one
 * without a final "s" ("Putins" -> "Putin"). One lookup answers both, and the German genitive is
 * found with the token as it stands, not a new string sliced and hashed per token.
 */
interface TrieEdge<V> {
  child: TrieNode<V> | null;
  withoutS: TrieNode<V> | null;
}

export interface TrieMatch<V> {
  /** Token index after the match. */
  end: number;
  values: V[];
  /** The last token matched only without its German genitive / plural "s" ("Putins"). */
  stripped: boolean;
}

/** Size of the opener filter: 128 first characters x 8 last characters x 32 lengths (low bits of each). */
const OPENER_BITS = 128 * 8 * 32;

export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };
  private longestKey = 0;
  /**
   * One bit per (first character, last character, length) of the tokens that open a phrase:
   * most tokens open none, and the bit says so for less than the map lookup costs (a set bit
   * proves nothing).
   */
  private readonly openers = new Uint32Array(OPENER_BITS / 32);

  private static openerBit(k: string): number {
    return ((k.charCodeAt(0) & 127) << 8) | ((k.charCodeAt(k.length - 1) & 7) << 5) | (k.length & 31);
  }

  private static edge<V>(node: TrieNode<V>, k: string): TrieEdge<V> {
    let edge = node.next.get(k);
    if (!edge) {
      edge = { child: null, withoutS: null };
      node.next.set(k, edge);
    }
    return edge;
  }

  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let parent = this.root;
    let node = this.root;
    this.markOpener(keys[0]);
    for (const k of keys) {
      const edge = TokenTrie.edge(node, k);
      edge.child ??= { next: new Map(), values: [] };
      parent = node;
      node = edge.child;
    }
    node.values.push(value);
    // Only a token of more than 3 characters is tried without its "s" (see longest).
    const withS = `${keys[keys.length - 1]}s`;
    if (withS.length > 3) {
      TokenTrie.edge(parent, withS).withoutS = node;
      if (parent === this.root) this.markOpener(withS);
    }
    this.longestKey = Math.max(this.longestKey, keys.length);
  }

  private markOpener(k: string): void {
    const bit = TokenTrie.openerBit(k);
    this.openers[bit >>> 5] |= 1 << (bit & 31);
  }

  get maxLength(): number {
    return this.longestKey;
  }

  /**
   * Longest phrase starting at `start`. `key` gives a token's lookup key. With `stripS`, a last
   * token that is not in the dictionary may match without a final "s" (German genitive).
   */
  longest(keys: readonly string[], start: number, stripS = false): TrieMatch<V> | null {
    const first = keys[start];
    if (first === undefined) return null;
    const bit = TokenTrie.openerBit(first);
    if ((this.openers[bit >>> 5] & (1 << (bit & 31))) === 0) return null;
    let node = this.root;
    // The best match so far as plain locals: one object is made for the result, not one per step.
    let bestEnd = -1;
    let bestValues: V[] = node.values;
    let bestStripped = false;
    for (let i = start; i < keys.length && i - start < this.longestKey; i++) {
      const edge = node.next.get(keys[i]);
      if (edge === undefined) break;
      if (stripS && edge.withoutS !== null) {
        bestEnd = i + 1;
        bestValues = edge.withoutS.values;
        bestStripped = true;
      }
      if (edge.child === null) break;
      node = edge.child;
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
