/**
 * Every query and mutation in examples.graphql runs without errors against the fixture world;
 * every subscription (served over WebSocket, test/api/subscriptions.test.ts) is valid against the schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { buildActorGraphSchema } from '../../src/api/schema';
import { loadWorld } from '../store/graph-store.contract';
import { startTestApi, type TestApi } from '../helpers/api-harness';

const source = readFileSync(join(__dirname, '../../examples.graphql'), 'utf8');
const document = parse(source);
const named = (kind: 'query' | 'mutation' | 'subscription'): string[] => document.definitions
  .flatMap((d) => (d.kind === 'OperationDefinition' && d.operation === kind && d.name ? [d.name.value] : []));
const operations = [...named('query'), ...named('mutation')];

let api: TestApi;
beforeAll(async () => { api = await startTestApi({ populate: loadWorld }); });
afterAll(async () => api.close());

describe('examples.graphql', () => {
  it.each(operations)('runs %s', async (operationName) => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source, operationName }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  });
});

describe('examples.graphql subscriptions', () => {
  it('has at least one, and every one is valid against the schema', () => {
    expect(named('subscription').length).toBeGreaterThan(0);
    expect(validate(buildActorGraphSchema(), document).map((e) => e.message)).toEqual([]);
  });
});
