/**
 * Where does an uncached query spend its time? Starts `serve --cpu-prof` with the response cache
 * off on an existing DATA_DIR once per workload, loads it with autocannon on 127.0.0.1 (actors
 * and `from` rotating per request), and prints the hottest functions.
 *   node bench/out/dist/bench/profile-api.js <DATA_DIR> [seconds] [workload-name-substring] [fixed|actors|actors+dates]
 * (`npm run bench -- --keep` leaves a 10k DATA_DIR behind to point this at.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkload, pickPools } from './lib/api-load';
import { formatProfile, latestProfile, summariseProfile } from './lib/cpu-profile';
import { startServe, untilIdle } from './lib/processes';
import { workloads, type Rotation } from './lib/workloads';

async function main(): Promise<void> {
  const [dataDir, seconds = '5', only = '', rotation = 'actors+dates'] = process.argv.slice(2);
  if (!dataDir) {
    process.stderr.write('usage: profile-api <DATA_DIR> [seconds] [workload-name-substring] [fixed|actors|actors+dates]\n');
    process.exit(2);
  }
  const probe = await startServe({ dataDir, timeoutMs: 120_000 });
  const pools = await pickPools(probe.url).finally(() => probe.stop());
  for (const w of workloads(pools).filter((x) => x.name.includes(only))) {
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-prof-'));
    const serve = await startServe({
      dataDir, timeoutMs: 120_000, env: { RESPONSE_CACHE_ENTRIES: '0' }, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    });
    try {
      await untilIdle(() => serve.cpuSeconds(), 30_000); // the text index is built after open
      const r = await loadWorkload(serve.url, w, rotation as Rotation, { connections: 32, durationS: Number(seconds), warmupS: 0, serverCpuS: () => serve.cpuSeconds() });
      process.stdout.write(`\n### ${w.name} (${rotation}): ${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.cpuMsPerRequest.toFixed(2)} ms CPU per request\n\n`);
    } finally {
      await serve.stop();
    }
    const file = latestProfile(dir);
    if (file) process.stdout.write(`${formatProfile(w.name, summariseProfile(file, 25, Number(seconds) * 1000))}\n`);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
