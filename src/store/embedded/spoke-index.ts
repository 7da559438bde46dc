/**
 * The spoke-to network of one GraphState as adjacency lists built once, so that a path or a
 * network under any filter walks the neighbours of the actors it reaches instead of building a
 * graph of every matching interaction per request (a different date filter per request made that
 * a whole-graph rebuild each time).
 *
 * Answers are exactly those of the graphology graph of ../spoke-network.ts built from the
 * matching interactions oldest first: there an actor's neighbours come in the order their edges
 * were created (the first matching interaction linking them, then by id, as linksOf orders the
 * links of one interaction), and breadth-first search and the bidirectional shortest path visit
 * them in that order, which decides ties between equally short paths and which nodes a limit keeps.
 */
import type { InteractionRecord, NetworkEdgeRecord, PathHopRecord } from '../../domain/graph';
import type { InteractionFilter } from '../graph-store';
import { matchesInteraction } from '../interaction-filter';
import { linksOf } from '../spoke-network';
import { dateBounds, type InteractionIndex } from './interaction-index';

type Link = ReturnType<typeof linksOf>[number];

/** One interaction linking a pair of actors, with its links between them (one, or one per direction). */
interface PairEntry {
  date: string | null;
  rank: number;
  record: InteractionRecord;
  links: Link[];
}

export class SpokeIndex {
  /** actor -> neighbour -> the interactions linking the two, oldest first (one array shared by both ends). */
  private readonly adjacency = new Map<string, Map<string, PairEntry[]>>();
  /** Actor id -> its place in localeCompare order (equal ids, equal places): edges sort by integers, not by the collator per comparison. */
  private readonly collation = new Map<string, number>();

  constructor(interactions: InteractionIndex) {
    interactions.asc.forEach((record, rank) => {
      for (const link of linksOf(record)) {
        const entries = this.pair(link.source, link.target);
        const last = entries[entries.length - 1];
        if (last?.rank === rank) last.links.push(link);
        else entries.push({ date: record.date, rank, record, links: [link] });
      }
    });
    const ids = [...this.adjacency.keys()].sort(byLocale);
    ids.forEach((id, k) => this.collation.set(id, k > 0 && byLocale(ids[k - 1], id) === 0 ? this.collation.get(ids[k - 1])! : k));
  }

  private pair(a: string, b: string): PairEntry[] {
    const ofA = this.adjacency.get(a) ?? new Map<string, PairEntry[]>();
    this.adjacency.set(a, ofA);
    let entries = ofA.get(b);
    if (!entries) {
      entries = [];
      ofA.set(b, entries);
      const ofB = this.adjacency.get(b) ?? new Map<string, PairEntry[]>();
      this.adjacency.set(b, ofB);
      ofB.set(a, entries);
    }
    return entries;
  }

