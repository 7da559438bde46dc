/** Settings from the environment, read in one place (README "Configuration"). */
import type { SearchGateLimits } from './api/search-gate';
import type { SubscriptionLimits } from './api/subscriptions/limits';
import { readNeo4jConfig, type Neo4jConfig } from './store/neo4j/config';

/** SUBSCRIPTIONS_PER_CONNECTION and SUBSCRIPTIONS_MAX when unset. */
export const DEFAULT_SUBSCRIPTION_LIMITS: SubscriptionLimits = { perConnection: 10, total: 1000 };

/** RESPONSE_CACHE_ENTRIES when unset: answers kept (least recently used dropped first); answers are typically 1-50 KB. */
export const DEFAULT_RESPONSE_CACHE_ENTRIES = 500;

/** SEARCH_CONCURRENCY and SEARCH_QUEUE when unset. */
export const DEFAULT_SEARCH_LIMITS: SearchGateLimits = { concurrency: 4, queue: 32 };

export interface Config {
  port: number;
  /** Interface to bind: loopback unless HOST says otherwise. */
  host: string;
  dataDir: string;
  apiToken: string | undefined;
  production: boolean;
  /** Origins allowed to call /graphql and /export/* from a browser (CORS_ORIGINS); empty: same-origin only. */
  corsOrigins: string[];
  /** Concurrent and waiting `search` queries (SEARCH_CONCURRENCY, SEARCH_QUEUE). */
  searchLimits: SearchGateLimits;
  /** Serve /explore and /graphiql: on unless production, where WEB_PAGES=on turns them on. */
  webPages: boolean;
  /** Set when NEO4J_URI is: the store is Neo4j, else the embedded store. */
  neo4j: Neo4jConfig | null;
  /** SUBSCRIPTIONS_PER_CONNECTION, SUBSCRIPTIONS_MAX */
  subscriptionLimits: SubscriptionLimits;
  /** RESPONSE_CACHE_ENTRIES: answers kept for repeated queries; 0 turns the cache off (how the bench measures uncached answers). */
  responseCacheEntries: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const production = env.NODE_ENV === 'production';
  const webPages = env.WEB_PAGES?.trim().toLowerCase() || (production ? 'off' : 'on');
  if (webPages !== 'on' && webPages !== 'off') throw new Error(`WEB_PAGES must be "on" or "off", got "${env.WEB_PAGES}"`);
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.DATA_DIR || './data',
    apiToken: env.API_TOKEN || undefined,
    production,
    corsOrigins: readCorsOrigins(env.CORS_ORIGINS),
    searchLimits: {
      concurrency: readCount(env, 'SEARCH_CONCURRENCY', DEFAULT_SEARCH_LIMITS.concurrency, 1),
      queue: readCount(env, 'SEARCH_QUEUE', DEFAULT_SEARCH_LIMITS.queue, 0),
    },
    webPages: webPages === 'on',
    neo4j: env.NEO4J_URI?.trim() ? readNeo4jConfig(env) : null,
    subscriptionLimits: {
      perConnection: readCount(env, 'SUBSCRIPTIONS_PER_CONNECTION', DEFAULT_SUBSCRIPTION_LIMITS.perConnection, 1),
      total: readCount(env, 'SUBSCRIPTIONS_MAX', DEFAULT_SUBSCRIPTION_LIMITS.total, 1),
    },
    responseCacheEntries: readCount(env, 'RESPONSE_CACHE_ENTRIES', DEFAULT_RESPONSE_CACHE_ENTRIES, 0),
  };
}

/** A whole number of at least `min` from the environment, or the default when unset. */
function readCount(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

/** Comma-separated origins ("https://app.example.org") or "*"; each must be a bare origin. */
export function readCorsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin === '*') continue;
    let parsed: URL | null = null;
    try { parsed = new URL(origin); } catch { /* reported below */ }
    if (!parsed || parsed.origin !== origin) {
      throw new Error(`CORS_ORIGINS must list origins like https://app.example.org (scheme, host, optional port; no path), got "${origin}"`);
    }
  }
  return origins;
}
