/**
 * Subscriptions over WebSocket (issue 14), with a graphql-ws client as a frontend would use it;
 * on the embedded store, or on Neo4j under `npm run test:neo4j` (where a second writer is a
 * second store on the same database, found by the server's polling).
 */
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { readNeo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-store';
import { startTestApi, type TestApi } from '../helpers/api-harness';
import { fixture } from '../helpers/store-fixtures';
import { TEST_NEO4J_URI } from '../helpers/test-store';

const CALL_TEXT = 'U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Tuesday, the White House said. '
  + 'Trump said the call was productive.';
const SAME_CALL_TEXT = 'Russian President Vladimir Putin and U.S. President Donald Trump held a phone call on Tuesday, the Kremlin said.';
const CALL_ID = 'call:2025-08-12:donald-trump+vladimir-putin';

/** How long a test waits for an event before it fails: the promise is "within a second or two". */
const DELIVERY_MS = 5_000;

const INGEST = `mutation($text: String!, $title: String, $publishedAt: Date = "2025-08-13") {
  ingestArticle(input: { text: $text, title: $title, publishedAt: $publishedAt }) { article { id } interactions { id type } } }`;

/** A subscription's results as they arrive, with a way to wait for the n-th. */
class Received<T = any> {
  readonly results: FormattedExecutionResult<T>[] = [];
  private waiters: (() => void)[] = [];
  readonly done: Promise<void>;
  private finish!: () => void;
  constructor() { this.done = new Promise((resolve) => { this.finish = resolve; }); }
  sink = {
    next: (r: FormattedExecutionResult<T>) => { this.results.push(r); this.waiters.splice(0).forEach((w) => w()); },
    error: (e: unknown) => { this.results.push({ errors: Array.isArray(e) ? e : [{ message: String((e as Error)?.message ?? e) }] } as any); this.finish(); this.waiters.splice(0).forEach((w) => w()); },
    complete: () => { this.finish(); this.waiters.splice(0).forEach((w) => w()); },
  };
  async count(n: number): Promise<FormattedExecutionResult<T>[]> {
    const deadline = Date.now() + DELIVERY_MS;
    while (this.results.length < n) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${n} results within ${DELIVERY_MS} ms, got ${JSON.stringify(this.results)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    return this.results.slice(0, n);
  }
}

function connect(api: TestApi): Client {
  return createClient({ url: `${api.url.replace(/^http/, 'ws')}graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

function subscribe<T = any>(client: Client, query: string, variables?: Record<string, unknown>): { received: Received<T>; stop: () => void } {
  const received = new Received<T>();
  const stop = client.subscribe<T>({ query, variables }, received.sink);
  return { received, stop };
}

/**
 * The server has handled every earlier message of this connection (its subscriptions are open,
 * its completions done) once it has refused a query sent after them.
 */
async function settled(client: Client): Promise<void> {
  const refused = subscribe(client, '{ stats { articles } }');
  await refused.received.done;
}

describe('subscriptions over WebSocket', () => {
  let api: TestApi;
  let clients: Client[] = [];
  beforeEach(async () => { api = await startTestApi(); });
  afterEach(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    clients = [];
    await api.close();
  });
  const client = () => { const c = connect(api); clients.push(c); return c; };

  it('pushes the call of an article ingested over the API, with participants and date, and the article', async () => {
    const c = client();
    const calls = subscribe(c, `subscription { interactionAdded(filter: { types: [CALL] }) {
      id type date reportedAt participants { actor { id name } role } sources { article { title } evidence } } }`);
    const articles = subscribe(c, 'subscription { articleAdded { title publishedAt language } }');
    await settled(c);

    const ingest = await api.gql(INGEST, { text: CALL_TEXT, title: 'Trump and Putin spoke' });
    expect(ingest.errors).toBeUndefined();

    expect(await calls.received.count(1)).toEqual([{ data: { interactionAdded: {
      id: CALL_ID, type: 'CALL', date: '2025-08-12', reportedAt: '2025-08-13',
      participants: [
        { actor: { id: 'donald-trump', name: 'Donald Trump' }, role: 'PARTICIPANT' },
        { actor: { id: 'vladimir-putin', name: 'Vladimir Putin' }, role: 'PARTICIPANT' },
      ],
      sources: [{ article: { title: 'Trump and Putin spoke' }, evidence: 'U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Tuesday, the White House said.' }],
    } } }]);
    expect(await articles.received.count(1)).toEqual([{ data: { articleAdded: { title: 'Trump and Putin spoke', publishedAt: '2025-08-13', language: 'en' } } }]);
  });

  it('pushes only what matches the filter, and a merge into an existing interaction with its new source', async () => {
    const c = client();
    const calls = subscribe(c, 'subscription($f: InteractionFilter) { interactionAdded(filter: $f) { id sources { article { title } } } }', { f: { types: ['CALL'] } });
    const everything = subscribe(c, 'subscription { interactionAdded { id type } }');
    await settled(c);

    const first = await api.gql(INGEST, { text: CALL_TEXT, title: 'first' });
    const all = first.data.ingestArticle.interactions.map((i: { id: string; type: string }) => ({ id: i.id, type: i.type }));
    expect(all.map((i: { type: string }) => i.type).sort()).toEqual(['CALL', 'STATEMENT', 'STATEMENT']);
    expect((await everything.received.count(3)).map((r) => r.data.interactionAdded).sort((a: any, b: any) => a.id.localeCompare(b.id)))
      .toEqual([...all].sort((a, b) => a.id.localeCompare(b.id)));

    await api.gql(INGEST, { text: SAME_CALL_TEXT, title: 'second', publishedAt: '2025-08-14' });
    expect(await calls.received.count(2)).toEqual([
      { data: { interactionAdded: { id: CALL_ID, sources: [{ article: { title: 'first' } }] } } },
      { data: { interactionAdded: { id: CALL_ID, sources: [{ article: { title: 'first' } }, { article: { title: 'second' } }] } } },
    ]);
    await everything.received.count(5);
    expect(calls.received.results).toHaveLength(2);
  });

  it('pushes nothing for an article ingested again unchanged', async () => {
    const c = client();
    const articles = subscribe(c, 'subscription { articleAdded { title } }');
    await settled(c);
    await api.gql(INGEST, { text: CALL_TEXT, title: 'first' });
    await articles.received.count(1);
    await api.gql(INGEST, { text: CALL_TEXT, title: 'first' });
    await api.gql(INGEST, { text: SAME_CALL_TEXT, title: 'second' });
    expect(await articles.received.count(2)).toEqual([
      { data: { articleAdded: { title: 'first' } } },
      { data: { articleAdded: { title: 'second' } } },
    ]);
  });

  (TEST_NEO4J_URI ? it : it.skip)('delivers what another writer added to the same Neo4j database', async () => {
    const c = client();
    const calls = subscribe(c, 'subscription { interactionAdded(filter: { types: [CALL] }) { id date participants { actor { id } } } }');
    await settled(c);
    const other = new Neo4jGraphStore(readNeo4jConfig({ NEO4J_URI: TEST_NEO4J_URI! }));
    await other.open();
    try {
      const { article, extraction } = fixture({ id: 'other-writer', publishedAt: '2025-09-01', interactions: [
        { type: 'CALL', date: '2025-09-01', parts: [['narendra-modi', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT']] },
      ] });
      await other.ingest(article, extraction);
    } finally {
      await other.close();
    }
    expect(await calls.received.count(1)).toEqual([{ data: { interactionAdded: {
      id: 'call:2025-09-01:narendra-modi+vladimir-putin', date: '2025-09-01',
      participants: [{ actor: { id: 'narendra-modi' } }, { actor: { id: 'vladimir-putin' } }],
    } } }]);
  });

  it.each([
    ['a query', '{ stats { articles } }', 'BAD_USER_INPUT', 'Only subscriptions are served over WebSocket; send queries and mutations over HTTP'],
    ['a mutation', 'mutation { removeArticle(id: "x") { articleId } }', 'BAD_USER_INPUT', 'Only subscriptions are served over WebSocket; send queries and mutations over HTTP'],
    ['an unknown field', 'subscription { nothingAdded }', 'GRAPHQL_VALIDATION_FAILED', 'Cannot query field "nothingAdded" on type "Subscription".'],
  ])('refuses %s', async (_what, query, code, message) => {
    const refused = subscribe(client(), query);
    await refused.received.done;
    expect(refused.received.results.map((r) => r.errors?.map((e) => [e.extensions?.code, e.message]))).toEqual([[[code, message]]]);
  });

  it('applies the depth limit of HTTP', async () => {
    const deep = 'subscription { interactionAdded { participants { actor { counterparts { interactions { participants { actor { counterparts { interactions { participants { actor { counterparts { actor { id } } } } } } } } } } } } } }';
    const refused = subscribe(client(), deep);
    await refused.received.done;
    expect(refused.received.results[0].errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('subscription caps', () => {
  let api: TestApi;
  const clients: Client[] = [];
  beforeAll(async () => { api = await startTestApi({ subscriptionLimits: { perConnection: 2, total: 3 } }); });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api.close();
  });

  it('caps open subscriptions per connection and in total, and frees a slot when one ends', async () => {
    const one = connect(api);
    const two = connect(api);
    clients.push(one, two);
    const q = 'subscription { articleAdded { id } }';
    const a1 = subscribe(one, q);
    subscribe(one, q);
    const a3 = subscribe(one, q);
    await a3.received.done;
    expect(a3.received.results[0].errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['TOO_MANY_SUBSCRIPTIONS', 'This connection already has 2 open subscriptions, the most it may have'],
    ]);
    subscribe(two, q);
    const b2 = subscribe(two, q);
    await b2.received.done;
    expect(b2.received.results[0].errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['TOO_MANY_SUBSCRIPTIONS', 'The server already serves 3 subscriptions, the most it takes; try again later'],
    ]);

    a1.stop();
    await settled(one);
    const b3 = subscribe(two, q);
    await api.gql(INGEST, { text: CALL_TEXT, title: 'after' });
    expect((await b3.received.count(1))[0].data).toEqual({ articleAdded: { id: expect.any(String) } });
  });
});
