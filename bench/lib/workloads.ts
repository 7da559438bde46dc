/**
 * The API queries a frontend sends, each with the variables of request number k: fixed (the same
 * request every time, so a response cache answers it) or rotating over many actors and, like a
 * timeline slider, a different `from` date per request (so neither the response cache nor a
 * per-filter memo can answer it).
 */
import { Prng } from '../corpus/prng';

export type Variables = Record<string, unknown>;

/** How the variables of successive requests differ. */
export type Rotation = 'fixed' | 'actors' | 'actors+dates';

export interface Workload {
  name: string;
  query: string;
  variables(rotation: Rotation, k: number): Variables;
}

export interface Pools {
  /** Actors with at least one spoke-to counterpart, spread over the whole degree range. */
  actors: string[];
  /** The best-connected person: the fixed center of the cached runs. */
  hub: string;
  /** Two persons exactly 3 hops apart: the fixed path of the cached runs. */
  path: { from: string; to: string };
  /** Oldest and newest interaction date of the store. */
  firstDate: string;
  lastDate: string;
}

const DAY_MS = 86_400_000;

/** A date in the first three quarters of the store's range: request k's position of the slider. */
export function sliderDate(p: Pools, k: number): string {
  const first = Date.parse(p.firstDate);
  const span = Date.parse(p.lastDate) - first;
  const rng = new Prng(0x5eed + k);
  return new Date(first + Math.floor(rng.next() * span * 0.75 / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** A 180-day window starting at request k's slider date. */
function window(p: Pools, k: number): { from: string; to: string } {
  const from = sliderDate(p, k);
  return { from, to: new Date(Date.parse(from) + 180 * DAY_MS).toISOString().slice(0, 10) };
}

const actorAt = (p: Pools, k: number) => p.actors[k % p.actors.length];
/** Request k's second actor: a stride coprime to nothing in particular keeps pairs varied. */
const otherAt = (p: Pools, k: number) => p.actors[(k * 7 + Math.floor(p.actors.length / 2)) % p.actors.length];

/** What every query is measured against: a bare answer from the same server. */
export const BASELINE: Workload = { name: 'baseline `{ __typename }`', query: '{ __typename }', variables: () => ({}) };

export function workloads(p: Pools): Workload[] {
  const from = (r: Rotation, k: number) => (r === 'actors+dates' ? sliderDate(p, k) : null);
  const center = (r: Rotation, k: number) => (r === 'fixed' ? p.hub : actorAt(p, k));
  const network = (depth: number): Workload => ({
    name: `network depth ${depth}, limit 200`,
    query: `query($c: ID!, $from: Date) { network(center: $c, depth: ${depth}, limit: 200, filter: { from: $from }) { nodes { id name kind } edges { source target weight types } } }`,
    variables: (r, k) => ({ c: center(r, k), from: from(r, k) }),
  });
  return [
    {
      name: 'actor + counterparts with topics',
      query: `query($id: ID!, $from: Date) { actor(id: $id) { id name kind
        counterparts(filter: { from: $from }) { actor { id name } count firstDate lastDate topics { id name } } } }`,
      variables: (r, k) => ({ id: center(r, k), from: from(r, k) }),
    },
    {
      name: 'interactions page by type and date range',
      query: `query($from: Date, $to: Date) { interactions(filter: { types: [CALL, MEETING, TALKS], from: $from, to: $to }, first: 20) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id type date status participants { role actor { id name } } topics { id } } } } }`,
      // The one list without an actor: "actors" keeps the range, "actors+dates" moves it per request.
      variables: (r, k) => (r === 'actors+dates' ? window(p, k) : { from: p.firstDate, to: p.lastDate }),
    },
    {
      name: 'path',
      query: `query($a: ID!, $b: ID!, $from: Date) { path(from: $a, to: $b, filter: { from: $from }) { length
        hops { from { id name } to { id name } interactions { id type date } } } }`,
      variables: (r, k) => (r === 'fixed' ? { a: p.path.from, b: p.path.to, from: null } : { a: actorAt(p, k), b: otherAt(p, k), from: from(r, k) }),
    },
    network(1),
    network(2),
  ];
}

/** The uncached runs: the baseline, then every workload rotating over actors, and over actors and dates. */
export function uncachedJobs(p: Pools): [Workload, Rotation][] {
  const jobs: [Workload, Rotation][] = [[BASELINE, 'fixed']];
  for (const w of workloads(p)) jobs.push([w, 'actors'], [w, 'actors+dates']);
  return jobs;
}
