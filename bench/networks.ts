/**
 * `node --expose-gc bench/out/dist/bench/networks.js DATA_DIR [--against DIST]`: depth-2 networks
 * (limit 200, without and with a `from` date) and paths on an existing DATA_DIR, in-process, over
 * about 200 centers spread over the degree range; the live heap after a forced GC.
 * --against DIST: another build's `dist` folder opens the same DATA_DIR beside this one; both are
 * timed round for round in turns and checked for the same answers (a ratio that holds on a shared
 * machine).
 */
import 'reflect-metadata';
import { EmbeddedGraphStore } from '../src/store/embedded/embedded-store';
import { withSpokeToDefaults } from '../src/store/interaction-filter';
import { optionValue, liveHeapMb, builtModule } from './lib/in-process';

const dataDir = process.argv[2];
const against = optionValue('--against');
const ROUNDS = 3;
const FROM = '2023-06-01';

interface Build {
  name: string;
  store: EmbeddedGraphStore;
  filter: typeof withSpokeToDefaults;
  ms: Record<'depth 2' | `depth 2 from ${typeof FROM}` | 'path', number[]>;
}

function build(name: string, Store: typeof EmbeddedGraphStore, filter: typeof withSpokeToDefaults): Build {
  return { name, store: new Store({ dataDir, readOnly: true }), filter, ms: { 'depth 2': [], [`depth 2 from ${FROM}`]: [], path: [] } as Build['ms'] };
}

async function main(): Promise<void> {
  if (!dataDir) throw new Error('usage: networks.js DATA_DIR [--against DIST]');
  const builds = [build('this build', EmbeddedGraphStore, withSpokeToDefaults)];
  if (against) {
    builds.unshift(build(against,
      builtModule<{ EmbeddedGraphStore: typeof EmbeddedGraphStore }>(against, 'store/embedded/embedded-store').EmbeddedGraphStore,
      builtModule<{ withSpokeToDefaults: typeof withSpokeToDefaults }>(against, 'store/interaction-filter').withSpokeToDefaults));
  }
  for (const b of builds) await b.store.open();
  const whole = await builds[0].store.network({ center: undefined, depth: 1, filter: withSpokeToDefaults(), limit: 1e9 });
  const step = Math.max(1, Math.floor(whole.nodes.length / 200));
  const centers = whole.nodes.filter((_, k) => k % step === 0).map((n) => n.id);
  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    const answer = await fn();
    return { ms: performance.now() - started, answer: JSON.stringify(answer) };
  };
  let differ = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < centers.length; k++) {
      const queries: [keyof Build['ms'], (b: Build) => Promise<unknown>][] = [
        ['depth 2', (b) => b.store.network({ center: centers[k], depth: 2, filter: b.filter(), limit: 200 })],
        [`depth 2 from ${FROM}`, (b) => b.store.network({ center: centers[k], depth: 2, filter: b.filter({ from: FROM }), limit: 200 })],
        ['path', (b) => b.store.path(centers[k], centers[(k * 7 + 50) % centers.length], 6, b.filter())],
      ];
      for (const [name, query] of queries) {
        const answers = new Set<string>();
        for (const b of round % 2 ? [...builds].reverse() : builds) {
          const { ms, answer } = await time(() => query(b));
          b.ms[name].push(ms);
          answers.add(answer);
        }
        if (answers.size > 1) differ++;
      }
    }
  }
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `mean ${(s.reduce((a, b) => a + b, 0) / s.length).toFixed(2)}, p50 ${s[s.length >> 1].toFixed(2)}, p95 ${s[Math.floor(s.length * 0.95)].toFixed(2)}`;
  };
  process.stdout.write(`${centers.length} centers, ${ROUNDS} rounds${against ? `, builds in turns; answers that differ: ${differ}` : ''}\n`);
  for (const b of builds) for (const [name, ms] of Object.entries(b.ms)) process.stdout.write(`${b.name}, ${name}: ${stat(ms)} ms\n`);
  process.stdout.write(`live heap after a forced GC${against ? ' (both stores)' : ''}: ${liveHeapMb().toFixed(0)} MB\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
