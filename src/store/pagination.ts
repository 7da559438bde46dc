/** Relay-style pagination over an in-memory, totally ordered list. */
import { BadInputError } from '../domain/errors';
import type { Page, PageArgs } from './graph-store';

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** An interaction's place in its lists: its date, then its id. */
export const interactionKey = (i: { date: string | null; id: string }): unknown[] => [i.date, i.id];

/**
 * A page edge whose cursor is encoded when it is read: clients mostly ask for the page's end
 * cursor, not for every edge's. A class, not an object literal with a getter: V8 gives such a
 * literal a new accessor and closure per object and kept them past the young generation (per
 * edge about 6× the bytes, and scavenges that promoted megabytes: `node --trace-gc-nvp`).
 */
class LazyCursorEdge<T> {
  constructor(readonly node: T, private readonly keyOf: (node: T) => unknown[]) {}

  get cursor(): string {
    return encodeCursor(this.keyOf(this.node));
  }
}

export function edgeOf<T>(node: T, keyOf: (node: T) => unknown[]): { readonly cursor: string; node: T } {
  return new LazyCursorEdge(node, keyOf);
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key)) return key;
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(`Invalid cursor "${cursor.slice(0, 40)}"`);
}

/**
 * Pages a sorted list. The cursor of an item is its sort key; `after` resumes at the first item
 * whose key sorts after the cursor's, so pages stay correct when items are added or removed.
 */
export function paginate<T>(
  sorted: readonly T[],
  keyOf: (item: T) => unknown[],
  compareKeys: (a: unknown[], b: unknown[]) => number,
  { first, after }: PageArgs,
): Page<T> {
  let start = 0;
  if (after) {
    const key = decodeCursor(after);
    start = sorted.findIndex((item) => compareKeys(keyOf(item), key) > 0);
    if (start < 0) start = sorted.length;
  }
  const slice = sorted.slice(start, start + first);
  return {
    edges: slice.map((node) => edgeOf(node, keyOf)),
    totalCount: sorted.length,
    hasNextPage: start + first < sorted.length,
    hasPreviousPage: start > 0,
  };
}

/** Compares keys element by element: numbers numerically, everything else as strings, null last. */
export function compareKeyTuples(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** Keys `[date, id]`: newest first, undated last, ties by id ascending. */
export function compareNewestFirst(a: unknown[], b: unknown[]): number {
  const [da, ia] = a as [string | null, string];
  const [db, ib] = b as [string | null, string];
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da > db ? -1 : 1;
  }
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}
