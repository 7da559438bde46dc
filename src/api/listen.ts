/** Starts the API on a port (0 = any free port) and returns its URL and a way to stop it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_SEARCH_LIMITS, DEFAULT_SUBSCRIPTION_LIMITS } from '../config';
import type { Logger } from '../logger';
import type { GraphStore } from '../store/graph-store';
import { PreparePool } from '../ingest/prepare-pool';
import { createRequestListener } from './http';
import { SearchGate, type SearchGateLimits } from './search-gate';
import { buildActorGraphSchema } from './schema';
import { createApolloServer } from './server';
import type { SubscriptionLimits } from './subscriptions/limits';
import { attachSubscriptions } from './subscriptions/ws-server';
import { WebPages } from './web-pages';

/** How long requests under way may run on when the server is stopped. */
const GRACE_MS = 10_000;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ListenOptions {
  store: GraphStore;
  logger: Logger;
  port: number;
  production: boolean;
  apiToken?: string;
  /** See HttpAppOptions.corsOrigins. */
  corsOrigins?: string[];
  host?: string;
  /** The bound on concurrent `search` queries (SEARCH_CONCURRENCY, SEARCH_QUEUE). */
  searchLimits?: SearchGateLimits;
  /** Open subscriptions allowed per WebSocket connection and in total. */
  subscriptionLimits?: SubscriptionLimits;
  /** Serve /explore and /graphiql; default: not in production. */
  webPages?: boolean;
  /** Answers kept by the response cache (RESPONSE_CACHE_ENTRIES); 0: none. */
  responseCacheEntries?: number;
}

/**
 * Host header names a browser may use to reach this server, or null when it listens on every
 * interface. Checking them stops DNS rebinding: a page of another site whose name was pointed at
 * 127.0.0.1 sends its own name as Host.
 */
function allowedHostNames(host: string | undefined): string[] | null {
  if (!host || host === '0.0.0.0' || host === '::') return null;
  return isLoopbackHost(host) ? ['localhost', '127.0.0.1', '[::1]', host] : [host, 'localhost'];
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export async function listen(options: ListenOptions): Promise<RunningServer> {
  const webPages = new WebPages(options.webPages ?? !options.production);
  const apollo = createApolloServer({
    logger: options.logger, production: options.production, pageLinks: webPages.enabled, responseCacheEntries: options.responseCacheEntries,
  });
  await apollo.start();
  const extraction = new PreparePool();
  const allowedHosts = allowedHostNames(options.host);
  const searchGate = new SearchGate(options.searchLimits ?? DEFAULT_SEARCH_LIMITS);
  const http = createServer(createRequestListener({
    apollo, store: options.store, logger: options.logger, apiToken: options.apiToken, corsOrigins: options.corsOrigins,
    allowedHosts, extraction, searchGate, webPages,
  }));
  const subscriptions = attachSubscriptions({
    http, schema: buildActorGraphSchema(), store: options.store, extraction, logger: options.logger, production: options.production,
    limits: options.subscriptionLimits ?? DEFAULT_SUBSCRIPTION_LIMITS, allowedHosts, searchGate,
  });
  // Slow clients must not hold sockets forever.
  http.requestTimeout = 60_000;
  http.headersTimeout = 15_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: async () => {
      // Subscriptions end first: their sockets would hold the server open.
      await subscriptions.close();
      // Stop accepting; requests under way get GRACE_MS to finish before their connections are cut.
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const idle = setInterval(() => http.closeIdleConnections(), 50);
      const cut = setTimeout(() => http.closeAllConnections(), GRACE_MS);
      await closed;
      clearInterval(idle);
      clearTimeout(cut);
      await apollo.stop();
      await extraction.close();
    },
  };
}
