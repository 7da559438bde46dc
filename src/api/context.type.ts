import type { PreparePool } from '../ingest/prepare-pool';
import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';
import type { SearchGate } from './search-gate';

/** What every resolver receives: the store, this request's loaders, and whether it may mutate. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** True when no API_TOKEN is configured or the request carries it as a Bearer token. */
  authorized: boolean;
  /** Extraction in worker threads (ingestArticle). */
  extraction: PreparePool;
  /** The bound on concurrent `search` queries. */
  searchGate: SearchGate;
  /** Subscriptions over WebSocket: the id of the server's GraphFeed, which keys its events. */
  feedId?: string;
}
