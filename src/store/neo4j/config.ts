/**
 * Connection settings of the Neo4j store, from the environment:
 * NEO4J_URI (required; bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://),
 * NEO4J_USER (default "neo4j"), NEO4J_PASSWORD (none = no authentication), NEO4J_DATABASE
 * (default: the server's default database).
 * Messages name the URI without any credentials in it and never the password.
 */

export const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export interface Neo4jTimeouts {
  /** Opening a TCP/TLS connection. */
  connectMs: number;
  /** Waiting for a pooled connection (includes connecting): bounds how long a call hangs when Neo4j is gone. */
  acquireMs: number;
  /**
   * How long executeRead/executeWrite keep retrying transient failures. The driver checks it
   * before each back-off, not after, so a call that keeps failing ends within about twice this.
   */
  retryMs: number;
  /** Server-side limit of one read / write transaction. */
  readTxMs: number;
  writeTxMs: number;
}

export const DEFAULT_TIMEOUTS: Neo4jTimeouts = {
  connectMs: 5_000,
  acquireMs: 10_000,
  retryMs: 5_000,
  readTxMs: 30_000,
  writeTxMs: 60_000,
};

export interface Neo4jConfig {
  uri: string;
  /** The URI with any user:password@ removed: the form every message uses. */
  displayUri: string;
  user: string;
  /** Null: connect without authentication. */
  password: string | null;
  database: string | null;
  timeouts: Neo4jTimeouts;
  /** How often the subscription feed asks for articles other writers added (SUBSCRIPTION_POLL_MS). */
  pollMs: number;
}

export const DEFAULT_POLL_MS = 500;

export class Neo4jConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jConfigError';
  }
}

/** The URI without credentials, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/?#]*@/i, '$1');
}

export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env, timeouts: Partial<Neo4jTimeouts> = {}): Neo4jConfig {
  const uri = (env.NEO4J_URI ?? '').trim();
  if (!uri) throw new Neo4jConfigError('NEO4J_URI is not set');
  const displayUri = redactUri(uri);
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new Neo4jConfigError(`NEO4J_URI ${displayUri} is not a valid URI`);
  }
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  if (!(NEO4J_SCHEMES as readonly string[]).includes(scheme)) {
    throw new Neo4jConfigError(`NEO4J_URI ${displayUri} has scheme "${scheme}"; expected one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`);
  }
  if (!url.hostname) throw new Neo4jConfigError(`NEO4J_URI ${displayUri} names no host`);
  if (url.username || url.password) {
    throw new Neo4jConfigError(`NEO4J_URI ${displayUri} must not carry credentials; set NEO4J_USER and NEO4J_PASSWORD`);
  }
  const password = env.NEO4J_PASSWORD ?? null;
  const user = env.NEO4J_USER?.trim() || 'neo4j';
  const database = env.NEO4J_DATABASE?.trim() || null;
  const pollMs = Number(env.SUBSCRIPTION_POLL_MS?.trim() || DEFAULT_POLL_MS);
  if (!Number.isInteger(pollMs) || pollMs < 50 || pollMs > 60_000) {
    throw new Neo4jConfigError(`SUBSCRIPTION_POLL_MS must be a whole number of milliseconds from 50 to 60000, got "${env.SUBSCRIPTION_POLL_MS}"`);
  }
  return { uri, displayUri, user, password: password === '' ? null : password, database, timeouts: { ...DEFAULT_TIMEOUTS, ...timeouts }, pollMs };
}
