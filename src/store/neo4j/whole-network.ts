/**
 * Centrality and networks without a center on Neo4j: answers on the whole spoke-to network, read
 * aggregated in Cypher. Reading every matching interaction with its actors and building their
 * graph in Node per request cost 180–600 ms of CPU at 2,000 articles.
 *
 * - Degree centrality and the actors a network without a center keeps come from each node's
 *   degree, counted in Cypher (list-spoke-degrees), of which only the most linked are read.
 * - The edges among those actors come one row per edge (list-spoke-links).
 * - PageRank and betweenness need the whole graph: its nodes and linked pairs (list-spoke-pairs),
 *   put in the order the graph of ../spoke-network.ts creates them from the interactions, as the
 *   scores' sums follow it: a node by the first interaction it is a party to, then by id (as a
 *   party list is sorted); a pair by its first interaction, then by its first link there in
 *   linksOf's (source, target) order.
 *
 * The answers are those of that graph, as the embedded store computes them, to the last bit.
 */
import { ACTOR_KINDS, DIRECTED_TYPES, INTERACTION_TYPES, type ActorKind } from '../../domain/enums';
import type { NetworkEdgeRecord, ScoreRecord } from '../../domain/graph';
import type { CentralityMetric, InteractionFilter } from '../graph-store';
import { buildPairGraph, centralityScores, degreeCentralityOf, heaviestFirst } from '../spoke-network';
import { interactionFilterParams } from './params';
import { asBoolean, asCount, asEnum, asList, asMap, asNullableString, asString, int, type Plain } from './values';

/** Runs a statement in the request's read transaction. */
export type ReadStatement = (name: 'list-spoke-degrees' | 'list-spoke-pairs' | 'list-spoke-links', params: Record<string, unknown>) => Promise<Record<string, Plain>[]>;

/**
 * The edges among some actors (resolved ids), heaviest first, as edgesAmong
 * (test/helpers/spoke-reference.ts) gives them on the graph of every matching interaction: one
 * aggregated row per edge (list-spoke-links). Networks around a center (spoke-walk.ts) and
 * without one end with it.
 */
export async function linksAmong(read: (name: 'list-spoke-links', params: Record<string, unknown>) => Promise<Record<string, Plain>[]>,
  filter: InteractionFilter, actorIds: readonly string[]): Promise<NetworkEdgeRecord[]> {
  if (actorIds.length === 0) return [];
  const rows = await read('list-spoke-links', { ...interactionFilterParams(filter), directedTypes: DIRECTED_TYPES, ids: actorIds });
  const edges = rows.map((row): NetworkEdgeRecord => ({
    source: asString(row.source, 'source'),
    target: asString(row.target, 'target'),
    directed: asBoolean(row.directed, 'directed'),
    weight: asCount(row.weight, 'weight'),
    types: asList(row.types, 'types').map((t) => asEnum(t, INTERACTION_TYPES, 'types[]')).sort(),
    firstDate: asNullableString(row.firstDate, 'firstDate'),
    lastDate: asNullableString(row.lastDate, 'lastDate'),
  }));
  return edges.sort(heaviestFirst);
}

/** The `limit` nodes with the most neighbours (then by id) and the edges among them, heaviest first. */
export async function networkWithoutCenter(read: ReadStatement, filter: InteractionFilter, limit: number): Promise<{ actorIds: string[]; edges: NetworkEdgeRecord[] }> {
  if (limit < 1) return { actorIds: [], edges: [] };
  const actorIds = (await rankByDegree(read, filter, null, limit)).ranked.map((n) => n.actorId);
  return { actorIds, edges: await linksAmong(read, filter, actorIds) };
}

/** The `first` actors (of `kind`, or any) by a centrality of the network, highest first, then by id. */
export async function centrality(read: ReadStatement, metric: CentralityMetric, filter: InteractionFilter, kind: ActorKind | null,
  first: number): Promise<ScoreRecord[]> {
  if (first < 1) return [];
  if (metric === 'DEGREE') {
    // Ranked by degree is ranked by score: every degree is divided by the same number.
    const { order, ranked } = await rankByDegree(read, filter, kind, first);
    return ranked.map(({ actorId, degree }) => ({ actorId, score: degreeCentralityOf(degree, order) }));
  }
  const { nodes, pairs } = await readPairs(read, filter);
  const kinds = new Map(nodes.map((n) => [n.actorId, n.kind]));
  const scores = centralityScores(buildPairGraph(nodes.map((n) => n.actorId), pairs), metric);
  return Object.entries(scores)
    .filter(([id]) => !kind || kinds.get(id) === kind)
    .map(([actorId, score]) => ({ actorId, score }))
    .sort((a, b) => b.score - a.score || a.actorId.localeCompare(b.actorId))
    .slice(0, first);
}

/**
 * The `first` nodes (of `kind`, or any) with the most neighbours, ties by id in localeCompare
 * order as the graph's answers break them, and the number of nodes of the network.
 */
async function rankByDegree(read: ReadStatement, filter: InteractionFilter, kind: ActorKind | null, first: number) {
  const [row] = await read('list-spoke-degrees', { ...interactionFilterParams(filter), directedTypes: DIRECTED_TYPES, kind, first: int(first) });
  const ranked = asList(row?.ranked, 'ranked').map((value) => {
    const n = asMap(value, 'ranked[]');
    return { actorId: asString(n.actorId, 'ranked[].actorId'), degree: asCount(n.degree, 'ranked[].degree') };
  });
  ranked.sort((a, b) => b.degree - a.degree || a.actorId.localeCompare(b.actorId));
  return { order: asCount(row?.order, 'order'), ranked: ranked.slice(0, first) };
}

/** The nodes and linked pairs of the network, each in the order the graph of the interactions creates it. */
async function readPairs(read: ReadStatement, filter: InteractionFilter) {
  const [row] = await read('list-spoke-pairs', { ...interactionFilterParams(filter), directedTypes: DIRECTED_TYPES });
  const nodes = asList(row?.nodes, 'nodes').map((value) => {
    const [actorId, kind, first] = asList(value, 'nodes[]');
    return { actorId: asString(actorId, 'nodes[].actorId'), kind: asEnum(kind, ACTOR_KINDS, 'nodes[].kind'), first: asCount(first, 'nodes[].first') };
  });
  const pairs = asList(row?.pairs, 'pairs').map((value) => {
    const [source, target, first, interactions] = asList(value, 'pairs[]');
    return {
      source: asString(source, 'pairs[].source'),
      target: asString(target, 'pairs[].target'),
      first: asCount(first, 'pairs[].first'),
      interactions: asCount(interactions, 'pairs[].interactions'),
    };
  });
  nodes.sort((a, b) => a.first - b.first || byCodeUnits(a.actorId, b.actorId));
  pairs.sort((a, b) => a.first - b.first || byCodeUnits(a.source, b.source) || byCodeUnits(a.target, b.target));
  return { nodes, pairs };
}

/** Array.prototype.sort's order, as linksOf sorts ids. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
