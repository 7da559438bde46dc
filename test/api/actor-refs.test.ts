/**
 * Where people type names: network(center:) and path(from:, to:) take an id or any name or alias;
 * a name several actors share is refused with the candidates. Cursors belong to their connection.
 */
import { fixture } from '../helpers/store-fixtures';
import { loadWorld } from '../store/graph-store.contract';
import { startTestApi, type TestApi } from '../helpers/api-harness';

describe('names in place of ids', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi({ populate: loadWorld }); });
  afterAll(() => api.close());

  it('centers a network on a name', async () => {
    const byName = await api.gql('{ network(center: "Putin") { nodes { id } edges { source target } } }');
    const byId = await api.gql('{ network(center: "vladimir-putin") { nodes { id } edges { source target } } }');
    expect(byName.data).toEqual({ network: { nodes: [{ id: 'vladimir-putin' }, { id: 'donald-trump' }], edges: [{ source: 'donald-trump', target: 'vladimir-putin' }] } });
    expect(byName.data).toEqual(byId.data);
  });

  it('finds a path between names and aliases', async () => {
    const res = await api.gql('{ path(from: "Selenskyj", to: "putin", maxHops: 3) { hops { from { id } to { id } } } }');
    expect(res.data).toEqual({ path: { hops: [
      { from: { id: 'volodymyr-zelenskyy' }, to: { id: 'donald-trump' } },
      { from: { id: 'donald-trump' }, to: { id: 'vladimir-putin' } },
    ] } });
  });

  it('still says NOT_FOUND for a name nobody has', async () => {
    const res = await api.gql('{ network(center: "Nobody Known") { nodes { id } } }');
    expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Actor Nobody Known not found', 'NOT_FOUND']]);
  });

  it('refuses an actors cursor on interactions', async () => {
    const actors = await api.gql('{ actors(first: 1) { pageInfo { endCursor } } }');
    const cursor = actors.data.actors.pageInfo.endCursor as string;
    const res = await api.gql('query($c: String) { interactions(after: $c) { totalCount } }', { c: cursor });
    expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['This cursor is from a list of actors; it cannot page through interactions', 'BAD_USER_INPUT'],
    ]);
    const next = await api.gql('query($c: String) { actors(first: 1, after: $c) { edges { node { id } } } }', { c: cursor });
    expect(next.data).toEqual({ actors: { edges: [{ node: { id: 'IND' } }] } });
  });
});

describe('a name two actors share', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      populate: async (store) => {
        await loadWorld(store);
        const { article, extraction } = fixture({ id: 'amb', publishedAt: '2025-08-01', mentions: ['p-modi'], interactions: [] });
        extraction.persons[0].aliases = ['Modi'];
        await store.ingest(article, extraction);
      },
    });
  });
  afterAll(() => api.close());

  it('lists the candidates', async () => {
    const res = await api.gql('{ path(from: "Modi", to: "Putin") { length } }');
    expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['"Modi" names 2 actors: narendra-modi (Narendra Modi), p-modi (Official modi); give an id', 'BAD_USER_INPUT'],
    ]);
  });

  it('takes the id', async () => {
    const res = await api.gql('{ path(from: "narendra-modi", to: "Putin") { length } }');
    expect(res.data).toEqual({ path: { length: 2 } });
  });
});
