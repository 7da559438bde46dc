/**
 * The spoke-to network of actors for analytics tools: JSON (nodes + edges) or GEXF for Gephi
 * and networkx. Nodes carry kind, role and country; edges weight, types and first/last date.
 */
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { NetworkRecord } from '../domain/graph';
import type { GraphStore } from '../store/graph-store';
import { withSpokeToDefaults } from '../store/interaction-filter';

/** Every actor with at least one spoke-to link, up to this many. */
export const EXPORT_NODE_LIMIT = 100_000;

export async function loadSpokeToNetwork(store: GraphStore): Promise<NetworkRecord> {
  return store.network({ depth: 1, filter: withSpokeToDefaults(), limit: EXPORT_NODE_LIMIT });
}

export async function networkExport(store: GraphStore, format: 'json' | 'gexf'): Promise<string> {
  const network = await loadSpokeToNetwork(store);
  if (format === 'json') return JSON.stringify(toJson(network));
  return writeGexf(toGraph(network), { pretty: true });
}

function toJson(network: NetworkRecord) {
  return {
    nodes: network.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, role: n.role, country: n.country })),
    edges: network.edges,
  };
}

function toGraph(network: NetworkRecord): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const n of network.nodes) {
    graph.addNode(n.id, { label: n.name, kind: n.kind, role: n.role ?? '', country: n.country ?? '' });
  }
  for (const e of network.edges) {
    graph.addEdge(e.source, e.target, {
      weight: e.weight, types: e.types.join(' '), firstDate: e.firstDate ?? '', lastDate: e.lastDate ?? '',
    });
  }
  return graph;
}
