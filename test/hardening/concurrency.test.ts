/**
 * Concurrent ingestArticle mutations over HTTP: the store serialises writes, so the same article
 * twenty times at once is stored once, and twenty different articles at once are all stored —
 * each graph equal to the one the same articles give when sent one at a time.
 */
import { generateCorpus, type CorpusArticle } from '../../bench/corpus/generate';
import type { GraphDump } from '../../src/domain/graph';
import { startTestApi, type TestApi } from '../helpers/api-harness';

const TOKEN = 'concurrency-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
  created article { id } interactions { id } } }`;

const ARTICLES: CorpusArticle[] = generateCorpus({ count: 20, seed: 606, words: 120 });

function ingest(api: TestApi, a: CorpusArticle) {
  return api.gql(INGEST, { input: { text: a.text, publishedAt: a.publishedAt, title: a.title, url: a.url, source: a.source } }, AUTH);
}

/** Node ids and edge keys that occur more than once (a well-formed graph has none). */
function duplicates(dump: GraphDump): string[] {
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const key of [...dump.nodes.map((n) => `node ${n.id}`), ...dump.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`)]) {
    if (seen.has(key)) dups.push(key);
    seen.add(key);
  }
  return dups;
}

const articleIds = (dump: GraphDump) => dump.nodes.filter((n) => n.labels.includes('Article')).map((n) => n.id).sort();

let apis: TestApi[] = [];
async function api(): Promise<TestApi> {
  const started = await startTestApi({ apiToken: TOKEN });
  apis.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(apis.map((a) => a.close()));
  apis = [];
});

describe('concurrent ingestArticle', () => {
  it('stores one article once when it is sent 20 times at once', async () => {
    const concurrent = await api();
    const article = ARTICLES[0];
    const results = await Promise.all(Array.from({ length: 20 }, () => ingest(concurrent, article)));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(results.filter((r) => r.data.ingestArticle.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data.ingestArticle.article.id)).size).toBe(1);

    const once = await api();
    expect((await ingest(once, article)).data.ingestArticle.created).toBe(true);
    const dump = await concurrent.store.exportGraph();
    expect(duplicates(dump)).toEqual([]);
    expect(articleIds(dump)).toEqual([results[0].data.ingestArticle.article.id]);
    expect(dump).toEqual(await once.store.exportGraph());
  });

  it('stores 20 different articles sent at once, as if they had come one by one', async () => {
    const concurrent = await api();
    const results = await Promise.all(ARTICLES.map((a) => ingest(concurrent, a)));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(results.map((r) => r.data.ingestArticle.created)).toEqual(Array(20).fill(true));
    const ids = results.map((r) => r.data.ingestArticle.article.id).sort();
    expect(new Set(ids).size).toBe(20);

    const sequential = await api();
    for (const a of ARTICLES) expect((await ingest(sequential, a)).data.ingestArticle.created).toBe(true);
    const dump = await concurrent.store.exportGraph();
    expect(duplicates(dump)).toEqual([]);
    expect(articleIds(dump)).toEqual(ids);
    expect(dump).toEqual(await sequential.store.exportGraph());
  });
});
