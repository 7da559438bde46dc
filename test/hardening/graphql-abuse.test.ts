/**
 * Abusive GraphQL requests are refused with their code before anything reaches the store (the
 * store is wrapped to count calls). Adds to test/api/graphql.test.ts, which covers a 20-deep
 * field nesting, 500 top-level aliases, a literal `first: 100000` and the status of a batch.
 */
import { request } from 'node:http';
import { loadWorld } from '../store/graph-store.contract';
import { countingStore, startTestApi, type TestApi } from '../helpers/api-harness';

const MB = 1024 * 1024;
const HUGE = 'x'.repeat(MB);

let api: TestApi;
const calls = new Map<string, number>();
beforeAll(async () => {
  api = await startTestApi({ populate: loadWorld, wrapStore: (store) => countingStore(store, calls) });
});
afterAll(async () => api.close());
beforeEach(() => calls.clear());

/** Posts raw JSON and returns status, content type and the parsed body. */
async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const codes = (errors?: { extensions?: { code?: string } }[]) => errors?.map((e) => e.extensions?.code);

describe('limits on the shape of a query', () => {
  function fragmentChain(n: number): string {
    let fragments = 'fragment F0 on Actor { id }';
    for (let i = 1; i <= n; i++) fragments += ` fragment F${i} on Actor { counterparts { actor { ...F${i - 1} } } }`;
    return `{ actor(id: "donald-trump") { ...F${n} } } ${fragments}`;
  }
  const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
  let deepIntrospection = 'name';
  for (let i = 0; i < 40; i++) deepIntrospection = `ofType { ${deepIntrospection} }`;

  it.each([
    ['depth hidden in a chain of 14 fragments', fragmentChain(14), 'Query depth limit of 12 exceeded, found 30.'],
    ['31 aliases inside one field', `{ stats { ${aliases(31, 'articles')} } }`, 'Aliases limit of 30 exceeded, found 31.'],
    ['a 100 x 100 fan-out within the depth limit', '{ actors(first: 100) { edges { node { interactions(first: 100) { edges { node { participants { actor { id } } } } } } } } }', 'Query Cost limit of 20000 exceeded, found 1147395.3125.'],
    ['introspection 44 levels deep', `{ __type(name: "Actor") { fields { type { ${deepIntrospection} } } } }`, 'Query depth limit of 12 exceeded, found 44.'],
  ])('refuses %s with QUERY_TOO_COMPLEX', async (_what, query, message) => {
    const res = await api.gql(query);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(calls.size).toBe(0);
  });

  it('lets exactly 30 aliases through', async () => {
    const res = await api.gql(`{ stats { ${aliases(30, 'articles')} } }`);
    expect(res.errors).toBeUndefined();
    expect(Object.values(res.data.stats)).toEqual(Array(30).fill(4));
  });

  it('refuses 5,000 copies of one field (field-merging blow-up) without running them', async () => {
    const res = await api.gql(`{ ${'stats { articles } '.repeat(5000)} }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(codes(res.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(calls.size).toBe(0);
  });

  it('refuses a list literal nested 3,000 deep as a parse error', async () => {
    const res = await api.gql(`{ actors(filter: { kinds: ${'['.repeat(3000)}PERSON${']'.repeat(3000)} }) { totalCount } }`);
    expect(res.status).toBe(400);
    expect(codes(res.errors)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(calls.size).toBe(0);
  });
});

describe('limits on argument values', () => {
  it.each([
    ['first from a variable', 'query($f: Int) { actors(first: $f) { totalCount } }', { f: 1_000_000 }, 'Invalid argument: first must be at most 100'],
    ['a negative first', '{ actors(first: -1) { totalCount } }', {}, 'Invalid argument: first must not be less than 0'],
    ['first on a nested connection', '{ actor(id: "donald-trump") { interactions(first: 1000) { totalCount } } }', {}, 'Invalid argument: first must be at most 100'],
    // Constraints on some properties of an input: checked when one of them is set, with others or not.
    ['a filter with 21 actors', 'query($w: [ID!]) { interactions(filter: { from: "2025-01-01", with: $w }) { totalCount } }',
      { w: Array.from({ length: 21 }, (_, k) => `actor-${k}`) }, 'Invalid argument: with must contain no more than 20 elements'],
    ['a filter with 51 topics', 'query($t: [ID!]) { network(center: "donald-trump", filter: { topics: $t }) { nodes { id } } }',
      { t: Array.from({ length: 51 }, (_, k) => `topic-${k}`) }, 'Invalid argument: filter.topics must contain no more than 50 elements'],
    ['conversations filtered by 21 actors', 'query($w: [ID!]) { conversations(between: ["donald-trump"], filter: { with: $w }) { id } }',
      { w: Array.from({ length: 21 }, (_, k) => `actor-${k}`) }, 'Invalid argument: filter.with must contain no more than 20 elements'],
    ['a network 5 hops deep', '{ network(center: "donald-trump", depth: 5) { nodes { id } } }', {}, 'Invalid argument: depth must not be greater than 4'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, query, variables, message) => {
    const res = await api.gql(query, variables);
    expect(Object.values(res.data ?? {}).filter((v) => v !== null)).toEqual([]);
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    expect(calls.size).toBe(0);
  });

  it('refuses first above 100 on a nested connection from a variable, when that field is reached', async () => {
    // Variables are not known at validation time: the parent (topic) resolves, the page never does.
    const res = await api.gql('query($f: Int) { topic(id: "ukraine-war") { interactions(first: $f) { totalCount } } }', { f: 101 });
    expect(res.data).toEqual({ topic: null });
    expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Invalid argument: first must be at most 100', 'BAD_USER_INPUT']]);
    expect(calls.get('listInteractionsPerScope')).toBeUndefined();
  });

  // Every String and ID argument of the schema, given a 1 MB value.
  it.each([
    ['actor(name)', 'query($s: String!) { actor(name: $s) { id } }'],
    ['actor(id)', 'query($s: ID!) { actor(id: $s) { id } }'],
    ['actors(filter.search)', 'query($s: String!) { actors(filter: { search: $s }) { totalCount } }'],
    ['actors(filter.countries)', 'query($s: ID!) { actors(filter: { countries: [$s] }) { totalCount } }'],
    ['actors(after)', 'query($s: String!) { actors(after: $s) { totalCount } }'],
    ['interaction(id)', 'query($s: ID!) { interaction(id: $s) { id } }'],
    ['interactions(filter.with)', 'query($s: ID!) { interactions(filter: { with: [$s] }) { totalCount } }'],
    ['interactions(filter.topics)', 'query($s: ID!) { interactions(filter: { topics: [$s] }) { totalCount } }'],
    ['conversations(between)', 'query($s: ID!) { conversations(between: [$s, "donald-trump"]) { id } }'],
    ['path(from)', 'query($s: ID!) { path(from: $s, to: "donald-trump") { length } }'],
    ['network(center)', 'query($s: ID!) { network(center: $s) { nodes { id } } }'],
    ['topic(id)', 'query($s: ID!) { topic(id: $s) { id } }'],
    ['article(id)', 'query($s: ID!) { article(id: $s) { id } }'],
    ['articles(filter.source)', 'query($s: String!) { articles(filter: { source: $s }) { totalCount } }'],
    ['articles(filter.mentions)', 'query($s: ID!) { articles(filter: { mentions: $s }) { totalCount } }'],
    ['search(text)', 'query($s: String!) { search(text: $s) { id } }'],
  ])('refuses a 1 MB %s with BAD_USER_INPUT before reading the store', async (_arg, query) => {
    const res = await api.gql(query, { s: HUGE });
    expect(codes(res.errors)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res).length).toBeLessThan(10_000); // the value is not echoed back
    expect(calls.size).toBe(0);
  });
});

describe('limits by argument position, not variable name', () => {
  const ARTICLE = `${'Putin met Modi in Moscow on Monday. '.repeat(100)}`.trim();

  it('takes a whole article through a variable of any name', async () => {
    const res = await api.gql('mutation($body: String!) { ingestArticle(input: { text: $body }, dryRun: true) { dryRun } }', { body: ARTICLE });
    expect(ARTICLE.length).toBe(3599);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ ingestArticle: { dryRun: true } });
  });

  it('takes a whole article inside an input variable', async () => {
    const res = await api.gql('mutation($in: ArticleInput!) { ingestArticle(input: $in, dryRun: true) { dryRun } }', { in: { text: ARTICLE } });
    expect(res.data).toEqual({ ingestArticle: { dryRun: true } });
  });

  it('refuses a long variable named text outside the article text', async () => {
    const res = await api.gql('query($text: String!) { search(text: $text) { id } }', { text: ARTICLE });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ message: 'Invalid argument: variable $text is 3599 characters long; the limit is 1000', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('gives a variable used in two positions the smaller limit', async () => {
    const res = await api.gql('mutation($t: String!) { ingestArticle(input: { text: $t, title: $t }, dryRun: true) { dryRun } }', { t: ARTICLE });
    expect(res.errors?.[0].message).toBe('Invalid argument: variable $t is 3599 characters long; the limit is 1000');
  });

  it('refuses a variable nested 5,000 deep with a 400', async () => {
    const deep = `${'['.repeat(5000)}"donald-trump"${']'.repeat(5000)}`; // too deep for JSON.stringify
    const query = JSON.stringify('query($w: [ID!]) { interactions(filter: { with: $w }) { totalCount } }');
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"query":${query},"variables":{"w":${deep}}}` });
    expect(res.status).toBe(400);
    const body = await res.json() as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Invalid argument: variable $w is nested more than 32 levels deep', extensions: { code: 'BAD_USER_INPUT' } });
    expect(calls.size).toBe(0);
  });
});

