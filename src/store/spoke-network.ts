/**
 * The actor network of a set of interactions, as a graphology graph, and what the API computes on
 * the whole of it (centrality, the edges among a set of actors). Shared by every adapter: an
 * adapter selects the interactions, this module does the graph work with graphology's own
 * algorithms (betweenness with ./betweenness.ts: graphology's scores, faster). Neo4j aggregates
 * the network's pairs in Cypher instead of reading every interaction, and runs the centralities
 * on a graph of those pairs (PairGraph). Paths and networks around a center are walked from their
 * ends instead (the embedded store's spoke index, Neo4j's spoke-walk.ts);
 * test/helpers/spoke-reference.ts keeps graphology's search on the whole graph as the definition
 * of their answers.
 */
import { UndirectedGraph } from 'graphology';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { DIRECTED_TYPES, type InteractionType } from '../domain/enums';
import type { InteractionRecord, NetworkEdgeRecord, PathHopRecord } from '../domain/graph';
import { betweennessCentrality } from './betweenness';
import type { CentralityMetric } from './graph-store';

interface LinkAttributes {
  source: string;
  target: string;
  directed: boolean;
  interactionIds: string[];
  types: Set<InteractionType>;
  firstDate: string | null;
  lastDate: string | null;
}

interface EdgeAttributes {
  interactionIds: string[];
  /** The links between the pair: `<source>><target>` for directed ones, `-` for the undirected one. */
  links: Map<string, LinkAttributes>;
}

export type SpokeGraph = UndirectedGraph<Record<string, never>, EdgeAttributes>;

interface PairAttributes {
  /** How many interactions link the pair (PageRank's edge weight). Not `weight`: betweenness would take that for a length. */
  interactions: number;
}

/** The network as its linked pairs, without the interactions behind them: what PageRank and betweenness read. */
export type PairGraph = UndirectedGraph<Record<string, never>, PairAttributes>;

/** What the network takes from an interaction: who takes part in what role, its type, date and id. */
export type SpokeInteraction = Pick<InteractionRecord, 'id' | 'type' | 'date' | 'participants'>;

/**
 * Who is linked to whom by one interaction. A directed type (APPEAL, CRITICISM, ATTACK, AID) with
 * an initiator and a recipient links each initiator to each recipient, one way; anything else
 * links every pair of parties (SUBJECTs of statements excluded), both ways.
 */
export function linksOf(i: Pick<SpokeInteraction, 'type' | 'participants'>): { source: string; target: string; directed: boolean }[] {
  const withRole = (role: string) => [...new Set(i.participants.filter((p) => p.role === role).map((p) => p.actorId))].sort();
  const initiators = withRole('INITIATOR');
  const recipients = withRole('RECIPIENT');
  if (DIRECTED_TYPES.includes(i.type) && initiators.length > 0 && recipients.length > 0) {
    return initiators.flatMap((source) => recipients.filter((target) => target !== source).map((target) => ({ source, target, directed: true })));
  }
  return partyLinks(i);
}

/**
 * Every pair of parties other than SUBJECTs, undirected, the smaller id first: whom an actor's
 * counterparts are, and linksOf's links of an interaction that is not one way.
 */
export function partyLinks(i: Pick<SpokeInteraction, 'participants'>): { source: string; target: string; directed: boolean }[] {
  const ids = [...new Set(i.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actorId))].sort();
  return ids.flatMap((source, a) => ids.slice(a + 1).map((target) => ({ source, target, directed: false })));
}

/** One node per actor taking part, one (undirected) graph edge per linked pair, holding its directed links. */
export function buildSpokeGraph(interactions: Iterable<SpokeInteraction>): SpokeGraph {
  const graph: SpokeGraph = new UndirectedGraph();
  for (const i of interactions) {
    for (const p of i.participants) if (p.role !== 'SUBJECT') graph.mergeNode(p.actorId);
    for (const link of linksOf(i)) {
      graph.updateEdge(link.source, link.target, (attr) => {
        const e: EdgeAttributes = attr.interactionIds ? (attr as EdgeAttributes) : { interactionIds: [], links: new Map() };
        if (!e.interactionIds.includes(i.id)) e.interactionIds.push(i.id);
        const key = link.directed ? `${link.source}>${link.target}` : '-';
        const l = e.links.get(key) ?? { ...link, interactionIds: [], types: new Set<InteractionType>(), firstDate: null, lastDate: null };
        l.interactionIds.push(i.id);
        l.types.add(i.type);
        if (i.date) {
          if (!l.firstDate || i.date < l.firstDate) l.firstDate = i.date;
          if (!l.lastDate || i.date > l.lastDate) l.lastDate = i.date;
        }
        e.links.set(key, l);
        return e;
      });
    }
  }
  return graph;
}

