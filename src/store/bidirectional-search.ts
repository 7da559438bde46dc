/**
 * graphology-shortest-path's unweighted `bidirectional` on a neighbour function: the same fringe
 * order and stopping rule, so the same path among equally short ones as on the graph of
 * ./spoke-network.ts. One search for both stores: the embedded spoke index has every neighbour in
 * memory, Neo4j's walk fetches them a fringe at a time, so the search yields each fringe before it
 * expands it and the caller may load that fringe's neighbours first.
 * With no meeting after k expansions no path is k hops or shorter, so it gives up after maxHops.
 */
export function* bidirectionalSearch<T>(
  source: T, target: T, neighbours: (node: T) => readonly T[], maxHops: number,
  [predecessor, successor]: Sides<T> = [new Map(), new Map()],
): Generator<readonly T[], T[] | null, void> {
  predecessor.set(source, undefined);
  successor.set(target, undefined);
  let forward = [source];
  let reverse = [target];
  for (let expansions = 0; forward.length > 0 && reverse.length > 0; expansions++) {
    if (expansions >= maxHops) return null;
    const isForward = forward.length <= reverse.length;
    const fringe = isForward ? forward : reverse;
    const [mine, theirs] = isForward ? [predecessor, successor] : [successor, predecessor];
    const next: T[] = [];
    if (isForward) forward = next;
    else reverse = next;
    yield fringe;
    for (const node of fringe) {
      for (const n of neighbours(node)) {
        if (!mine.has(n)) {
          next.push(n);
          mine.set(n, node);
        }
        if (theirs.has(n)) return chainThrough(n, predecessor, successor);
      }
    }
  }
  return null;
}

/** The search run to its end at once, for neighbours already in memory. */
export function shortestChain<T>(
  source: T, target: T, neighbours: (node: T) => readonly T[], maxHops: number, sides?: Sides<T>,
): T[] | null {
  const search = bidirectionalSearch(source, target, neighbours, maxHops, sides);
  let step = search.next();
  while (!step.done) step = search.next();
  return step.value;
}

function chainThrough<T>(meet: T, predecessor: Reached<T>, successor: Reached<T>): T[] {
  const path: T[] = [];
  for (let n: T | undefined = meet; n !== undefined; n = predecessor.get(n)) path.unshift(n);
  for (let n = successor.get(path[path.length - 1]); n !== undefined; n = successor.get(n)) path.push(n);
  return path;
}

/** One side of the search: each node it reached, with the node it was reached from (undefined for its start). */
export interface Reached<T> {
  has(node: T): boolean;
  get(node: T): T | undefined;
  set(node: T, from: T | undefined): unknown;
}

/** What the forward and the reverse search reached, empty at the start: new Maps unless given. */
export type Sides<T> = readonly [Reached<T>, Reached<T>];
