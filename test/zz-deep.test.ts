import { startTestApi } from '/work/wt-api/test/helpers/api-harness';
it('deep', async () => {
  const api = await startTestApi();
  let v: unknown = 'x'; for (let i = 0; i < 5000; i++) v = [v];
  let r = await api.gql('query($w: [ID!]) { interactions(filter: { with: $w }) { totalCount } }', { w: v });
  console.log('var', r.status, JSON.stringify(r.errors).slice(0, 300));
  const lit = '['.repeat(5000) + '"x"' + ']'.repeat(5000);
  r = await api.gql(`{ interactions(filter: { with: ${lit} }) { totalCount } }`);
  console.log('lit', r.status, JSON.stringify(r.errors).slice(0, 300));
  r = await api.gql('mutation($t: String!) { ingestArticle(input: { text: $t }, dryRun: true) { dryRun } }', { t: 'Putin met Modi. '.repeat(300) });
  console.log('t', r.status, JSON.stringify(r.errors ?? r.data).slice(0, 300));
  await api.close();
});
