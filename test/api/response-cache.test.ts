/** Repeated queries are answered from memory until the store changes. */
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
