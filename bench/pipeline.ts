/**
 * `node bench/out/dist/bench/pipeline.js DATA_DIR [--requests 2000] [--rounds 3] [--only NAME]`: the bench's
 * uncached workloads (rotating actors, and actors with a `from` per request) through Apollo's
 * whole pipeline in-process (`executeHTTPGraphQLRequest`: parsing, validation, plugins, compiled
 * execution, the answer's text) without a socket, one request after the other: µs per request,
 * the bare baseline first. Set beside `serve`'s CPU per request over HTTP, it tells what a query
 * costs in itself from what running among the HTTP layer's work adds. `--only` keeps the workloads
 * whose name contains NAME (and the baseline), for `node --cpu-prof` of one query.
 */
import 'reflect-metadata';
import { HeaderMap } from '@apollo/server';
import { Loaders } from '../src/api/loaders';
import { createApolloServer } from '../src/api/server';
import type { Context } from '../src/api/context.type';
import { createLogger } from '../src/logger';
import { EmbeddedGraphStore } from '../src/store/embedded/embedded-store';
import { pickPools } from './lib/api-load';
import { median, optionValue } from './lib/in-process';
import { startServe } from './lib/processes';
import { BASELINE, uncachedJobs, type Rotation, type Workload } from './lib/workloads';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: pipeline.js DATA_DIR [--requests 2000] [--rounds 3] [--only NAME]');
  const requests = Number(optionValue('--requests') ?? 2000);
  const rounds = Number(optionValue('--rounds') ?? 3);
  // The pools as the HTTP bench picks them, from a `serve` of the same DATA_DIR.
  const probe = await startServe({ dataDir, timeoutMs: 120_000 });
  const only = optionValue('--only') ?? '';
  const jobs = uncachedJobs(await pickPools(probe.url).finally(() => probe.stop())).filter(([w]) => w === BASELINE || w.name.includes(only));

  const store = new EmbeddedGraphStore({ dataDir, readOnly: true });
  await store.open();
  const server = createApolloServer({ logger: createLogger('silent'), production: false, responseCacheEntries: 0 });
  await server.start();
  const run = async (w: Workload, rotation: Rotation, from: number, count: number): Promise<number> => {
    const started = process.hrtime.bigint();
    for (let k = from; k < from + count; k++) {
      const res = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query: w.query, variables: w.variables(rotation, k) } },
        context: async () => ({ store, loaders: new Loaders(store), authorized: true }) as unknown as Context,
      });
      if (res.status !== undefined && res.status !== 200) throw new Error(`${w.name}: HTTP ${res.status}`);
    }
    return Number(process.hrtime.bigint() - started) / 1e3 / count;
  };
  try {
    // Warm-up: the store's indexes, V8's optimised code.
    for (const [w, rotation] of jobs) await run(w, rotation, 0, Math.min(requests, 500));
    const us = jobs.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
      for (const [k, [w, rotation]] of jobs.entries()) us[k].push(await run(w, rotation, round * requests, requests));
    }
    process.stdout.write(`| in-process, ${requests} requests × ${rounds} rounds (median) | µs per request |\n|---|---:|\n`);
    for (const [k, [w, rotation]] of jobs.entries()) process.stdout.write(`| ${w.name} (${rotation}) | ${median(us[k]).toFixed(0)} |\n`);
  } finally {
    await server.stop();
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