  /** The neighbours of an actor over matching interactions, in the graph's edge-creation order. */
  neighbours(actorId: string, filter: InteractionFilter): string[] {
    const found: { id: string; rank: number }[] = [];
    for (const [id, entries] of this.adjacency.get(actorId) ?? []) {
      const first = firstMatching(entries, filter);
      if (first) found.push({ id, rank: first.rank });
    }
    return found.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1)).map((n) => n.id);
  }

  /** Shortest chain between two actors (resolved ids), as graphology's bidirectional search finds it. */
  shortestPath(fromId: string, toId: string, maxHops: number, filter: InteractionFilter): PathHopRecord[] | null {
    if (fromId === toId) return null;
    const nodes = bidirectional((id) => this.neighbours(id, filter), fromId, toId);
    if (!nodes || nodes.length - 1 > maxHops) return null;
    return nodes.slice(1).map((toNode, k) => ({
      fromId: nodes[k],
      toId: toNode,
      interactionIds: matching(this.adjacency.get(nodes[k])!.get(toNode)!, filter).map((e) => e.record.id),
    }));
  }

  /**
   * The first `limit` actors within `depth` hops of the center, nearest first (breadth-first);
   * empty when the center is no node of the network: no matching interaction in which it is a party.
   */
  neighbourhood(centerId: string, depth: number, filter: InteractionFilter, isNode: (id: string) => boolean, limit: number): string[] {
    if (!isNode(centerId)) return [];
    // Breadth-first, the order of discovery is the order of the answer: the walk stops at `limit`.
    const seen = new Set([centerId]);
    let frontier = [centerId];
    for (let d = 0; d < depth && frontier.length > 0 && seen.size < limit; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const n of this.neighbours(id, filter)) {
          if (seen.has(n)) continue;
          seen.add(n);
          next.push(n);
          if (seen.size >= limit) return [...seen];
        }
      }
      frontier = next;
    }
    return [...seen];
  }

  /**
   * Edges among the given actors, heaviest first: per pair, one undirected edge for the spoke-to
   * (and other undirected) interactions, and one directed edge per direction of the others.
   */
  edgesAmong(actorIds: readonly string[], filter: InteractionFilter): NetworkEdgeRecord[] {
    const keep = new Set(actorIds);
    const edges: NetworkEdgeRecord[] = [];
    const pairEdges = (entries: PairEntry[] | undefined) => {
      if (!entries) return;
      // Per pair: the undirected edge, and one per direction of directed links.
      let undirected: NetworkEdgeRecord | null = null;
      let directed: Map<string, NetworkEdgeRecord> | null = null;
      const [start, end] = dateBounds(entries, filter.from, filter.to);
      for (let k = start; k < end; k++) {
        const e = entries[k];
        if (!matchesInteraction(e.record, filter)) continue;
        for (const l of e.links) {
          let edge: NetworkEdgeRecord | undefined;
          if (!l.directed) {
            edge = undirected ??= newEdge(l);
          } else {
            directed ??= new Map();
            const key = `${l.source}>${l.target}`;
            edge = directed.get(key);
            if (!edge) directed.set(key, (edge = newEdge(l)));
          }
          edge.weight++;
          if (!edge.types.includes(e.record.type)) edge.types.push(e.record.type);
          if (e.date) {
            if (!edge.firstDate || e.date < edge.firstDate) edge.firstDate = e.date;
            if (!edge.lastDate || e.date > edge.lastDate) edge.lastDate = e.date;
          }
        }
      }
      if (undirected) edges.push(undirected);
      if (directed) edges.push(...directed.values());
    };
    for (const a of keep) {
      const ofA = this.adjacency.get(a);
      if (!ofA) continue;
      // The shorter way round: a hub's neighbours can far outnumber the actors kept.
      if (ofA.size <= keep.size) {
        for (const [b, entries] of ofA) if (a < b && keep.has(b)) pairEdges(entries);
      } else {
        for (const b of keep) if (a < b) pairEdges(ofA.get(b));
      }
    }
    // Sort keys looked up once per edge, not once per comparison.
    const keyed = edges.map((edge) => {
      edge.types.sort();
      return { edge, source: this.collation.get(edge.source)!, target: this.collation.get(edge.target)! };
    });
    keyed.sort((a, b) => b.edge.weight - a.edge.weight || a.source - b.source || a.target - b.target
      || Number(a.edge.directed) - Number(b.edge.directed));
    return keyed.map((k) => k.edge);
  }
}

function newEdge(l: Link): NetworkEdgeRecord {
  return { source: l.source, target: l.target, directed: l.directed, weight: 0, types: [], firstDate: null, lastDate: null };
}

/** String.prototype.localeCompare's order, as ../spoke-network.ts sorts edges. */
const byLocale = new Intl.Collator().compare;

/** The entries of a pair that match the filter, oldest first; the date range by binary search. */
function matching(entries: PairEntry[], filter: InteractionFilter): PairEntry[] {
  const [start, end] = dateBounds(entries, filter.from, filter.to);
  const out: PairEntry[] = [];
  for (let k = start; k < end; k++) if (matchesInteraction(entries[k].record, filter)) out.push(entries[k]);
  return out;
}

/** The oldest entry of a pair that matches the filter, if any. */
function firstMatching(entries: PairEntry[], filter: InteractionFilter): PairEntry | undefined {
  const [start, end] = dateBounds(entries, filter.from, filter.to);
  for (let k = start; k < end; k++) if (matchesInteraction(entries[k].record, filter)) return entries[k];
  return undefined;
}

/**
 * graphology-shortest-path's unweighted `bidirectional`, on a neighbour function: the same
 * fringe order and stopping rule, so the same path among equally short ones.
 */
function bidirectional(neighbours: (id: string) => string[], source: string, target: string): string[] | null {
  const predecessor = new Map<string, string | null>([[source, null]]);
  const successor = new Map<string, string | null>([[target, null]]);
  let forward = [source];
  let reverse = [target];
  let meet: string | null = null;
  outer: while (forward.length && reverse.length) {
    const isForward = forward.length <= reverse.length;
    const fringe = isForward ? forward : reverse;
    const [mine, theirs] = isForward ? [predecessor, successor] : [successor, predecessor];
    const next: string[] = [];
    if (isForward) forward = next;
    else reverse = next;
    for (const node of fringe) {
      for (const n of neighbours(node)) {
        if (!mine.has(n)) {
          next.push(n);
          mine.set(n, node);
        }
        if (theirs.has(n)) {
          meet = n;
          break outer;
        }
      }
    }
  }
  if (meet === null) return null;
  const path: string[] = [];
  for (let n: string | null = meet; n !== null; n = predecessor.get(n) ?? null) path.unshift(n);
  for (let n = successor.get(path[path.length - 1]) ?? null; n !== null; n = successor.get(n) ?? null) path.push(n);
  return path;
}
