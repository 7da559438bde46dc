/**
 * The definition of path and network answers that the stores' walks from the ends
 * must give: graphology's own searches on the graph of every matching interaction
 * (src/store/spoke-network.ts builds it).
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { bfsFromNode } from 'graphology-traversal/bfs';
import type { NetworkEdgeRecord, PathHopRecord } from '../../src/domain/graph';
import { heaviestFirst, hopsAlong, type SpokeGraph } from '../../src/store/spoke-network';

export function shortestPathHops(graph: SpokeGraph, fromId: string, toId: string, maxHops: number): PathHopRecord[] | null {
  if (!graph.hasNode(fromId) || !graph.hasNode(toId) || fromId === toId) return null;
  const nodes = bidirectional(graph, fromId, toId);
  if (!nodes || nodes.length - 1 > maxHops) return null;
  return hopsAlong(graph, nodes);
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

/**
 * Edges among the given nodes, heaviest first: per pair, one undirected edge for the spoke-to
 * (and other undirected) interactions, and one directed edge per direction of the others.
 */
export function edgesAmong(graph: SpokeGraph, nodeIds: Iterable<string>): NetworkEdgeRecord[] {
  const keep = new Set(nodeIds);
  const edges: NetworkEdgeRecord[] = [];
  graph.forEachEdge((_e, attr, source, target) => {
    if (!keep.has(source) || !keep.has(target)) return;
    for (const l of attr.links.values()) {
      edges.push({
        source: l.source, target: l.target, directed: l.directed, weight: l.interactionIds.length,
        types: [...l.types].sort(), firstDate: l.firstDate, lastDate: l.lastDate,
      });
    }
  });
  return edges.sort(heaviestFirst);
}
