/**
 * `npm run bench -- --neo4j`: one corpus loaded with `actorgraph load` into the embedded store and
 * into a real Neo4j (lib/neo4j-server.ts), then the same uncached workloads (lib/workloads.ts)
 * against `serve` on each, one store after the other, each as a ratio to its own server's bare
 * baseline. Neo4j answers are never response-cached (its store promises no revision); the embedded
 * server runs with RESPONSE_CACHE_ENTRIES=0, so both compute every answer. Neo4j is started only
 * after the embedded runs, so its idle JVM does not share the cores with them, and the JVM's CPU
 * counts with the server's: on the embedded store the server does all the work itself.
 */
import { join } from 'node:path';
import { loadWorkload, pickPools, type QueryResult } from './api-load';
import { startBenchNeo4j } from './neo4j-server';
import { runCliTimed, startServe, untilIdle, type TimedRun } from './processes';
import { uncachedJobs, type Pools, type Rotation } from './workloads';

export interface ComparisonOptions {
  corpusDir: string;
  articles: number;
  work: string;
  connections: number;
  durationS: number;
  warmupS: number;
  log: (msg: string) => void;
}

export interface StoreRun {
  load: TimedRun;
  serveStartupMs: number;
  /** Actors and spoke-to edges of /export/network.json: the same on both stores if they hold the same graph. */
  nodes: number;
  edges: number;
  /** The baseline first, then each workload per rotation (workloads.ts uncachedJobs). */
  results: QueryResult[];
  servePeakRssBytes: number | undefined;
}

export interface Comparison {
  articles: number;
  /** Asked on the embedded store and asked the same of Neo4j. */
  pools: Pools;
  embedded: StoreRun;
  neo4j: StoreRun & { version: string; startupMs: number; loadJvmCpuS: number; jvmPeakRssBytes: number | undefined };
}

const SERVE_START_MS = 120_000;
/** Longest wait for the requests a run left behind: Neo4j ends a read transaction after 30 s. */
const DRAIN_MS = 90_000;

/** `load` gets 2 minutes plus 100 ms an article (Neo4j loads a few dozen articles/s on 2 cores). */
const loadLimitMs = (articles: number) => 120_000 + articles * 100;