describe('limits on the HTTP request', () => {
  it('refuses a batch with a JSON error and runs none of it', async () => {
    const res = await post(JSON.stringify([{ query: '{ stats { articles } }' }, { query: '{ stats { articles } }' }]));
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Operation batching disabled.', 'BAD_REQUEST']]);
    expect(calls.size).toBe(0);
  });

  it('answers a body over the limit with 413 and a JSON error', async () => {
    const res = await post(JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'y'.repeat(9 * MB) } }));
    expect(res).toEqual({
      status: 413, type: 'application/json; charset=utf-8',
      body: { errors: [{ message: 'Request body is over the 8388608 byte limit', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    expect(calls.size).toBe(0);
  });

  it('answers a chunked body (no Content-Length) over the limit with 413 and a JSON error', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => { text += d.toString(); });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
      const chunk = Buffer.alloc(MB, 0x20);
      req.write('{"query":"{ stats { articles } }","pad":"');
      let sent = 0;
      const pump = () => {
        while (sent < 10 && req.write(chunk)) sent++;
        if (sent < 10) req.once('drain', () => { sent++; pump(); });
        else req.end('"}');
      };
      pump();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ errors: [{ message: 'Request body is over the 8388608 byte limit', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(calls.size).toBe(0);
    expect((await api.gql('{ stats { articles } }')).data).toEqual({ stats: { articles: 4 } });
  });

  it('refuses a mutation sent with GET (no state change from a link)', async () => {
    const query = encodeURIComponent('mutation { removeArticle(id: "a1") { articleId } }');
    const res = await fetch(`${api.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(calls.size).toBe(0);
  });
});
