/** Article.topics: the topics of the interactions an article reports, most frequent first. */
import { loadWorld } from '../store/graph-store.contract';
import { startTestApi, type TestApi } from '../helpers/api-harness';

let api: TestApi;
beforeAll(async () => { api = await startTestApi({ populate: loadWorld }); });
afterAll(() => api.close());

it('counts the topics of the interactions each article reports', async () => {
  const res = await api.gql('{ a1: article(id: "a1") { topics { topic { id } count } } a4: article(id: "a4") { topics { topic { id } } } }');
  expect(res.data).toEqual({
    a1: { topics: [{ topic: { id: 'ukraine-war' }, count: 2 }] },
    a4: { topics: [] },
  });
});
