/**
 * Operations run compiled (graphql-jit, src/api/compiled-execution.ts): what graphql-js gave must
 * still hold for the language features clients use, over real HTTP on the fixture world.
 */
import { loadWorld } from '../store/graph-store.contract';
import { startTestApi, type TestApi } from '../helpers/api-harness';

let api: TestApi;
beforeAll(async () => { api = await startTestApi({ populate: loadWorld }); });
afterAll(async () => api.close());

async function post(body: object): Promise<{ status: number; body: any }> {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

const TWO_OPERATIONS = `
  query Leader($id: ID!) { actor(id: $id) { id ... on Person { title } } }
  query Country($id: ID!) { actor(id: $id) { id ... on Country { name } } }`;

describe('compiled operations', () => {
  it('runs the operation named in a document of several, each with its own selection', async () => {
    expect((await post({ query: TWO_OPERATIONS, operationName: 'Leader', variables: { id: 'vladimir-putin' } })).body)
      .toEqual({ data: { actor: { id: 'vladimir-putin', title: 'President of Russia' } } });
    expect((await post({ query: TWO_OPERATIONS, operationName: 'Country', variables: { id: 'RUS' } })).body)
      .toEqual({ data: { actor: { id: 'RUS', name: 'Russia' } } });
  });

  it('refuses a document of several operations without an operationName', async () => {
    const res = await post({ query: TWO_OPERATIONS, variables: { id: 'RUS' } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { message: string; extensions: { code: string } }) => [e.message, e.extensions.code]))
      .toEqual([['Must provide operation name if query contains multiple operations.', 'OPERATION_RESOLUTION_FAILURE']]);
  });

  it('resolves the Actor interface per item, with fragments, aliases and directives', async () => {
    const query = `query($withTitle: Boolean!) {
      putin: actor(id: "vladimir-putin") { ...who }
      russia: actor(id: "RUS") { ...who }
    }
    fragment who on Actor { __typename id kind ... on Person { title @include(if: $withTitle) } ... on Country { name @skip(if: $withTitle) } }`;
    expect((await post({ query, variables: { withTitle: true } })).body).toEqual({ data: {
      putin: { __typename: 'Person', id: 'vladimir-putin', kind: 'PERSON', title: 'President of Russia' },
      russia: { __typename: 'Country', id: 'RUS', kind: 'COUNTRY' },
    } });
    expect((await post({ query, variables: { withTitle: false } })).body).toEqual({ data: {
      putin: { __typename: 'Person', id: 'vladimir-putin', kind: 'PERSON' },
      russia: { __typename: 'Country', id: 'RUS', kind: 'COUNTRY', name: 'Russia' },
    } });
  });

  it('keeps the reason of a refused variable, with BAD_USER_INPUT', async () => {
    const res = await post({ query: 'query($from: Date) { interactions(filter: { from: $from }) { totalCount } }', variables: { from: '2025-02-30' } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(/^Variable "\$from" got invalid value "2025-02-30"; Date must be an ISO calendar date/);
  });

  it('answers a subscription sent over HTTP with where subscriptions are served', async () => {
    const res = await post({ query: 'subscription { articleAdded { id } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { message: string; extensions: { code: string } }) => [e.message, e.extensions.code])).toEqual([
      ['Subscriptions are served over WebSocket (graphql-ws) at /graphql; send queries and mutations over HTTP', 'BAD_USER_INPUT'],
    ]);
  });
});
