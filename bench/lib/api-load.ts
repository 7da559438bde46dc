/**
 * API throughput and latency with autocannon against a running `serve` on 127.0.0.1: the queries
 * a frontend and an analytics script send, each checked once for a correct answer first.
 */
import autocannon from 'autocannon';

export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Traversal queries must reach half the baseline's req/s. */
  traversal: boolean;
}

export interface QueryResult {
  name: string;
  traversal: boolean;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Bytes of one response. */
  responseBytes: number;
}

export interface Targets {
  hub: { id: string; name: string; degree: number };
  pair: { a: string; b: string; weight: number };
  path: { from: string; to: string };
  nodes: number;
  edges: number;
}

export async function gql(url: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[]; bytes: number }> {
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

/**
 * Picks the actors the queries ask about from the data: the best-connected person (by name), the
 * most frequent pair, and a pair exactly 3 hops apart (breadth-first search on the spoke-to network).
 */
export async function pickTargets(baseUrl: string): Promise<Targets> {
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
  const hub = persons[0];
  const heaviest = [...net.edges].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))[0];
  let path: Targets['path'] | undefined;
  for (const from of persons) {
    const dist = bfs(adj, from.id, 3);
    const at3 = [...dist].filter(([id, d]) => d === 3 && net.nodes.some((n) => n.id === id && n.kind === 'PERSON')).map(([id]) => id)
      .sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
    if (at3.length) {
      path = { from: from.id, to: at3[0] };
      break;
    }
  }
  if (!path) throw new Error('no two persons are exactly 3 hops apart in the spoke-to network');
  return {
    hub: { id: hub.id, name: hub.name, degree: degree(hub.id) },
    pair: { a: heaviest.source, b: heaviest.target, weight: heaviest.weight },
    path, nodes: net.nodes.length, edges: net.edges.length,
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

export function benchQueries(t: Targets): BenchQuery[] {
  return [
    { name: 'baseline `{ __typename }`', traversal: false, query: '{ __typename }' },
    {
      name: 'actor by name + counterparts', traversal: true,
      query: 'query($name: String!) { actor(name: $name) { id name kind counterparts { actor { id name } count firstDate lastDate topics { id } } } }',
      variables: { name: t.hub.name },
    },
    {
      name: 'interactions page, filtered', traversal: true,
      query: `query($f: InteractionFilter) { interactions(filter: $f, first: 20) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id type date status participants { role actor { id name } } topics { id } } } } }`,
      variables: { f: { types: ['CALL', 'MEETING'], topics: ['ukraine-war'], from: '2024-01-01' } },
    },
    {
      name: 'conversations between two actors', traversal: true,
      query: 'query($a: ID!, $b: ID!) { conversations(between: [$a, $b]) { id type date participants { role actor { id } } sources { article { id title } evidence } } }',
      variables: { a: t.pair.a, b: t.pair.b },
    },
    {
      name: 'path, 3 hops', traversal: true,
      query: 'query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length hops { from { id name } to { id name } interactions { id type date } } } }',
      variables: { from: t.path.from, to: t.path.to },
    },
    {
      name: 'network, depth 2', traversal: true,
      query: 'query($c: ID!) { network(center: $c, depth: 2) { nodes { id name kind } edges { source target weight types } } }',
      variables: { c: t.hub.id },
    },
    {
      name: 'centrality PAGERANK', traversal: true,
      query: '{ centrality(metric: PAGERANK, first: 10) { actor { id name } score } }',
    },
  ];
}

/**
 * Checks the answer once (no errors, data present), warms the server up with it (JIT, caches;
 * not measured), then loads the server with it.
 */
export async function loadQuery(url: string, q: BenchQuery, options: { connections: number; durationS: number; warmupS: number }): Promise<QueryResult> {
  const once = await gql(url, q.query, q.variables);
  if (once.errors?.length || !once.data) throw new Error(`${q.name}: the query does not answer cleanly: ${JSON.stringify(once.errors ?? once).slice(0, 500)}`);
  const run = (duration: number) => autocannon({
    url, method: 'POST', connections: options.connections, duration, timeout: 30,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  if (options.warmupS > 0) await run(options.warmupS);
  const r = await run(options.durationS);
  return {
    name: q.name, traversal: q.traversal,
    reqPerSec: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99,
    requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts, responseBytes: once.bytes,
  };
}
