/**
 * Paths and networks around a center on Neo4j walk the spoke-to network from their ends
 * (src/store/neo4j/spoke-walk.ts); centrality and networks without a center read the whole
 * network's degrees, edges and pairs aggregated in Cypher (src/store/neo4j/whole-network.ts).
 * Their answers must be exactly those of the embedded store, whose spoke index is checked against
 * the graph of every matching interaction (embedded-indexes.test.ts): the same path among equally
 * short ones, the same actors kept by a limit, the same edges, the same scores to the last bit in
 * the same order. One synthetic corpus goes into both stores; then many pairs and centers under
 * several filters, depths and limits, and every centrality under each filter, kind and limit.
 * Under `npm run test:neo4j` (TEST_NEO4J_URI).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus/generate';
import { prepareArticle } from '../../src/ingest/prepare-article';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import type { ActorKind } from '../../src/domain/enums';
import type { ArticleToIngest, CentralityMetric, InteractionFilter } from '../../src/store/graph-store';
import { withSpokeToDefaults } from '../../src/store/interaction-filter';
import type { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { openEmptyNeo4j, TEST_NEO4J_URI } from '../helpers/test-store';

const FILTERS: InteractionFilter[] = [
  withSpokeToDefaults(),
  withSpokeToDefaults({ from: '2023-03-01' }),
  withSpokeToDefaults({ from: '2022-06-15', to: '2024-01-31' }),
  { types: ['CALL', 'APPEAL', 'CRITICISM', 'STATEMENT'], from: '2022-02-02' },
  { types: ['MEETING', 'CALL', 'TALKS'], status: 'OCCURRED', to: '2023-12-31' },
  { topics: ['ukraine-war', 'trade'] },
  {},
];
const METRICS: CentralityMetric[] = ['DEGREE', 'PAGERANK', 'BETWEENNESS'];
const KINDS: (ActorKind | null)[] = [null, 'PERSON', 'COUNTRY', 'ORGANIZATION'];

if (!TEST_NEO4J_URI) {
  process.stdout.write('neo4j-spoke-walk.int.test.ts: skipped, TEST_NEO4J_URI is not set (`npm run test:neo4j` runs it on a real Neo4j)\n');
  describe.skip('Neo4j spoke walks (TEST_NEO4J_URI is not set)', () => {
    it('answers as the embedded store', () => undefined);
  });
} else {
  let dataDir: string;
  let embedded: EmbeddedGraphStore;
  let neo4j: Neo4jGraphStore;
  /** Hubs, the middle and the rare: every sixth actor by number of interactions. */
  let actors: string[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-spoke-walk-'));
    embedded = new EmbeddedGraphStore({ dataDir });
    await embedded.open();
    neo4j = await openEmptyNeo4j();
    const items: ArticleToIngest[] = generateCorpus({ count: 300, seed: 2718, words: 120, from: '2022-01-01', to: '2024-12-31' })
      .map((a) => prepareArticle(a.text, { publishedAt: a.publishedAt, title: a.title, url: a.url, source: a.source }));
    for (const item of items) await embedded.ingest(item.article, item.extraction);
    for (let k = 0; k < items.length; k += 100) await neo4j.ingestMany(items.slice(k, k + 100));
    const all = (await embedded.listInteractions({}, 'DATE_ASC', { first: 1_000_000 })).edges.map((e) => e.node);
    const counts = new Map<string, number>();
    for (const i of all) for (const p of i.participants) counts.set(p.actorId, (counts.get(p.actorId) ?? 0) + 1);
    actors = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id).filter((_, k) => k % 6 === 0);
  }, 300_000);

  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('Neo4j spoke walks and whole-network answers are the embedded store\'s', () => {
    it('has the same interactions in both stores, and actors to walk between', async () => {
      const list = async (store: EmbeddedGraphStore | Neo4jGraphStore) =>
        (await store.listInteractions({}, 'DATE_ASC', { first: 1_000_000 })).edges.map((e) => e.node);
      const stored = await list(neo4j);
      expect(stored.length).toBeGreaterThan(300);
      expect(stored).toEqual(await list(embedded));
      expect(actors.length).toBeGreaterThan(15);
    });

    it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('finds the same paths (%s)', async (_name, filter) => {
      let longer = 0;
      // Half the pairs, each both ways round; from every third actor within 2 hops only.
      for (const [n, a] of actors.entries()) {
        for (const [m, b] of actors.entries()) {
          if (n === m || (n + m) % 2 === 1) continue;
          const maxHops = n % 3 === 0 ? 2 : 4;
          const expected = await embedded.path(a, b, maxHops, filter);
          if (expected && expected.length > 1) longer++;
          expect([a, b, maxHops, await neo4j.path(a, b, maxHops, filter)]).toEqual([a, b, maxHops, expected]);
        }
      }
      // Chains of several hops are where ties between equally short paths arise.
      if (!filter.topics) expect(longer).toBeGreaterThan(3);
    }, 300_000);

    it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('returns the same networks around a center (%s)', async (_name, filter) => {
      for (const center of actors) {
        for (const [depth, limit] of [[1, 200], [2, 200], [2, 7], [3, 12], [3, 1], [0, 5]]) {
          const expected = await embedded.network({ center, depth, filter, limit });
          expect([center, depth, limit, await neo4j.network({ center, depth, filter, limit })])
            .toEqual([center, depth, limit, expected]);
        }
      }
    }, 300_000);

    it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('ranks by every centrality (%s)', async (_name, filter) => {
      for (const metric of METRICS) {
        for (const kind of KINDS) {
          for (const first of [1, 3, 10, 100]) {
            const expected = await embedded.centrality(metric, filter, kind, first);
            expect([metric, kind, first, await neo4j.centrality(metric, filter, kind, first)]).toEqual([metric, kind, first, expected]);
          }
        }
      }
      // Enough to rank: ties at the cut of `first` are where Cypher's and localeCompare's orders part.
      expect((await embedded.centrality('DEGREE', filter, null, 100)).length).toBeGreaterThan(filter.topics ? 5 : 50);
    }, 300_000);

    it.each(FILTERS.map((f) => [JSON.stringify(f), f]))('returns the same networks without a center (%s)', async (_name, filter) => {
      for (const limit of [1, 2, 7, 40, 200, 5000]) {
        const expected = await embedded.network({ depth: 1, filter, limit });
        expect([limit, await neo4j.network({ depth: 1, filter, limit })]).toEqual([limit, expected]);
      }
    }, 300_000);

    it('walks with actors the filter requires (with)', async () => {
      for (const required of actors.slice(0, 4)) {
        const filter = withSpokeToDefaults({ with: [required] });
        for (const a of actors.slice(0, 8)) {
          expect(await neo4j.path(a, required, 4, filter)).toEqual(await embedded.path(a, required, 4, filter));
          expect(await neo4j.network({ center: a, depth: 2, filter, limit: 50 }))
            .toEqual(await embedded.network({ center: a, depth: 2, filter, limit: 50 }));
        }
      }
    }, 300_000);

    it('ranks the whole network with actors the filter requires (with)', async () => {
      for (const required of actors.slice(0, 4)) {
        for (const filter of [withSpokeToDefaults({ with: [required] }), { with: [required, actors[0]] }]) {
          for (const metric of METRICS) {
            expect(await neo4j.centrality(metric, filter, null, 20)).toEqual(await embedded.centrality(metric, filter, null, 20));
          }
          expect(await neo4j.network({ depth: 1, filter, limit: 30 })).toEqual(await embedded.network({ depth: 1, filter, limit: 30 }));
        }
      }
    }, 300_000);

    it('answers nothing for unknown actors, an actor to itself, and no hops', async () => {
      const filter = withSpokeToDefaults();
      const [a, b] = actors;
      for (const [from, to, maxHops] of [[a, 'nobody', 4], ['nobody', a, 4], [a, a, 4], [a, b, 0]] as const) {
        expect(await neo4j.path(from, to, maxHops, filter)).toBeNull();
        expect(await embedded.path(from, to, maxHops, filter)).toBeNull();
      }
      expect(await neo4j.network({ center: 'nobody', depth: 2, filter, limit: 10 })).toEqual({ nodes: [], edges: [] });
    });

    // Last: the merge changes the Neo4j graph (the embedded store renames interaction ids on a merge, so the two differ after it).
    it('resolves merged actor ids at the ends, the center and in the filter', async () => {
      const filter = withSpokeToDefaults();
      const persons = (await neo4j.getActors(actors)).filter((x) => x?.kind === 'PERSON').map((x) => x!.id);
      const [keep, merge, other] = persons;
      await neo4j.mergeActors(keep, merge);
      expect(await neo4j.path(merge, other, 4, filter)).toEqual(await neo4j.path(keep, other, 4, filter));
      expect(await neo4j.path(other, merge, 4, filter)).toEqual(await neo4j.path(other, keep, 4, filter));
      expect(await neo4j.network({ center: merge, depth: 2, filter, limit: 30 }))
        .toEqual(await neo4j.network({ center: keep, depth: 2, filter, limit: 30 }));
      expect((await neo4j.network({ center: merge, depth: 1, filter, limit: 30 })).nodes[0]?.id).toBe(keep);
      const withMerged = { ...filter, with: [merge] };
      expect(await neo4j.network({ center: other, depth: 2, filter: withMerged, limit: 30 }))
        .toEqual(await neo4j.network({ center: other, depth: 2, filter: { ...filter, with: [keep] }, limit: 30 }));
      expect(await neo4j.network({ depth: 1, filter: withMerged, limit: 30 }))
        .toEqual(await neo4j.network({ depth: 1, filter: { ...filter, with: [keep] }, limit: 30 }));
      for (const metric of METRICS) {
        expect(await neo4j.centrality(metric, withMerged, null, 20)).toEqual(await neo4j.centrality(metric, { ...filter, with: [keep] }, null, 20));
      }
    });
  });
}
