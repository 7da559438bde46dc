/**
 * Where does a query spend its time? Starts `serve --cpu-prof` on an existing DATA_DIR once per
 * benchmark query, loads it with autocannon on 127.0.0.1, and prints the hottest functions.
 *   node bench/out/dist/bench/profile-api.js <DATA_DIR> [seconds] [query-name-substring]
 * (`npm run bench -- --keep` leaves a 10k DATA_DIR behind to point this at.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchQueries, loadQuery, pickTargets } from './lib/api-load';
import { formatProfile, latestProfile, summariseProfile } from './lib/cpu-profile';
import { startServe } from './lib/processes';

async function main(): Promise<void> {
  const [dataDir, seconds = '5', only = ''] = process.argv.slice(2);
  if (!dataDir) {
    process.stderr.write('usage: profile-api <DATA_DIR> [seconds] [query-name-substring]\n');
    process.exit(2);
  }
  const probe = await startServe({ dataDir, timeoutMs: 120_000 });
  const targets = await pickTargets(probe.url).finally(() => probe.stop());
  for (const q of benchQueries(targets).filter((x) => x.name.includes(only))) {
    const dir = mkdtempSync(join(tmpdir(), 'actorgraph-prof-'));
    const serve = await startServe({ dataDir, timeoutMs: 120_000, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
    try {
      const r = await loadQuery(serve.url, q, { connections: 32, durationS: Number(seconds), warmupS: 0 });
      process.stdout.write(`\n### ${q.name}: ${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms\n\n`);
    } finally {
      await serve.stop();
    }
    const file = latestProfile(dir);
    if (file) process.stdout.write(`${formatProfile(q.name, summariseProfile(file, 12))}\n`);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
