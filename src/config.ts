/** Settings from the environment, read in one place (README "Configuration"). */
import { readNeo4jConfig, type Neo4jConfig } from './store/neo4j/config';

export interface Config {
  port: number;
  /** Interface to bind: loopback unless HOST says otherwise. */
  host: string;
  dataDir: string;
  apiToken: string | undefined;
  production: boolean;
  /** Origins allowed to call /graphql and /export/* from a browser (CORS_ORIGINS); empty: same-origin only. */
  corsOrigins: string[];
  /** Set when NEO4J_URI is: the store is Neo4j, else the embedded store. */
  neo4j: Neo4jConfig | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.DATA_DIR || './data',
    apiToken: env.API_TOKEN || undefined,
    production: env.NODE_ENV === 'production',
    corsOrigins: readCorsOrigins(env.CORS_ORIGINS),
    neo4j: env.NEO4J_URI?.trim() ? readNeo4jConfig(env) : null,
  };
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
