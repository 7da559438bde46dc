/**
 * `node bench/out/dist/bench/api-against.js DATA_DIR --against DIST [--turns 3] [--seconds 5]`:
 * the uncached API workloads of `npm run bench` (rotating actors, and actors with a `from` date per
 * request) on `serve` of this build and of another build's `dist` (a built checkout of the older
 * commit, e.g. a git worktree, whose node_modules it finds), in turns on the same DATA_DIR: a fresh
 * server per build and turn, so the two compare under the same load of a shared machine. Prints
 * medians over the turns of requests/s, the ratio to the bare baseline and server CPU per request.
 */
import { join, resolve } from 'node:path';
import { loadWorkload, pickPools } from './lib/api-load';
import { startServe, untilIdle } from './lib/processes';
import { uncachedJobs } from './lib/workloads';
import { median, optionValue } from './lib/in-process';

type Figures = Map<string, { reqPerSec: number; cpuMs: number }>;

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  const against = optionValue('--against');
  if (!dataDir || !against) throw new Error('usage: api-against.js DATA_DIR --against DIST [--turns 3] [--seconds 5]');
  const turns = Number(optionValue('--turns') ?? 3);
  const seconds = Number(optionValue('--seconds') ?? 5);
  const builds = [{ name: 'before', cli: join(resolve(against), 'cli', 'index.js') }, { name: 'after', cli: undefined }];
  const probe = await startServe({ dataDir, timeoutMs: 120_000 });
  const jobs = uncachedJobs(await pickPools(probe.url).finally(() => probe.stop()));
  const runs = new Map<string, Figures[]>(builds.map((b) => [b.name, []]));
  for (let turn = 0; turn < turns; turn++) {
    for (const build of builds) {
      const serve = await startServe({ dataDir, timeoutMs: 120_000, env: { RESPONSE_CACHE_ENTRIES: '0' }, cli: build.cli });
      const figures: Figures = new Map();
      try {
        for (const [w, rotation] of jobs) {
          await untilIdle(() => serve.cpuSeconds(), 30_000); // the text index after open, the last run's queue
          const r = await loadWorkload(serve.url, w, rotation, { connections: 32, durationS: seconds, warmupS: 1, serverCpuS: () => serve.cpuSeconds() });
          figures.set(`${w.name} (${rotation})`, { reqPerSec: r.reqPerSec, cpuMs: r.cpuMsPerRequest });
        }
      } finally {
        await serve.stop();
      }
      runs.get(build.name)!.push(figures);
      process.stderr.write(`turn ${turn + 1}: ${build.name} done\n`);
    }
  }
  const cell = (name: string, key: string): string => {
    const figures = runs.get(name)!;
    const baselineKey = [...figures[0].keys()][0];
    const reqPerSec = median(figures.map((f) => f.get(key)!.reqPerSec));
    const ratio = median(figures.map((f) => f.get(key)!.reqPerSec / f.get(baselineKey)!.reqPerSec));
    return `${reqPerSec.toFixed(0)} | ${ratio.toFixed(2)} | ${median(figures.map((f) => f.get(key)!.cpuMs)).toFixed(2)}`;
  };
  process.stdout.write(`| uncached (${turns} turns × ${seconds} s, medians) | before req/s | × baseline | CPU ms | after req/s | × baseline | CPU ms |\n|---|---:|---:|---:|---:|---:|---:|\n`);
  for (const key of runs.get('after')![0].keys()) process.stdout.write(`| ${key} | ${cell('before', key)} | ${cell('after', key)} |\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
