/**
 * API throughput with autocannon against a running `serve` on 127.0.0.1: each workload checked for
 * clean answers first, then loaded with the variables of its rotation, with the server's CPU time
 * per request read from /proc around the measured run.
 */
import autocannon from 'autocannon';
import type { Pools, Rotation, Variables, Workload } from './workloads';

export interface QueryResult {
  name: string;
  rotation: Rotation;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Mean bytes of an answer, over the checked sample. */
  responseBytes: number;
  /** Server CPU (user + system) per answered request, in ms. */
  cpuMsPerRequest: number;
  /** Its system (kernel) part, when measured. */
  systemCpuMsPerRequest?: number;
  /** The database process's CPU per answered request, in ms, when it runs apart (the Neo4j JVM). */
  databaseCpuMsPerRequest?: number;
}

export async function gql(url: string, query: string, variables?: Variables): Promise<{ data?: any; errors?: any[]; bytes: number }> {
  const res = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { ...(JSON.parse(text) as { data?: unknown; errors?: unknown[] }), bytes: Buffer.byteLength(text) };
}

interface NetworkJson {
  nodes: { id: string; name: string; kind: string }[];
  edges: { source: string; target: string; weight: number }[];
}

/** Actors rotated over, at most this many (spread over the degree range). */
const POOL_SIZE = 500;

/**
 * What the workloads ask about, picked from the data: every actor with a spoke-to counterpart
 * (a spread of up to 500), the best-connected person, a pair exactly 3 hops apart, the date range.
 */
export async function pickPools(baseUrl: string): Promise<Pools & { nodes: number; edges: number }> {
  const res = await fetch(new URL('/export/network.json', baseUrl), { signal: AbortSignal.timeout(60_000) });
  const net = (await res.json()) as NetworkJson;
  const adj = new Map<string, Set<string>>();
  for (const n of net.nodes) adj.set(n.id, new Set());
  for (const e of net.edges) {
    adj.get(e.source)?.add(e.target);
    adj.get(e.target)?.add(e.source);
  }
  const degree = (id: string) => adj.get(id)?.size ?? 0;
  const persons = net.nodes.filter((n) => n.kind === 'PERSON').sort((a, b) => degree(b.id) - degree(a.id) || a.id.localeCompare(b.id));
  if (persons.length < 2 || net.edges.length === 0) throw new Error(`the store has too small a network (${net.nodes.length} nodes, ${net.edges.length} edges) to benchmark traversals`);
  let path: Pools['path'] | undefined;
  const isPerson = new Set(persons.map((n) => n.id));
  for (const from of persons) {
    const at3 = [...bfs(adj, from.id, 3)].filter(([id, d]) => d === 3 && isPerson.has(id)).map(([id]) => id)
      .sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
    if (at3.length) {
      path = { from: from.id, to: at3[0] };
      break;
    }
  }
  if (!path) throw new Error('no two persons are exactly 3 hops apart in the spoke-to network');
  const connected = net.nodes.map((n) => n.id).filter((id) => degree(id) > 0).sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
  const step = Math.max(1, connected.length / POOL_SIZE);
  const actors = Array.from({ length: Math.min(POOL_SIZE, connected.length) }, (_, k) => connected[Math.floor(k * step)]);
  const stats = await gql(baseUrl, '{ stats { firstDate lastDate } }');
  return {
    actors, hub: persons[0].id, path, firstDate: stats.data.stats.firstDate, lastDate: stats.data.stats.lastDate,
    nodes: net.nodes.length, edges: net.edges.length,
  };
}

function bfs(adj: Map<string, Set<string>>, start: string, maxDepth: number): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.get(id) ?? []) {
        if (!dist.has(n)) {
          dist.set(n, d);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/** Requests whose answers are checked (and measured for size) before the load. */
const SAMPLE = 20;

export interface LoadOptions {
  connections: number;
  durationS: number;
  warmupS: number;
  /** CPU seconds (user + system) the server has used so far. */
  serverCpuS: () => number;
  /** Their system part. */
  serverSystemCpuS?: () => number;
  /** The same for a database process apart from the server (the Neo4j JVM). */
  databaseCpuS?: () => number;
}

/**
 * Checks a sample of answers (no errors, data present), warms the server up (JIT; not
 * measured), then loads it, request k of the run carrying the rotation's k-th variables.
 */
export async function loadWorkload(url: string, w: Workload, rotation: Rotation, options: LoadOptions): Promise<QueryResult> {
  const name = `${w.name} (${rotation})`;
  let bytes = 0;
  for (let k = 0; k < SAMPLE; k++) {
    const once = await gql(url, w.query, w.variables(rotation, k));
    if (once.errors?.length || !once.data) throw new Error(`${name}: request ${k} does not answer cleanly: ${JSON.stringify(once.errors ?? once).slice(0, 500)}`);
    bytes += once.bytes;
  }
  let k = 0;
  const body = (vars: Variables) => JSON.stringify({ query: w.query, variables: vars });
  const run = (duration: number) => autocannon({
    url, method: 'POST', connections: options.connections, duration, timeout: 30,
    headers: { 'content-type': 'application/json' },
    requests: [{
      method: 'POST', body: body(w.variables(rotation, 0)),
      setupRequest: (req) => ({ ...req, body: body(w.variables(rotation, k++)) }),
    }],
  });
  if (options.warmupS > 0) await run(options.warmupS);
  const cpuBefore = options.serverCpuS();
  const systemBefore = options.serverSystemCpuS?.();
  const databaseBefore = options.databaseCpuS?.();
  const r = await run(options.durationS);
  const cpuS = options.serverCpuS() - cpuBefore;
  const perRequest = (seconds: number) => (r.requests.total ? (seconds * 1000) / r.requests.total : 0);
  return {
    name: w.name, rotation,
    reqPerSec: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99,
    requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts, responseBytes: bytes / SAMPLE,
    cpuMsPerRequest: perRequest(cpuS),
    ...(systemBefore !== undefined && { systemCpuMsPerRequest: perRequest(options.serverSystemCpuS!() - systemBefore) }),
    ...(databaseBefore !== undefined && { databaseCpuMsPerRequest: perRequest(options.databaseCpuS!() - databaseBefore) }),
  };
}
