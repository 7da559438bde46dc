/** Mutations over real HTTP: auth, ingestion (dry and real), removal and curation. */
import { loadWorld } from '../store/graph-store.contract';
import { startTestApi, type TestApi } from '../helpers/api-harness';

const TOKEN = 'test-token-123';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const ARTICLE = 'Ukrainian President Volodymyr Zelenskyy met Polish President Karol Nawrocki in Warsaw on Monday to discuss military aid.';

const INGEST = `mutation($input: ArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    dryRun created languageSupported
    article { id title language publishedAt }
    actors { id kind name }
    interactions { id type date status place participants { actor { id name } role } sources { article { id } evidence } }
  } }`;

let api: TestApi;
beforeEach(async () => { api = await startTestApi({ populate: loadWorld, apiToken: TOKEN }); });
afterEach(async () => api.close());

describe('authorisation', () => {
  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['a token without the Bearer scheme', { authorization: TOKEN }],
  ])('refuses a mutation with %s', async (_what, headers) => {
    const res = await api.gql('mutation { removeArticle(id: "a1") { articleId } }', {}, headers);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await api.gql('{ article(id: "a1") { id } }')).data).toEqual({ article: { id: 'a1' } });
  });

  it('leaves reads open', async () => {
    expect((await api.gql('{ stats { articles } }')).data).toEqual({ stats: { articles: 4 } });
  });
});

describe('removeArticle', () => {
  it('retracts what only that article supports', async () => {
    const res = await api.gql('mutation { removeArticle(id: "a4") { articleId removedInteractions removedActors } }', {}, AUTH);
    expect(res.data).toEqual({ removeArticle: { articleId: 'a4', removedInteractions: 2, removedActors: 2 } });
    expect((await api.gql('{ actor(id: "narendra-modi") { id } }')).data).toEqual({ actor: null });
  });

  it('says NOT_FOUND for an unknown article', async () => {
    const res = await api.gql('mutation { removeArticle(id: "nope") { articleId } }', {}, AUTH);
    expect(res.errors).toEqual([expect.objectContaining({ message: 'Article nope not found', extensions: { code: 'NOT_FOUND' } })]);
  });
});

describe('mergeActors', () => {
  it('moves the interactions and names of a duplicate onto the actor kept', async () => {
    const res = await api.gql('mutation { mergeActors(keep: "donald-trump", merge: "narendra-modi") { id aliases counterparts { actor { id } count } } }', {}, AUTH);
    expect(res.data.mergeActors.id).toBe('donald-trump');
    expect(res.data.mergeActors.aliases).toEqual(['Narendra Modi', 'Trump']);
    expect(res.data.mergeActors.counterparts).toEqual([
      { actor: { id: 'vladimir-putin' }, count: 2 }, { actor: { id: 'volodymyr-zelenskyy' }, count: 1 },
    ]);
  });

  it('lets later fields of the same request see an earlier write', async () => {
    const res = await api.gql(`mutation {
      a: mergeActors(keep: "donald-trump", merge: "narendra-modi") { counterparts { actor { id } count } }
      b: mergeActors(keep: "donald-trump", merge: "volodymyr-zelenskyy") { counterparts { actor { id } count } } }`, {}, AUTH);
    expect(res.data.a.counterparts).toEqual([{ actor: { id: 'vladimir-putin' }, count: 2 }, { actor: { id: 'volodymyr-zelenskyy' }, count: 1 }]);
    expect(res.data.b.counterparts).toEqual([{ actor: { id: 'vladimir-putin' }, count: 2 }]);
  });

  it('says NOT_FOUND for an unknown actor', async () => {
    const res = await api.gql('mutation { mergeActors(keep: "donald-trump", merge: "nobody") { id } }', {}, AUTH);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('ingestArticle', () => {
  const input = { text: ARTICLE, title: 'Zelenskyy in Warsaw', publishedAt: '2025-09-03', source: 'Test Wire' };

  it('shows what a dry run would extract and stores nothing', async () => {
    const res = await api.gql(INGEST, { input, dryRun: true }, AUTH);
    expect(res.errors).toBeUndefined();
    const r = res.data.ingestArticle;
    expect([r.dryRun, r.created, r.languageSupported]).toEqual([true, false, true]);
    expect(r.article).toMatchObject({ title: 'Zelenskyy in Warsaw', language: 'en', publishedAt: '2025-09-03' });
    const meeting = r.interactions.find((i: { type: string }) => i.type === 'MEETING');
    expect(meeting).toMatchObject({
      id: 'meeting:2025-09-01:karol-nawrocki+volodymyr-zelenskyy', date: '2025-09-01', status: 'OCCURRED', place: 'Warsaw',
      sources: [{ article: { id: r.article.id }, evidence: ARTICLE }],
    });
    expect(meeting.participants.map((p: { actor: { id: string } }) => p.actor.id).sort()).toEqual(['karol-nawrocki', 'volodymyr-zelenskyy']);
    expect((await api.gql(`{ article(id: "${r.article.id}") { id } }`)).data).toEqual({ article: null });
  });

  it('stores the article once, however often it is sent', async () => {
    const first = await api.gql(INGEST, { input }, AUTH);
    expect(first.data.ingestArticle.created).toBe(true);
    const again = await api.gql(INGEST, { input }, AUTH);
    expect(again.data.ingestArticle.created).toBe(false);
    const res = await api.gql('{ actor(name: "Nawrocki") { counterparts { actor { id } count lastDate } } }');
    expect(res.data.actor.counterparts).toEqual([{ actor: { id: 'volodymyr-zelenskyy' }, count: 1, lastDate: '2025-09-01' }]);
  });

  it.each([
    ['empty text', { text: '   ' }, 'text is empty'],
    ['a bad date', { text: ARTICLE, publishedAt: '2025-02-30' }, 'Date must be an ISO calendar date'],
    ['a bad language code', { text: ARTICLE, language: 'english' }, 'language must be an ISO 639-1 code'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, bad, message) => {
    const res = await api.gql(INGEST, { input: bad }, AUTH);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(message);
  });
});

describe('production mode', () => {
  it('turns introspection and stack traces off', async () => {
    const prod = await startTestApi({ production: true });
    try {
      const res = await prod.gql('{ __schema { types { name } } }');
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const bad = await prod.gql('{ actor(id: "x", name: "y") { id } }');
      expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    } finally {
      await prod.close();
    }
  });
});
