/**
 * `node --expose-gc bench/out/dist/bench/search.js DATA_DIR [--against DIST] [--heap]`: 50 varied
 * searches (names, whole words and prefixes of 1 to 7 letters, German words, two-word queries,
 * words that match nothing) on an existing DATA_DIR, in-process, 20 hits each.
 * --against DIST: another build's `dist` folder opens the same DATA_DIR beside this one; both are
 * timed round for round in turns and checked for the same answers.
 * --heap: the live heap after a forced GC of the one build (this one, or DIST with --against)
 * after open, after indexing article text (a search with no words) and after the searches: run
 * once per build, as two stores in one process share the heap.
 */
import 'reflect-metadata';
import { EmbeddedGraphStore } from '../src/store/embedded/embedded-store';
import { optionValue, liveHeapMb, builtModule } from './lib/in-process';

const dataDir = process.argv[2];
const against = optionValue('--against');
const ROUNDS = 5;
const QUERIES = [
  'putin', 'selensk', 'scholz', 'macron', 'biden', 'erdogan', 'olaf scholz', 'emmanuel macron', 'vladimir', 'wladimir',
  'p', 'pr', 'pre', 'pres', 'presi', 'presid', 'preside', 'president', 'präsident', 'praes',
  'telefon', 'telefonierte', 'treffen', 'met', 'meeting', 'call', 'phone', 'gespräch', 'außenminister', 'bundeskanzler',
  'kanzler', 'ukraine', 'ukr', 'russland', 'russia', 'china', 'berlin', 'ceasefire', 'waffenstillstand', 'sanctions',
  'prime minister', 'foreign minister', 'talks in', 'über', 'a', 'de', 'the', 'xyzzy', 'zzq', 'putin scholz',
];

type Store = EmbeddedGraphStore;

function storeOf(dist: string | undefined): Store {
  const Store = dist
    ? builtModule<{ EmbeddedGraphStore: typeof EmbeddedGraphStore }>(dist, 'store/embedded/embedded-store').EmbeddedGraphStore
    : EmbeddedGraphStore;
  return new Store({ dataDir, readOnly: true });
}

async function heap(): Promise<void> {
  const store = storeOf(against);
  await store.open();
  const opened = liveHeapMb();
  await store.search('', 20);
  const texts = liveHeapMb();
  const started = performance.now();
  await store.search(QUERIES[0], 20);
  const first = performance.now() - started;
  for (const q of QUERIES) await store.search(q, 20);
  const searched = liveHeapMb();
  process.stdout.write(`${against ?? 'this build'}: live heap ${opened.toFixed(1)} MB after open, ${texts.toFixed(1)} MB with the text index, `
    + `${searched.toFixed(1)} MB after the searches (+${(searched - texts).toFixed(1)} MB); first search after the text index ${first.toFixed(0)} ms\n`);
  await store.close();
}

async function timing(): Promise<void> {
  const builds = [{ name: 'this build', store: storeOf(undefined), ms: [] as number[] }];
  if (against) builds.unshift({ name: against, store: storeOf(against), ms: [] });
  for (const b of builds) {
    await b.store.open();
    const started = performance.now();
    await b.store.search(QUERIES[0], 20);
    process.stdout.write(`${b.name}: first search (indexes article text, and the rest for this build) ${(performance.now() - started).toFixed(0)} ms\n`);
  }
  let differ = 0;
  const hits = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const answers = new Set<string>();
      for (const b of round % 2 ? [...builds].reverse() : builds) {
        const started = performance.now();
        const answer = await b.store.search(q, 20);
        b.ms.push(performance.now() - started);
        answers.add(JSON.stringify(answer));
        hits.set(q, answer.length);
      }
      if (answers.size > 1) differ++;
    }
  }
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `mean ${(s.reduce((a, b) => a + b, 0) / s.length).toFixed(2)}, p50 ${s[s.length >> 1].toFixed(2)}, p95 ${s[Math.floor(s.length * 0.95)].toFixed(2)}`;
  };
  process.stdout.write(`${QUERIES.length} queries (${[...hits.values()].filter((n) => n === 0).length} without hits), ${ROUNDS} rounds`
    + `${against ? `, builds in turns; answers that differ: ${differ}` : ''}\n`);
  for (const b of builds) process.stdout.write(`${b.name}: ${stat(b.ms)} ms per search\n`);
  for (const b of builds) await b.store.close();
}

(process.argv.includes('--heap') ? heap() : timing()).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
