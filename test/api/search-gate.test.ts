/**
 * `search` scans all text, so its concurrency is bounded: SEARCH_CONCURRENCY run, SEARCH_QUEUE
 * wait, and one more is refused at once with SERVER_BUSY, HTTP 503 and Retry-After instead of
 * queueing until its client gives up. The store is held back (not replaced) so that searches
 * overlap for certain.
 */
import { readConfig } from '../../src/config';
import type { GraphStore } from '../../src/store/graph-store';
import { startTestApi, type TestApi } from '../helpers/api-harness';
import { loadWorld } from '../store/graph-store.contract';

const SEARCH = '{ search(text: "ceasefire") { kind id } }';

/** The store, with every search held until `release` is called; `started` counts searches begun. */
function heldSearches(store: GraphStore) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const held = { started: 0, release: () => release() };
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'search') return Reflect.get(target, prop, receiver);
      return async (text: string, first: number) => {
        held.started++;
        await gate;
        return target.search(text, first);
      };
    },
  });
  return { held, wrapped };
}

async function post(url: string, query: string): Promise<{ status: number; retryAfter: string | null; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('search under load', () => {
  let api: TestApi;
  let held: { started: number; release: () => void };

  beforeAll(async () => {
    api = await startTestApi({
      populate: loadWorld,
      searchLimits: { concurrency: 1, queue: 1 },
      wrapStore: (store) => { const h = heldSearches(store); held = h.held; return h.wrapped; },
    });
  });
  afterAll(() => api.close());

  it('runs SEARCH_CONCURRENCY searches, queues SEARCH_QUEUE and refuses the next at once with 503', async () => {
    const running = post(api.url, SEARCH);
    await until(() => held.started === 1);
    const queued = post(api.url, SEARCH);
    // The queued search has not reached the store; give its request time to arrive at the gate.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(held.started).toBe(1);

    const refused = await post(api.url, SEARCH);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe('1');
    expect(refused.body.errors.map((e: any) => [e.message, e.extensions.code])).toEqual([
      ['too many searches at once (1 running, 1 waiting); try again shortly', 'SERVER_BUSY'],
    ]);

    // Other queries are not bounded by it.
    expect((await api.gql('{ actor(id: "UKR") { name } }')).data).toEqual({ actor: { name: 'Ukraine' } });

    held.release();
    const answers = await Promise.all([running, queued]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { search: [{ kind: 'ARTICLE', id: 'a2' }] } });
    }
    expect(held.started).toBe(2);

    // With the gate free again, a search (another one: an answer repeated comes from the response cache) is answered.
    expect((await post(api.url, '{ search(text: "Selenskyj", first: 1) { kind id } }')).body)
      .toEqual({ data: { search: [{ kind: 'ACTOR', id: 'volodymyr-zelenskyy' }] } });
    expect(held.started).toBe(3);
  });
});

describe('reading SEARCH_CONCURRENCY and SEARCH_QUEUE', () => {
  it('takes whole numbers, with defaults', () => {
    expect(readConfig({}).searchLimits).toEqual({ concurrency: 4, queue: 32 });
    expect(readConfig({ SEARCH_CONCURRENCY: '2', SEARCH_QUEUE: '0' }).searchLimits).toEqual({ concurrency: 2, queue: 0 });
  });

  it('refuses what is not one', () => {
    expect(() => readConfig({ SEARCH_CONCURRENCY: '0' })).toThrow('SEARCH_CONCURRENCY must be a whole number of at least 1, got "0"');
    expect(() => readConfig({ SEARCH_QUEUE: 'many' })).toThrow('SEARCH_QUEUE must be a whole number of at least 0, got "many"');
  });
});
