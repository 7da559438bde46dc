/**
 * Fuzzing the ingestArticle mutation over real HTTP: hostile text and metadata get a result or an
 * error with a client code (never an internal error, never a hang), and the store ends up holding
 * exactly the articles the server said it created.
 */
import fc from 'fast-check';
import type { GraphDump } from '../../src/domain/graph';
import { startTestApi, type TestApi } from '../helpers/api-harness';
import { FUZZ_SEED, hostileText, language, publishedAt } from './support/arbitraries';

const INGEST = `mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) {
  dryRun created languageSupported article { id title language publishedAt }
  actors { id kind } interactions { id type date participants { role actor { id } } sources { evidence } } } }`;

/** Generous: a request takes milliseconds; only a hang gets near this. */
const HANG_MS = 20_000;

/** Metadata a client might send: mostly plausible, sometimes empty, too long or malformed. */
const sometimesBad = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.option(fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad }), { nil: undefined, freq: 3 });
const metadata = fc.record({
  title: sometimesBad(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constant('t'.repeat(1001))),
  url: sometimesBad(fc.webUrl(), fc.constantFrom('not a url', 'javascript:alert(1)', '')),
  source: sometimesBad(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constant('s'.repeat(201))),
  publishedAt: sometimesBad(publishedAt, fc.constantFrom('2025-02-30', '2025-6-4', 'yesterday', '')),
  language: sometimesBad(language, fc.constantFrom('EN', 'english', 'd', '')),
}, { requiredKeys: [] });

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => api.close());

interface Answer {
  status: number;
  body: { data?: { ingestArticle: any } | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ingest(variables: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(api.url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: INGEST, variables }), signal: AbortSignal.timeout(HANG_MS),
  });
  return { status: res.status, body: JSON.parse(await res.text()) as Answer['body'] };
}

describe('ingestArticle under fuzzing', () => {
  it('answers 500 hostile articles with a result or a BAD_USER_INPUT error, and stores exactly the created ones', async () => {
    const created = new Set<string>();
    await fc.assert(
      fc.asyncProperty(hostileText, metadata, fc.boolean(), async (text, meta, dryRun) => {
        const { status, body } = await ingest({ input: { text, ...meta }, dryRun });
        if (body.errors) {
          expect({ status, codes: body.errors.map((e) => e.extensions?.code) })
            .toEqual({ status: status === 400 ? 400 : 200, codes: body.errors.map(() => 'BAD_USER_INPUT') });
          expect(body.data?.ingestArticle ?? null).toBeNull();
          return;
        }
        expect(status).toBe(200);
        const r = body.data!.ingestArticle;
        expect(r.dryRun).toBe(dryRun);
        if (dryRun) expect(r.created).toBe(false);
        if (r.created) {
          expect(created.has(r.article.id)).toBe(false);
          created.add(r.article.id);
        }
        const actorIds = new Set(r.actors.map((a: { id: string }) => a.id));
        for (const i of r.interactions) {
          for (const p of i.participants) expect(actorIds.has(p.actor.id)).toBe(true);
        }
      }),
      { numRuns: 500, seed: FUZZ_SEED },
    );
    const dump: GraphDump = await api.store.exportGraph();
    const stored = dump.nodes.filter((n) => n.labels.includes('Article')).map((n) => n.id).sort();
    expect(stored).toEqual([...created].sort());
    expect((await api.gql('{ stats { articles } }')).data).toEqual({ stats: { articles: created.size } });
  }, 120_000);
});
