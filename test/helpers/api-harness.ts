/**
 * Starts the real HTTP server on a free port over a fresh empty store (embedded, or the scratch
 * Neo4j under `npm run test:neo4j`), and talks to it as a client would (fetch, JSON, headers).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type RunningServer } from '../../src/api/listen';
import type { SearchGateLimits } from '../../src/api/search-gate';
import type { SubscriptionLimits } from '../../src/api/subscriptions/limits';
import { createLogger } from '../../src/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { openEmptyTestStore } from './test-store';

export interface TestApi {
  url: string;
  store: GraphStore;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

export async function startTestApi(options: {
  populate?: (store: GraphStore) => Promise<void>;
  apiToken?: string;
  corsOrigins?: string[];
  production?: boolean;
  webPages?: boolean;
  wrapStore?: (store: GraphStore) => GraphStore;
  searchLimits?: SearchGateLimits;
  subscriptionLimits?: SubscriptionLimits;
  responseCacheEntries?: number;
} = {}): Promise<TestApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'actorgraph-api-'));
  const base = await openEmptyTestStore(dataDir);
  await options.populate?.(base);
  const store = options.wrapStore ? options.wrapStore(base) : base;
  const server: RunningServer = await listen({
    store, logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), port: 0, host: '127.0.0.1',
    production: options.production ?? false, apiToken: options.apiToken, corsOrigins: options.corsOrigins,
    searchLimits: options.searchLimits, subscriptionLimits: options.subscriptionLimits, webPages: options.webPages,
    responseCacheEntries: options.responseCacheEntries,
  });
  return {
    url: server.url,
    store,
    async gql(query, variables, headers = {}) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { status: res.status, data: body.data ?? undefined, errors: body.errors };
    },
    async close() {
      await server.close();
      await base.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Counts calls per store method that reads or writes data, to prove list fields batch (no N+1). */
export function countingStore(store: GraphStore, calls: Map<string, number>): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'revision') return value;
      // The subscription feed's background polling is not part of any request.
      if (prop === 'onArticleAdded') return (value as (...a: unknown[]) => unknown).bind(target);
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