async function load(o: ComparisonOptions, env: Record<string, string>, label: string): Promise<TimedRun> {
  o.log(`actorgraph load ${o.articles} articles into ${label}`);
  const run = await runCliTimed(['load', o.corpusDir], { env, timeoutMs: loadLimitMs(o.articles) });
  if (run.code !== 0) throw new Error(`load into ${label} failed (code ${run.code}, signal ${run.signal}):\n${run.stderr.slice(-2000)}`);
  o.log(`  ${run.stdout.trim()}`);
  o.log(`  ${(run.wallMs / 1000).toFixed(1)} s, peak RSS of the CLI ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
  return run;
}

/** `serve` on the store of `env`, without the response cache; every uncached workload in turn. */
async function measureStore(o: ComparisonOptions, env: Record<string, string>, loaded: TimedRun, givenPools: Pools | null,
  databaseCpuS?: () => number): Promise<{ run: StoreRun; pools: Pools }> {
  const serve = await startServe({ env: { ...env, RESPONSE_CACHE_ENTRIES: '0' }, timeoutMs: SERVE_START_MS });
  try {
    o.log(`  serve answered after ${(serve.startupMs / 1000).toFixed(1)} s`);
    const own = await pickPools(serve.url);
    if (givenPools && own.actors.join() !== givenPools.actors.join()) o.log('  warning: this store\'s network differs; asking the embedded store\'s actors');
    const pools = givenPools ?? own;
    const results: QueryResult[] = [];
    const cpuS = () => serve.cpuSeconds() + (databaseCpuS?.() ?? 0);
    for (const [w, rotation] of uncachedJobs(pools)) {
      const waited = await untilIdle(cpuS, DRAIN_MS);
      if (waited > 2000) o.log(`  waited ${(waited / 1000).toFixed(1)} s for the server to finish the requests of the last run`);
      o.log(`autocannon: ${w.name}, ${rotation} (${o.connections} connections, ${o.warmupS} s warm-up, ${o.durationS} s measured)`);
      const r = await loadWorkload(serve.url, w, rotation, { ...o, serverCpuS: () => serve.cpuSeconds(), databaseCpuS });
      o.log(`  ${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.non2xx} non-2xx, ${r.errors} errors, `
        + `${r.responseBytes.toFixed(0)} bytes per answer, ${cpuMs(r)} ms CPU per request`);
      results.push(r);
    }
    return {
      pools, run: { load: loaded, serveStartupMs: serve.startupMs, nodes: own.nodes, edges: own.edges, results, servePeakRssBytes: serve.peakRssBytes() },
    };
  } finally {
    await serve.stop();
  }
}

export async function compareStores(o: ComparisonOptions): Promise<Comparison> {
  const embeddedEnv = { DATA_DIR: join(o.work, 'data-embedded') };
  const { pools, run: embedded } = await measureStore(o, embeddedEnv, await load(o, embeddedEnv, 'the embedded store'), null);
  o.log('starting Neo4j (test/neo4j-server)');
  const jobs = uncachedJobs(pools).length;
  // Per job: warm-up and run, 20 checked answers, the wait for the last run's requests.
  const neo4j = await startBenchNeo4j(loadLimitMs(o.articles) + jobs * ((o.warmupS + o.durationS + 60) * 1000 + DRAIN_MS) + 2 * SERVE_START_MS);
  try {
    o.log(`  Neo4j ${neo4j.version} at ${neo4j.uri} after ${(neo4j.startupMs / 1000).toFixed(1)} s`);
    const env = { NEO4J_URI: neo4j.uri };
    const cpuBefore = neo4j.cpuSeconds();
    const loaded = await load(o, env, 'Neo4j');
    const loadJvmCpuS = neo4j.cpuSeconds() - cpuBefore;
    const { run: measured } = await measureStore(o, env, loaded, pools, () => neo4j.cpuSeconds());
    return {
      articles: o.articles, pools, embedded,
      neo4j: { ...measured, version: neo4j.version, startupMs: neo4j.startupMs, loadJvmCpuS, jvmPeakRssBytes: neo4j.peakRssBytes() },
    };
  } finally {
    await neo4j.stop();
    o.log('Neo4j stopped, its folder removed');
  }
}

const mib = (bytes: number | undefined) => (bytes ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : 'n/a');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const num = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const cpuMs = (r: QueryResult) => (r.requests ? num(r.cpuMsPerRequest + (r.databaseCpuMsPerRequest ?? 0), 2) : '–');
/** Latency percentiles, or a dash when no request was answered within the run. */
const latency = (r: QueryResult) => (r.requests ? `${r.p50Ms} / ${r.p99Ms}` : '–');

const ROTATION_LABEL: Record<Exclude<Rotation, 'fixed'>, string> = {
  actors: 'rotating actors',
  'actors+dates': 'rotating actors, `from` per request',
};

const FEW_ANSWERS = 100;

/** The comparison as markdown: loading and serving, then every query side by side. */
export function comparisonReport(c: Comparison, o: { connections: number; durationS: number; warmupS: number }): string {
  const { embedded: e, neo4j: n } = c;
  const loadCell = (r: TimedRun) => `${secs(r.wallMs)} (${num((c.articles / r.wallMs) * 1000, 1)} articles/s), peak RSS of the CLI ${mib(r.peakRssBytes)}`;
  const lines = [
    '| Measure | embedded | Neo4j |', '|---|---:|---:|',
    `| \`actorgraph load\` ${num(c.articles)} articles | ${loadCell(e.load)} | ${loadCell(n.load)}; Neo4j JVM CPU ${num(n.loadJvmCpuS, 1)} s |`,
    `| Neo4j start (JVM to Bolt answering) | | ${secs(n.startupMs)} |`,
    `| \`serve\` startup to first answer | ${secs(e.serveStartupMs)} | ${secs(n.serveStartupMs)} |`,
    `| Network: actors, spoke-to edges | ${num(e.nodes)}, ${num(e.edges)} | ${num(n.nodes)}, ${num(n.edges)} |`,
    `| Peak RSS after the queries | serve ${mib(e.servePeakRssBytes)} | serve ${mib(n.servePeakRssBytes)} + JVM ${mib(n.jvmPeakRssBytes)} |`,
    '',
    `| Query, variables (uncached; ${o.connections} connections × ${o.durationS} s after ${o.warmupS} s warm-up) | req/s embedded | req/s Neo4j `
      + '| × baseline embedded | × baseline Neo4j | p50 / p99 ms embedded | p50 / p99 ms Neo4j | bytes per answer embedded / Neo4j '
      + '| server CPU ms per request embedded | server CPU ms per request Neo4j (serve + JVM) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const [eBase, nBase] = [e.results[0], n.results[0]];
  e.results.forEach((er, i) => {
    const nr = n.results[i];
    // Few answers: the percentiles rest on them, and the CPU of the unanswered requests counts against them.
    const bad = (r: QueryResult) => (!r.requests ? ' (none answered within the run)'
      : r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors or timeouts)`
        : r.requests < FEW_ANSWERS ? ` (${r.requests} answered)` : '');
    const rate = (r: QueryResult) => num(r.reqPerSec, r.reqPerSec > 0 && r.reqPerSec < 10 ? 1 : 0);
    const label = er.rotation === 'fixed' ? er.name : `${er.name}, ${ROTATION_LABEL[er.rotation]}`;
    lines.push(`| ${label} | ${rate(er)}${bad(er)} | ${rate(nr)}${bad(nr)} `
      + `| ${(er.reqPerSec / eBase.reqPerSec).toFixed(2)} | ${(nr.reqPerSec / nBase.reqPerSec).toFixed(2)} `
      + `| ${latency(er)} | ${latency(nr)} | ${num(er.responseBytes)} / ${num(nr.responseBytes)} `
      + `| ${cpuMs(er)} | ${nr.requests ? `${num(nr.cpuMsPerRequest, 2)} + ${num(nr.databaseCpuMsPerRequest ?? 0, 2)} = ` : ''}${cpuMs(nr)} |`);
  });
  return lines.join('\n');
}
