/** Article.topics (the topics of the interactions an article reports) and Interaction.rule (the extraction rule). */
import { loadWorld } from '../store/graph-store.contract';
import { startTestApi, type TestApi } from '../helpers/api-harness';
import { prepareArticle } from '../../src/ingest/prepare-article';

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

it('names the extraction rule of an interaction', async () => {
  const res = await api.gql('{ interaction(id: "call:2025-07-03:donald-trump+vladimir-putin") { rule } }');
  expect(res.data).toEqual({ interaction: { rule: 'fixture' } });
});

it('names the rule in a dry-run ingest, as the extraction gives it', async () => {
  const text = 'Donald Trump spoke by phone with Vladimir Putin on Tuesday.';
  const res = await api.gql(`mutation { ingestArticle(dryRun: true, input: { text: "${text}", publishedAt: "2025-07-10" }) { interactions { type rule } } }`);
  const { extraction } = prepareArticle(text, { publishedAt: '2025-07-10' });
  expect(extraction.interactions).toHaveLength(1);
  expect(res.data.ingestArticle.interactions).toEqual([{ type: 'CALL', rule: extraction.interactions[0].rule }]);
  expect(extraction.interactions[0].rule).not.toBe('');
});
