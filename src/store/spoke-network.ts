/**
 * The actor network of a set of interactions, as a graphology graph, and the algorithms the API
 * offers on it (shortest path, centrality, neighbourhood). Shared by every adapter: an adapter
 * selects the interactions, this module does the graph work with graphology's own algorithms.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { bfsFromNode } from 'graphology-traversal/bfs';
import type { InteractionType } from '../domain/enums';
import type { InteractionRecord, NetworkEdgeRecord, PathHopRecord } from '../domain/graph';
import type { CentralityMetric } from './graph-store';

interface EdgeAttributes {
  interactionIds: string[];
  types: Set<InteractionType>;
  firstDate: string | null;
  lastDate: string | null;
}

export type SpokeGraph = UndirectedGraph<Record<string, never>, EdgeAttributes>;

/** One node per actor taking part (SUBJECTs of statements excluded), one edge per linked pair. */
export function buildSpokeGraph(interactions: Iterable<InteractionRecord>): SpokeGraph {
  const graph: SpokeGraph = new UndirectedGraph();
  for (const i of interactions) {
    const ids = [...new Set(i.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actorId))].sort();
    for (const id of ids) graph.mergeNode(id);
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        graph.updateEdge(ids[a], ids[b], (attr) => {
          const e: EdgeAttributes = attr.interactionIds
            ? (attr as EdgeAttributes)
            : { interactionIds: [], types: new Set(), firstDate: null, lastDate: null };
          e.interactionIds.push(i.id);
          e.types.add(i.type);
          if (i.date) {
            if (!e.firstDate || i.date < e.firstDate) e.firstDate = i.date;
            if (!e.lastDate || i.date > e.lastDate) e.lastDate = i.date;
          }
          return e;
        });
      }
    }
  }
  return graph;
}

export function shortestPathHops(graph: SpokeGraph, fromId: string, toId: string, maxHops: number): PathHopRecord[] | null {
  if (!graph.hasNode(fromId) || !graph.hasNode(toId) || fromId === toId) return null;
  const nodes = bidirectional(graph, fromId, toId);
  if (!nodes || nodes.length - 1 > maxHops) return null;
  return nodes.slice(1).map((toNode, k) => ({
    fromId: nodes[k],
    toId: toNode,
    interactionIds: [...graph.getEdgeAttributes(nodes[k], toNode).interactionIds],
  }));
}

export function centralityScores(graph: SpokeGraph, metric: CentralityMetric): Record<string, number> {
  if (graph.order === 0) return {};
  switch (metric) {
    case 'DEGREE': return degreeCentrality(graph);
    case 'PAGERANK': return pagerank(graph, { getEdgeWeight: (_e, attr) => attr.interactionIds.length });
    case 'BETWEENNESS': return betweennessCentrality(graph, { normalized: true });
    default: {
      const unreachable: never = metric;
      throw new Error(`unknown centrality metric ${String(unreachable)}`);
    }
  }
}

/** Actors within `depth` hops of the center, nearest first. */
export function neighbourhood(graph: SpokeGraph, centerId: string, depth: number): string[] {
  if (!graph.hasNode(centerId)) return [];
  const found: string[] = [];
  bfsFromNode(graph, centerId, (node, _attr, d) => {
    found.push(node);
    return d >= depth; // true: do not expand beyond the depth
  });
  return found;
}

/** Edges among the given nodes, heaviest first. */
export function edgesAmong(graph: SpokeGraph, nodeIds: Iterable<string>): NetworkEdgeRecord[] {
  const keep = new Set(nodeIds);
  const edges: NetworkEdgeRecord[] = [];
  graph.forEachEdge((_e, attr, source, target) => {
    if (!keep.has(source) || !keep.has(target)) return;
    const [s, t] = source < target ? [source, target] : [target, source];
    edges.push({
      source: s, target: t, weight: attr.interactionIds.length, types: [...attr.types].sort(),
      firstDate: attr.firstDate, lastDate: attr.lastDate,
    });
  });
  return edges.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
