/**
 * The actor network for analytics tools: JSON (nodes + edges) or GEXF for Gephi
 * and networkx. Nodes carry kind, role and country; edges direction, weight, types and first/last date.
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { NetworkRecord } from '../domain/graph';
import { DIRECTED_TYPES, SPOKE_TO_TYPES } from '../domain/enums';
import type { GraphStore } from '../store/graph-store';

/** Every actor with at least one link, up to this many. */
export const EXPORT_NODE_LIMIT = 100_000;

/** Spoke-to interactions (undirected edges) and appeals, criticism, attacks and aid (directed), that occurred. */
export async function loadExportNetwork(store: GraphStore): Promise<NetworkRecord> {
  return store.network({ depth: 1, filter: { types: [...SPOKE_TO_TYPES, ...DIRECTED_TYPES], status: 'OCCURRED' }, limit: EXPORT_NODE_LIMIT });
}

export async function networkExport(store: GraphStore, format: 'json' | 'gexf'): Promise<string> {
  const network = await loadExportNetwork(store);
  if (format === 'json') return JSON.stringify(toJson(network));
  // GEXF 1.3: the 1.2 writer declares a malformed viz namespace ("http:///www.gexf.net/1.1draft/viz").
  return writeGexf(toGraph(network), { pretty: true, version: '1.3' });
}

function toJson(network: NetworkRecord) {
  return {
    nodes: network.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, role: n.role, country: n.country })),
    edges: network.edges,
  };
}

/** A mixed graph: GEXF writes `type="undirected"` on undirected edges (directed is the default). */
function toGraph(network: NetworkRecord): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  for (const n of network.nodes) {
    graph.addNode(n.id, { label: n.name, kind: n.kind, role: n.role ?? '', country: n.country ?? '' });
  }
  for (const e of network.edges) {
    const attributes = { weight: e.weight, types: e.types, firstDate: e.firstDate ?? '', lastDate: e.lastDate ?? '' };
    // Stable edge ids: the same edge has the same id in every export.
    const key = `${e.source}${e.directed ? '->' : '--'}${e.target}`;
    if (e.directed) graph.addDirectedEdgeWithKey(key, e.source, e.target, attributes);
    else graph.addUndirectedEdgeWithKey(key, e.source, e.target, attributes);
  }
  return graph;
}