/**
 * The graph of a network given as its nodes and linked pairs (Neo4j's list-spoke-pairs), each in
 * the order buildSpokeGraph creates it from the interactions: PageRank and betweenness add up in
 * node and edge order, so in that order their scores are those of the SpokeGraph to the last bit.
 */
export function buildPairGraph(nodeIds: Iterable<string>, pairs: Iterable<{ source: string; target: string; interactions: number }>): PairGraph {
  const graph: PairGraph = new UndirectedGraph();
  for (const id of nodeIds) graph.addNode(id);
  for (const { source, target, interactions } of pairs) graph.addEdge(source, target, { interactions });
  return graph;
}

/**
 * The PairGraph of a set of interactions (oldest first), its nodes and pairs in the order
 * buildSpokeGraph creates them, each pair with the number of interactions linking it: what the
 * centralities read, without the interactions, links and dates a SpokeGraph keeps per pair (most
 * of the time and memory of building one).
 */
export function pairGraphOf(interactions: Iterable<SpokeInteraction>): PairGraph {
  const nodes = new Set<string>();
  const pairs = new Map<string, { source: string; target: string; interactions: number; last: string }>();
  for (const i of interactions) {
    for (const p of i.participants) if (p.role !== 'SUBJECT') nodes.add(p.actorId);
    for (const { source, target } of linksOf(i)) {
      // One undirected edge per pair, whichever way its links go; an interaction counts once.
      const key = source < target ? `${source}\n${target}` : `${target}\n${source}`;
      const pair = pairs.get(key);
      if (!pair) pairs.set(key, { source, target, interactions: 1, last: i.id });
      else if (pair.last !== i.id) {
        pair.interactions++;
        pair.last = i.id;
      }
    }
  }
  return buildPairGraph(nodes, pairs.values());
}

/** The hops of a chain of linked nodes, each with the interactions linking its ends, oldest first. */
export function hopsAlong(graph: SpokeGraph, nodes: readonly string[]): PathHopRecord[] {
  return nodes.slice(1).map((toNode, k) => ({
    fromId: nodes[k],
    toId: toNode,
    interactionIds: [...graph.getEdgeAttributes(nodes[k], toNode).interactionIds],
  }));
}

/** Every node's score; on a SpokeGraph or the PairGraph of the same network, the same scores. */
export function centralityScores<E extends EdgeAttributes | PairAttributes>(graph: UndirectedGraph<Record<string, never>, E>, metric: CentralityMetric): Record<string, number> {
  if (graph.order === 0) return {};
  switch (metric) {
    case 'DEGREE': return degreeCentrality(graph);
    case 'PAGERANK': return pagerank(graph, { getEdgeWeight: (_e, attr) => interactionsLinking(attr) });
    case 'BETWEENNESS': return betweennessCentrality(graph);
    default: {
      const unreachable: never = metric;
      throw new Error(`unknown centrality metric ${String(unreachable)}`);
    }
  }
}

/** A node's degree centrality as graphology's degreeCentrality gives it: its degree over the number of other nodes. */
export function degreeCentralityOf(degree: number, order: number): number {
  return degree / (order - 1);
}

function interactionsLinking(attr: EdgeAttributes | PairAttributes): number {
  return 'interactions' in attr ? attr.interactions : attr.interactionIds.length;
}

/** The order of a network's edges: heaviest first, then by source and target id (localeCompare), undirected first. */
export function heaviestFirst(a: NetworkEdgeRecord, b: NetworkEdgeRecord): number {
  return b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)
    || Number(a.directed) - Number(b.directed);
}
