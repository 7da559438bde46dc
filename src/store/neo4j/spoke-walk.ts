/**
 * Paths and networks around a center on Neo4j, walked from their ends: breadth-first over the
 * spoke-to network, one round trip (list-spoke-neighbours) per level for the neighbours of the
 * whole fringe, then one for what links the actors kept: a path's interactions (list-spoke-edges),
 * a network's edges aggregated per pair (list-spoke-links, whole-network.ts). A graph of
 * every interaction the filter allows, built per request, cost 150–300 ms of CPU at 2,000 articles
 * whatever the answer; a walk costs what it reaches.
 *
 * The answers are those of the graph of ../spoke-network.ts built from every matching interaction
 * (as ../embedded/spoke-index.ts reproduces them from adjacency lists): an actor's neighbours come
 * in the order the graph creates their edges (by the first matching interaction linking them, then
 * by id, as linksOf orders the links of one interaction), and the walks visit them in that order,
 * which decides ties between equally short paths and which actors a limit keeps.
 */
import { DIRECTED_TYPES, INTERACTION_TYPES, PARTICIPANT_ROLES } from '../../domain/enums';
import type { NetworkEdgeRecord, PathHopRecord } from '../../domain/graph';
import { bidirectionalSearch } from '../bidirectional-search';
import type { InteractionFilter } from '../graph-store';
import { buildSpokeGraph, hopsAlong, type SpokeGraph, type SpokeInteraction } from '../spoke-network';
import { interactionFilterParams } from './params';
import { linksAmong } from './whole-network';
import { asBoolean, asEnum, asList, asMap, asNullableString, asString, type Plain } from './values';

/** Runs a statement in the request's read transaction. */
export type ReadStatement = (name: 'list-spoke-neighbours' | 'list-spoke-edges' | 'list-spoke-links', params: Record<string, unknown>) => Promise<Record<string, Plain>[]>;

/** An actor in the spoke-to network under the walk's filter. */
interface Adjacency {
  /** Whether it is a party (not only a SUBJECT) to a matching interaction: a node of the network. */
  isNode: boolean;
  /** Its neighbours in the order the graph creates their edges. */
  neighbours: string[];
}

export class SpokeWalk {
  /** Adjacency by actor id (resolved), fetched once per actor. */
  private readonly adjacency = new Map<string, Adjacency>();
  private readonly filterParams: Record<string, unknown>;

  constructor(private readonly read: ReadStatement, private readonly filter: InteractionFilter) {
    this.filterParams = interactionFilterParams(filter);
  }

  /**
   * The shortest chain between two actors as graphology's bidirectional search finds it on the
   * graph; null when they are the same actor, are not linked, or only by more than maxHops.
   */
  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<PathHopRecord[] | null> {
    if (maxHops < 1) return null;
    // Both ends in one round trip: their ids resolved through merges, their neighbours.
    const resolved = await this.fetch([fromId, toId]);
    const source = resolved.get(fromId)!;
    const target = resolved.get(toId)!;
    if (source === target) return null;
    const nodes = await this.bidirectional(source, target, maxHops);
    return nodes && hopsAlong(await this.graphAmong(nodes), nodes);
  }

  /**
   * The first `limit` actors within `depth` hops of the center, nearest first (breadth-first),
   * and the edges among them; nothing when the center is no node of the network.
   */
  async network(centerId: string, depth: number, limit: number): Promise<{ actorIds: string[]; edges: NetworkEdgeRecord[] }> {
    if (limit <= 0) return { actorIds: [], edges: [] };
    const center = (await this.fetch([centerId])).get(centerId)!;
    if (!this.adjacency.get(center)!.isNode) return { actorIds: [], edges: [] };
    const seen = new Set([center]);
    let frontier = [center];
    // Breadth-first, the order of discovery is the order of the answer: the walk stops at `limit`.
    levels: for (let d = 0; d < depth && frontier.length > 0 && seen.size < limit; d++) {
      await this.fetch(frontier);
      const next: string[] = [];
      for (const a of frontier) {
        for (const b of this.adjacency.get(a)!.neighbours) {
          if (seen.has(b)) continue;
          seen.add(b);
          next.push(b);
          if (seen.size >= limit) break levels;
        }
      }
      frontier = next;
    }
    const actorIds = [...seen];
    return { actorIds, edges: await linksAmong(this.read, this.filter, actorIds) };
  }

