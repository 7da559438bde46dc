/**
 * Regression: the embedded store cached its spoke-to graph (paths, networks, centrality) by
 * `GraphState.version` alone. removeArticle and mergeActors fold a new state whose version counts
 * up from 0 again, so after a removal and one more ingest the version repeated and path/network/
 * centrality answered from the graph of before the removal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { withSpokeToDefaults } from '../../src/store/interaction-filter';
import { fixture, type ArticleSpec } from '../helpers/store-fixtures';

const call = (id: string, date: string, a: string, b: string): ArticleSpec => ({
  id, publishedAt: date, interactions: [{ type: 'CALL', date, parts: [[a, 'INITIATOR'], [b, 'RECIPIENT']] }],
});

let dataDir: string;
let store: EmbeddedGraphStore;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-stale-'));
  store = new EmbeddedGraphStore({ dataDir });
  await store.open();
  for (const spec of [
    call('s1', '2025-01-01', 'donald-trump', 'vladimir-putin'),
    call('s2', '2025-01-02', 'vladimir-putin', 'narendra-modi'),
  ]) {
    const { article, extraction } = fixture(spec);
    await store.ingest(article, extraction);
  }
});
afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ingest = async (spec: ArticleSpec) => {
  const { article, extraction } = fixture(spec);
  await store.ingest(article, extraction);
};
const hops = async (from: string, to: string) =>
  (await store.path(from, to, 4, withSpokeToDefaults()))?.map((h) => [h.fromId, h.toId]) ?? null;
const degree = async () => Object.fromEntries((await store.centrality('DEGREE', withSpokeToDefaults(), 'PERSON', 10)).map((s) => [s.actorId, s.score]));

describe('derived graphs of the embedded store after removeArticle and mergeActors', () => {
  it('answers path, network and centrality from the graph as it is after a removal and an ingest', async () => {
    expect(await hops('donald-trump', 'narendra-modi')).toEqual([['donald-trump', 'vladimir-putin'], ['vladimir-putin', 'narendra-modi']]);
    expect(await degree()).toEqual({ 'donald-trump': 0.5, 'vladimir-putin': 1, 'narendra-modi': 0.5 });

    await store.removeArticle('s2');
    await ingest(call('s3', '2025-01-03', 'donald-trump', 'volodymyr-zelenskyy'));

    expect(await hops('donald-trump', 'narendra-modi')).toBeNull();
    expect(await hops('donald-trump', 'volodymyr-zelenskyy')).toEqual([['donald-trump', 'volodymyr-zelenskyy']]);
    expect(await degree()).toEqual({ 'donald-trump': 1, 'vladimir-putin': 0.5, 'volodymyr-zelenskyy': 0.5 });
    const network = await store.network({ center: 'donald-trump', depth: 2, filter: withSpokeToDefaults(), limit: 10 });
    expect(network.nodes.map((n) => n.id).sort()).toEqual(['donald-trump', 'vladimir-putin', 'volodymyr-zelenskyy']);
  });

  it('answers from the merged graph right after mergeActors', async () => {
    expect(await degree()).toEqual({ 'donald-trump': 0.5, 'vladimir-putin': 1, 'narendra-modi': 0.5 });
    await store.mergeActors('vladimir-putin', 'narendra-modi');
    expect(await degree()).toEqual({ 'donald-trump': 1, 'vladimir-putin': 1 });
    await ingest(call('s3', '2025-01-03', 'donald-trump', 'volodymyr-zelenskyy'));
    expect(await hops('vladimir-putin', 'volodymyr-zelenskyy')).toEqual([['vladimir-putin', 'donald-trump'], ['donald-trump', 'volodymyr-zelenskyy']]);
  });
});
