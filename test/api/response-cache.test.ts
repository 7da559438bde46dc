/** Repeated queries are answered from memory until the store changes. */
import { readConfig } from '../../src/config';
import { loadWorld } from '../store/graph-store.contract';
import { countingStore, startTestApi, type TestApi } from '../helpers/api-harness';

const QUERY = '{ actor(id: "vladimir-putin") { counterparts { actor { id } count } } }';

let api: TestApi;
const calls = new Map<string, number>();
beforeEach(async () => {
  calls.clear();
  api = await startTestApi({ populate: loadWorld, wrapStore: (s) => countingStore(s, calls) });
});
afterEach(async () => api.close());

describe('response cache', () => {
  it('answers a repeated query without reading the store', async () => {
    const first = await api.gql(QUERY);
    const reads = new Map(calls);
    const second = await api.gql(QUERY);
    expect(second).toEqual(first);
    expect(calls).toEqual(reads);
  });

  it('sends a kept answer as the same text, non-Latin-1 names and all', async () => {
    const q = 'query($id: ID!) { actor(id: $id) { id name aliases counterparts { actor { name } count firstDate } } }';
    const raw = async (id: string) => (await fetch(api.url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: { id } }),
    })).text();
    const first = await raw('volodymyr-zelenskyy');
    expect(JSON.parse(first).data.actor.aliases).toContain('Selenskyj');
    expect(first.endsWith('}\n')).toBe(true);
    const other = await raw('vladimir-putin');
    expect([await raw('volodymyr-zelenskyy'), await raw('vladimir-putin'), await raw('volodymyr-zelenskyy')]).toEqual([first, other, first]);
    expect(JSON.parse(other).data.actor.id).toBe('vladimir-putin');
  });

  it('keys on the variables the query declares, not on extra ones a client sends', async () => {
    await api.gql(QUERY, { junk: 'x'.repeat(900) });
    const reads = new Map(calls);
    await api.gql(QUERY, { junk: 'y'.repeat(900), more: [1, 2, 3] });
    expect(calls).toEqual(reads);
  });

  it('tells variables apart', async () => {
    const q = 'query($id: ID!) { actor(id: $id) { id } }';
    expect((await api.gql(q, { id: 'RUS' })).data).toEqual({ actor: { id: 'RUS' } });
    expect((await api.gql(q, { id: 'UKR' })).data).toEqual({ actor: { id: 'UKR' } });
  });

  it('never answers from before a write', async () => {
    expect((await api.gql(QUERY)).data.actor.counterparts).toEqual([{ actor: { id: 'donald-trump' }, count: 2 }]);
    await api.gql('mutation { removeArticle(id: "a1") { articleId } }');
    expect((await api.gql(QUERY)).data.actor.counterparts).toEqual([{ actor: { id: 'donald-trump' }, count: 1 }]);
  });

  it('does not keep answers with errors', async () => {
    await api.gql('{ conversations(between: ["nobody"]) { id } }');
    const before = calls.get('getActors') ?? 0;
    const again = await api.gql('{ conversations(between: ["nobody"]) { id } }');
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(calls.get('getActors')).toBe(before + 1);
  });
});

describe('RESPONSE_CACHE_ENTRIES', () => {
  it('is 500 unless set, and 0 turns the cache off', () => {
    expect(readConfig({}).responseCacheEntries).toBe(500);
    expect(readConfig({ RESPONSE_CACHE_ENTRIES: '0' }).responseCacheEntries).toBe(0);
    expect(() => readConfig({ RESPONSE_CACHE_ENTRIES: '-1' })).toThrow('RESPONSE_CACHE_ENTRIES must be a whole number of at least 0, got "-1"');
  });

  it('at 0 reads the store for every answer', async () => {
    const uncached = await startTestApi({ populate: loadWorld, wrapStore: (s) => countingStore(s, calls), responseCacheEntries: 0 });
    try {
      calls.clear();
      const first = await uncached.gql(QUERY);
      const reads = calls.get('counterpartsOf');
      expect(reads).toBe(1);
      expect(await uncached.gql(QUERY)).toEqual(first);
      expect(calls.get('counterpartsOf')).toBe(2);
    } finally {
      await uncached.close();
    }
  });
});