  /** ../bidirectional-search.ts, the neighbours of each fringe fetched in one round trip before it is expanded. */
  private async bidirectional(source: string, target: string, maxHops: number): Promise<string[] | null> {
    const search = bidirectionalSearch(source, target, (node) => this.adjacency.get(node)!.neighbours, maxHops);
    for (let step = search.next(); ; step = search.next()) {
      if (step.done) return step.value;
      await this.fetch(step.value);
    }
  }

  /**
   * The adjacency of the actors not fetched yet, in one round trip; returns each id asked for
   * resolved through merges (the ids the walk reaches are actors' own ids already).
   */
  private async fetch(actorIds: readonly string[]): Promise<Map<string, string>> {
    const resolved = new Map(actorIds.map((id) => [id, id]));
    const missing = [...new Set(actorIds)].filter((id) => !this.adjacency.has(id));
    if (missing.length === 0) return resolved;
    const rows = await this.read('list-spoke-neighbours', { ...this.filterParams, ids: missing, directedTypes: DIRECTED_TYPES });
    for (const row of rows) {
      const actorId = asString(row.actorId, 'actorId');
      resolved.set(asString(row.requested, 'requested'), actorId);
      this.adjacency.set(actorId, { isNode: asBoolean(row.isNode, 'isNode'), neighbours: inEdgeOrder(row.neighbours) });
    }
    // The statement answers every id; one it did not would be no node.
    for (const id of resolved.values()) if (!this.adjacency.has(id)) this.adjacency.set(id, { isNode: false, neighbours: [] });
    return resolved;
  }

  /** The graph of the matching interactions among a path's actors: between them, it links them as the whole graph does. */
  private async graphAmong(actorIds: readonly string[]): Promise<SpokeGraph> {
    const rows = await this.read('list-spoke-edges', { ...this.filterParams, ids: actorIds });
    return buildSpokeGraph(rows.map((row) => toSpokeInteraction(row.interaction)));
  }
}

/**
 * list-spoke-neighbours' neighbours (ordered by the first interaction linking them) in the graph's
 * edge order: those first linked by one interaction in code-unit order of their ids, as linksOf
 * sorts the parties of an interaction.
 */
function inEdgeOrder(value: Plain | undefined): string[] {
  const neighbours = asList(value, 'neighbours').map((n) => {
    const m = asMap(n, 'neighbours[]');
    return { id: asString(m.actorId, 'neighbours[].actorId'), via: asString(m.via, 'neighbours[].via') };
  });
  const ordered: string[] = [];
  for (let start = 0; start < neighbours.length;) {
    let end = start + 1;
    while (end < neighbours.length && neighbours[end].via === neighbours[start].via) end++;
    ordered.push(...neighbours.slice(start, end).map((n) => n.id).sort());
    start = end;
  }
  return ordered;
}

function toSpokeInteraction(value: Plain | undefined): SpokeInteraction {
  const i = asMap(value, 'interaction');
  return {
    id: asString(i.id, 'interaction.id'),
    type: asEnum(i.type, INTERACTION_TYPES, 'interaction.type'),
    date: asNullableString(i.date, 'interaction.date'),
    participants: asList(i.participants, 'interaction.participants').map((p) => {
      const m = asMap(p, 'interaction.participants[]');
      return {
        actorId: asString(m.actorId, 'interaction.participants[].actorId'),
        role: asEnum(m.role, PARTICIPANT_ROLES, 'interaction.participants[].role'),
      };
    }),
  };
}
