/**
 * Direction: appeals, criticism, attacks and aid go from initiator to recipient (no clique among
 * the initiators); spoke-to edges stay undirected; the same in the JSON and GEXF exports.
 * The roles are set through the store port (the extraction supplies them in production).
 */
import { fixture } from '../helpers/store-fixtures';
import { startTestApi, type TestApi } from '../helpers/api-harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    populate: async (store) => {
      const a = fixture({
        id: 'd1', publishedAt: '2025-03-01',
        interactions: [
          // "Four leaders demanded a ceasefire of Putin."
          {
            type: 'APPEAL', date: '2025-03-01',
            parts: [['donald-trump', 'INITIATOR'], ['narendra-modi', 'INITIATOR'], ['volodymyr-zelenskyy', 'INITIATOR'], ['p-x', 'INITIATOR'], ['vladimir-putin', 'RECIPIENT']],
          },
          { type: 'ATTACK', date: '2025-03-01', parts: [['RUS', 'INITIATOR'], ['UKR', 'RECIPIENT']] },
          { type: 'CRITICISM', date: '2025-03-01', parts: [['vladimir-putin', 'INITIATOR'], ['donald-trump', 'RECIPIENT']] },
          { type: 'CALL', date: '2025-03-01', parts: [['donald-trump', 'PARTICIPANT'], ['vladimir-putin', 'PARTICIPANT']] },
        ],
      });
      await store.ingest(a.article, a.extraction);
    },
  });
});
afterAll(() => api.close());

const EDGES = '{ network(filter: { types: [APPEAL, CRITICISM, ATTACK, CALL] }) { edges { source target directed weight types } } }';

it('gives one directed edge per initiator and recipient, no clique, and undirected spoke-to edges (ordered by weight, then source as localeCompare does)', async () => {
  const res = await api.gql(EDGES);
  expect(res.errors).toBeUndefined();
  expect(res.data.network.edges).toEqual([
    { source: 'donald-trump', target: 'vladimir-putin', directed: false, weight: 1, types: ['CALL'] },
    { source: 'donald-trump', target: 'vladimir-putin', directed: true, weight: 1, types: ['APPEAL'] },
    { source: 'narendra-modi', target: 'vladimir-putin', directed: true, weight: 1, types: ['APPEAL'] },
    { source: 'p-x', target: 'vladimir-putin', directed: true, weight: 1, types: ['APPEAL'] },
    { source: 'RUS', target: 'UKR', directed: true, weight: 1, types: ['ATTACK'] },
    { source: 'vladimir-putin', target: 'donald-trump', directed: true, weight: 1, types: ['CRITICISM'] },
    { source: 'volodymyr-zelenskyy', target: 'vladimir-putin', directed: true, weight: 1, types: ['APPEAL'] },
  ]);
});

it('exports the same edges as JSON', async () => {
  const json = await (await fetch(`${api.url}export/network.json`)).json() as { edges: { source: string; target: string; directed: boolean; types: string[] }[] };
  expect(json.edges.map((e) => `${e.source}${e.directed ? '->' : '--'}${e.target} ${e.types.join(',')}`)).toEqual([
    'donald-trump--vladimir-putin CALL',
    'donald-trump->vladimir-putin APPEAL',
    'narendra-modi->vladimir-putin APPEAL',
    'p-x->vladimir-putin APPEAL',
    'RUS->UKR ATTACK',
    'vladimir-putin->donald-trump CRITICISM',
    'volodymyr-zelenskyy->vladimir-putin APPEAL',
  ]);
});

it('gives each GEXF edge its type and a stable id', async () => {
  const gexf = await (await fetch(`${api.url}export/network.gexf`)).text();
  expect(gexf).toContain('defaultedgetype="directed"');
  expect(gexf).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
  expect(gexf).toContain('<attribute id="types" title="types" type="liststring"/>');
  expect(gexf).toContain('<attvalue for="types" value="[APPEAL]"/>');
  const edges = [...gexf.matchAll(/<edge id="([^"]+)"( type="undirected")? source="([^"]+)" target="([^"]+)"/g)].map((m) => [m[1], m[2] ? 'undirected' : 'directed', m[3], m[4]]);
  expect(edges).toEqual([
    ['donald-trump--vladimir-putin', 'undirected', 'donald-trump', 'vladimir-putin'],
    ['donald-trump->vladimir-putin', 'directed', 'donald-trump', 'vladimir-putin'],
    ['narendra-modi->vladimir-putin', 'directed', 'narendra-modi', 'vladimir-putin'],
    ['p-x->vladimir-putin', 'directed', 'p-x', 'vladimir-putin'],
    ['RUS->UKR', 'directed', 'RUS', 'UKR'],
    ['vladimir-putin->donald-trump', 'directed', 'vladimir-putin', 'donald-trump'],
    ['volodymyr-zelenskyy->vladimir-putin', 'directed', 'volodymyr-zelenskyy', 'vladimir-putin'],
  ]);
  expect(await (await fetch(`${api.url}export/network.gexf`)).text()).toBe(gexf);
});
