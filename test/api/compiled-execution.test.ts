/**
 * Operations run compiled (graphql-jit, src/api/compiled-execution.ts): what graphql-js gave must
 * still hold for the language features clients use, over real HTTP on the fixture world.
 */
import { ApolloServer } from '@apollo/server';
import { execute, isEnumType, parse } from 'graphql';
import { compiledExecution } from '../../src/api/compiled-execution';
import type { Context } from '../../src/api/context.type';
import { Loaders } from '../../src/api/loaders';
import { buildActorGraphSchema } from '../../src/api/schema';
import type { GraphStore } from '../../src/store/graph-store';
import { loadWorld } from '../store/graph-store.contract';
import { countingStore, startTestApi, type TestApi } from '../helpers/api-harness';

let api: TestApi;
/** The store calls of the server's requests. */
const calls = new Map<string, number>();
beforeAll(async () => { api = await startTestApi({ populate: loadWorld, wrapStore: (store) => countingStore(store, calls), responseCacheEntries: 0 }); });
afterAll(async () => api.close());

const contextOf = (store: GraphStore) => ({ store, loaders: new Loaders(store), authorized: false }) as unknown as Context;

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

  it('can write enum leaves without serializing them: every enum value of the schema is its own name', () => {
    // Compiled execution passes enums through as the records hold them (disableLeafSerialization).
    const enums = Object.values(buildActorGraphSchema().getTypeMap()).filter(isEnumType).filter((t) => !t.name.startsWith('__'));
    expect(enums.length).toBeGreaterThan(5);
    for (const e of enums) for (const v of e.getValues()) expect([e.name, v.value]).toEqual([e.name, v.name]);
  });

  it.each([
    ['counterparts', '{ actor(id: "vladimir-putin") { id name kind counterparts { actor { id name kind } count firstDate lastDate topics { id name } } } }'],
    ['counterparts read through a fragment', '{ actor(id: "vladimir-putin") { ...partners } } fragment partners on Actor { counterparts { ... on Counterpart { actor { id } } topics { id } count } }'],
    ['an interactions page', '{ interactions(first: 5) { totalCount edges { cursor node { id type date status place summary participants { role actor { __typename id name } } topics { id } } } } }'],
    ['a network', '{ network(center: "vladimir-putin", depth: 2) { nodes { id name kind } edges { source target directed weight types firstDate lastDate } } }'],
    ['a path, with aliases and a field selected twice', '{ path(from: "vladimir-putin", to: "narendra-modi") { length hops { a: from { id } b: to { id name } from { name } interactions { date id } interactions { type } } } }'],
    ['actors of each kind through fragments on their types', '{ actors(first: 6) { edges { node { __typename ...on Person { title name } ...on Country { aliases name } kind id } } } }'],
    ['a page with its pageInfo, participants and topics as passed values', '{ interactions(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id participants { role actor { id name } } topics { id name } } } } }'],
    ['passed values with __typename, aliases and fragments on their own type', '{ network(center: "vladimir-putin") { nodes { __typename who: name id ...on NetworkNode { kind } } edges { ...edge } } } fragment edge on NetworkEdge { source target weight w: weight }'],
    ['a directive below a field', '{ network(center: "vladimir-putin") { nodes { id name @include(if: true) kind @skip(if: true) } } }'],
  ])('answers %s exactly as graphql-js executes it, executing it once', async (_what, query) => {
    // The same operation through graphql-js on the same schema and store: leaves written without
    // their serializers must come out the same.
    const graphqlCalls = new Map<string, number>();
    const expected = await execute({ schema: buildActorGraphSchema(), document: parse(query), contextValue: contextOf(countingStore(api.store, graphqlCalls)) });
    expect(expected.errors).toBeUndefined();
    // Each case reaches a non-empty list of items with actors in them.
    expect(JSON.stringify(expected.data)).toMatch(/"(actor|nodes|from|node)":\[?\{"(__typename|id|name)"/);
    // Byte for byte: the compiled answer writer (src/api/answer-text.ts) keeps graphql's property order and JSON.stringify's text.
    calls.clear();
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(await res.text()).toBe(`${JSON.stringify(expected)}\n`);
    // A compiled answer its writer refused would have been executed again by graphql-js.
    expect(calls).toEqual(graphqlCalls);
  });

  it('gives whatever serializes a compiled answer with passed values its data as selected', async () => {
    const schema = buildActorGraphSchema();
    const server = new ApolloServer<Context>({
      schema,
      plugins: [compiledExecution(schema), { requestDidStart: async () => ({
        willSendResponse: async ({ response }) => { if (response.body.kind === 'single') response.body.singleResult.extensions = { note: 'added' }; },
      }) }],
    });
    await server.start();
    try {
      const query = '{ network(center: "vladimir-putin") { edges { source target } } }';
      const expected = await execute({ schema, document: parse(query), contextValue: contextOf(api.store) });
      const res = await server.executeOperation({ query }, { contextValue: contextOf(api.store) });
      expect(res.body.kind === 'single' && JSON.parse(JSON.stringify(res.body.singleResult))).toEqual({ data: expected.data, extensions: { note: 'added' } });
    } finally {
      await server.stop();
    }
  });
});
