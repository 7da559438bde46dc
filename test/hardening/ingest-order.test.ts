/**
 * The graph is a function of the set of articles, not of the order they arrive in: concurrent
 * clients, a re-run load after a crash and a fresh load all see the same graph. Checked with
 * fast-check permutations of real articles (synthetic corpus through the real pipeline).
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus/generate';
import type { GraphDump } from '../../src/domain/graph';
import { prepareArticle, type PreparedArticle } from '../../src/ingest/prepare-article';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { FUZZ_SEED } from './support/arbitraries';

/** Articles over several years in which the same people appear with different offices. */
const PREPARED: PreparedArticle[] = generateCorpus({ count: 40, seed: 99, words: 60, from: '2019-01-01', to: '2025-12-31' })
  .map((a) => prepareArticle(a.text, { publishedAt: a.publishedAt, title: a.title, url: a.url, source: a.source }));

async function dumpOf(articles: PreparedArticle[]): Promise<GraphDump> {
  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-order-'));
  const store = new EmbeddedGraphStore({ dataDir });
  await store.open();
  try {
    for (const { article, extraction } of articles) await store.ingest(article, extraction);
    return await store.exportGraph();
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Nodes and edges that differ between two dumps, as short readable lines (empty when equal). */
function differences(a: GraphDump, b: GraphDump): string[] {
  const keyed = (d: GraphDump) => new Map<string, string>([
    ...d.nodes.map((n): [string, string] => [`node ${n.id}`, JSON.stringify(n)]),
    ...d.edges.map((e): [string, string] => [`${e.type} ${e.source} -> ${e.target}`, JSON.stringify(e)]),
  ]);
  const [x, y] = [keyed(a), keyed(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k))
    .map((k) => `${k}: ${x.get(k) ?? '(missing)'} != ${y.get(k) ?? '(missing)'}`);
}

describe('ingest order', () => {
  it('gives the same graph for every order of the same articles', async () => {
    const reference = await dumpOf(PREPARED);
    const indexes = PREPARED.map((_, i) => i);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(indexes, { minLength: indexes.length }), async (order) => {
        expect(differences(await dumpOf(order.map((i) => PREPARED[i])), reference)).toEqual([]);
      }),
      { numRuns: 25, seed: FUZZ_SEED },
    );
  }, 60_000);
});
