/**
 * The actor network for analytics tools: JSON (nodes + edges) or GEXF for Gephi and networkx.
 * Nodes carry kind, role and country; edges direction, weight, types and first/last date; the
 * dynamic GEXF adds spells (./dynamic-gexf.ts).
 */
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { InteractionRecord, NetworkRecord } from '../domain/graph';
import { DIRECTED_TYPES, SPOKE_TO_TYPES, type InteractionType } from '../domain/enums';
import type { GraphStore, InteractionFilter } from '../store/graph-store';
import { linksOf } from '../store/spoke-network';
import { timelineDate } from '../time/timeline';
import { edgeKey, writeDynamicGexf, type EdgeSpells } from './dynamic-gexf';

/** Every actor with at least one link, up to this many. */
const EXPORT_NODE_LIMIT = 100_000;

/** Interactions read per store call when collecting spells. */
const SPELL_PAGE_SIZE = 1000;

/** Spoke-to interactions (undirected edges) and appeals, criticism, attacks and aid (directed). */
export const EXPORT_TYPES: readonly InteractionType[] = [...SPOKE_TO_TYPES, ...DIRECTED_TYPES];

/**
 * The types an export is asked for ("CALL,MEETING"), or all of EXPORT_TYPES when none are given.
 * Spoke-to types alone make a graph of undirected edges only, which networkx reads from GEXF.
 */
export function parseExportTypes(value: string | null | undefined): InteractionType[] {
  if (!value?.trim()) return [...EXPORT_TYPES];
  const types = value.split(',').map((t) => t.trim().toUpperCase());
  const unknown = types.filter((t) => !(EXPORT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) throw new ExportTypesError(`types must be a comma-separated list of ${EXPORT_TYPES.join(', ')}; got ${unknown.join(', ')}`);
  return [...new Set(types)] as InteractionType[];
}

export class ExportTypesError extends Error {}

export interface NetworkExportOptions {
  /** GEXF only: edges carry spells, for Gephi's timeline. */
  dynamic?: boolean;
  /** Interaction types whose edges are exported (default EXPORT_TYPES). */
  types?: readonly InteractionType[];
}

export async function loadExportNetwork(store: GraphStore, types: readonly InteractionType[] = EXPORT_TYPES): Promise<NetworkRecord> {
  return store.network({ depth: 1, filter: exportFilter(types), limit: EXPORT_NODE_LIMIT });
}

const exportFilter = (types: readonly InteractionType[]): InteractionFilter => ({ types: [...types], status: 'OCCURRED' });

export async function networkExport(store: GraphStore, format: 'json' | 'gexf', { dynamic = false, types = EXPORT_TYPES }: NetworkExportOptions = {}): Promise<string> {
  const network = await loadExportNetwork(store, types);
  if (format === 'json') return JSON.stringify(toJson(network));
  if (dynamic) return writeDynamicGexf(network, await loadSpells(store, exportFilter(types)));
  // GEXF 1.3: the 1.2 writer declares a malformed viz namespace ("http:///www.gexf.net/1.1draft/viz").
  return writeGexf(toGraph(network), { pretty: true, version: '1.3' });
}

/** The days of each edge's interactions: interaction dates, reportedAt where undated. */
async function loadSpells(store: GraphStore, filter: InteractionFilter): Promise<EdgeSpells> {
  const days = new Map<string, Set<string>>();
  const add = (i: InteractionRecord) => {
    const day = timelineDate(i);
    if (!day) return;
    for (const link of linksOf(i)) {
      const key = edgeKey(link);
      days.set(key, (days.get(key) ?? new Set()).add(day));
    }
  };
  let after: string | null = null;
  for (;;) {
    const page = await store.listInteractions(filter, 'DATE_ASC', { first: SPELL_PAGE_SIZE, after });
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

/** A mixed graph: GEXF writes `type="undirected"` on undirected edges (directed is the default). */
function toGraph(network: NetworkRecord): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  for (const n of network.nodes) {
    graph.addNode(n.id, { label: n.name, kind: n.kind, role: n.role ?? '', country: n.country ?? '' });
  }
  for (const e of network.edges) {
    const attributes = { weight: e.weight, types: e.types, firstDate: e.firstDate ?? '', lastDate: e.lastDate ?? '' };
    // Stable edge ids: the same edge has the same id in every export.
    if (e.directed) graph.addDirectedEdgeWithKey(edgeKey(e), e.source, e.target, attributes);
    else graph.addUndirectedEdgeWithKey(edgeKey(e), e.source, e.target, attributes);
  }
  return graph;
}
