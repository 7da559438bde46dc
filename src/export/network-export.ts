/**
 * The spoke-to network of actors for analytics tools: JSON (nodes + edges) or GEXF for Gephi
 * and networkx. Nodes carry kind, role and country; edges weight, types and first/last date;
 * the dynamic GEXF adds spells (./dynamic-gexf.ts).
 */
import { UndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { InteractionRecord, NetworkRecord } from '../domain/graph';
import type { GraphStore } from '../store/graph-store';
import { withSpokeToDefaults } from '../store/interaction-filter';
import { timelineDate } from '../time/timeline';
import { pairKey, writeDynamicGexf, type EdgeSpells } from './dynamic-gexf';

/** Every actor with at least one spoke-to link, up to this many. */
export const EXPORT_NODE_LIMIT = 100_000;

export async function loadSpokeToNetwork(store: GraphStore): Promise<NetworkRecord> {
  return store.network({ depth: 1, filter: withSpokeToDefaults(), limit: EXPORT_NODE_LIMIT });
}

/** Interactions read per store call when collecting spells. */
const SPELL_PAGE_SIZE = 1000;

/** `dynamic` (GEXF only): edges carry spells, for Gephi's timeline. */
export async function networkExport(store: GraphStore, format: 'json' | 'gexf', { dynamic = false } = {}): Promise<string> {
  const network = await loadSpokeToNetwork(store);
  if (format === 'json') return JSON.stringify(toJson(network));
  if (dynamic) return writeDynamicGexf(network, await loadSpells(store));
  return writeGexf(toGraph(network), { pretty: true });
}

/** The days on which each pair of actors spoke: interaction dates, reportedAt where undated. */
async function loadSpells(store: GraphStore): Promise<EdgeSpells> {
  const days = new Map<string, Set<string>>();
  const add = (i: InteractionRecord) => {
    const day = timelineDate(i);
    if (!day) return;
    const ids = [...new Set(i.participants.filter((p) => p.role !== 'SUBJECT').map((p) => p.actorId))];
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const key = pairKey(ids[a], ids[b]);
        days.set(key, (days.get(key) ?? new Set()).add(day));
      }
    }
  };
  let after: string | null = null;
  for (;;) {
    const page = await store.listInteractions(withSpokeToDefaults(), 'DATE_ASC', { first: SPELL_PAGE_SIZE, after });
    page.edges.forEach((e) => add(e.node));
    if (!page.hasNextPage || page.edges.length === 0) break;
    after = page.edges[page.edges.length - 1].cursor;
  }
  return new Map([...days].map(([key, set]) => [key, [...set].sort()]));
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
