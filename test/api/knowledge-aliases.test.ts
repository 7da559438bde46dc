/**
 * Every knowledge-base name of an actor in the graph is searchable, even one no article used:
 * an English article says "Zelensky", a German reader asks for "Selenskyj".
 */
import { startTestApi, type TestApi } from '../helpers/api-harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const res = await api.gql('mutation($body: String!) { ingestArticle(input: { text: $body, publishedAt: "2025-06-02" }) { actors { id } } }', {
    body: 'Zelensky met Emmanuel Macron in Paris on Monday. France pledged more air defence.',
  });
  expect(res.errors).toBeUndefined();
});
afterAll(() => api.close());

it('finds Zelensky by the German spelling no article used', async () => {
  const res = await api.gql('{ actor(name: "Selenskyj") { id name aliases } }');
  expect(res.data).toEqual({ actor: { id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'] } });
});

it('searches the knowledge-base names', async () => {
  const res = await api.gql('{ search(text: "Selenskyj") { kind id text } }');
  expect(res.data).toEqual({ search: [{ kind: 'ACTOR', id: 'volodymyr-zelenskyy', text: 'Volodymyr Zelenskyy' }] });
});

it('finds a country by its German name', async () => {
  expect((await api.gql('{ actor(name: "France") { id } }')).data).toEqual({ actor: { id: 'FRA' } });
  const res = await api.gql('{ actor(name: "Frankreich") { id } }');
  expect(res.data).toEqual({ actor: { id: 'FRA' } });
});
